package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.limber.document.Printable;
import dev.limber.document.Problem;
import dev.limber.routine.Limits;
import dev.limber.routine.RoutineReader;
import dev.limber.testing.QuietJazzer;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Any bytes as a routine file give a routine, a program or problems worth showing a person, never an
 * exception: {@link RoutineFile#load} promises it, and `limber validate` prints what it answers.
 * Seeds: {@code RoutineLoaderFuzzTestInputs/any_bytes_load_as_a_routine_or_problems/}, which holds
 * the hostile corpus of {@code corpus/bad} and {@code corpus/good} too.
 */
@ExtendWith(QuietJazzer.class)
class RoutineLoaderFuzzTest {

    private static final String NAME = "routines/fuzz.yaml";
    private static final RoutineFile FILE = new RoutineFile(NAME, Path.of(NAME));

    // The routine format's words, so the fuzzer need not find them one byte at a time. No newlines:
    // Jazzer writes entries into libFuzzer's dictionary unescaped, and a newline breaks it.
    @DictionaryEntries({
        "title: ",
        "steps:",
        "- name: ",
        "time: ",
        "reps: ",
        "sides: ",
        "both",
        "left",
        "sets: ",
        "cues:",
        "defaults:",
        "prepare: ",
        "switch: ",
        "rest: ",
        "pace: ",
        "- include: ",
        "progression:",
        "step: ",
        "add: ",
        "every: ",
        "max: ",
        "per_day: ",
        "version: ",
        "id: ",
        "tags: ",
        "caution: ",
        "summary: ",
        "30s",
        "1m30s",
        "1h",
        "0x1f",
        "&a ",
        "*a",
        "!!str ",
        "<<: ",
        "---",
        "\"\\e\"",
        "? ",
        "kind: program",
        "daily:",
        "weekly:",
        "- routine: ",
        "times: ",
        "run:",
        "before: ",
        "walk_instead: ",
        "per_week: ",
        "days: ",
        "remind: ",
        "08:00"
    })
    @FuzzTest(maxDuration = "10s")
    void any_bytes_load_as_a_routine_or_problems(byte[] bytes) {
        // As much as load() reads of a file on disk: one byte over the limit.
        byte[] content = bytes.length > Limits.MAX_FILE_BYTES + 1
                ? java.util.Arrays.copyOf(bytes, Limits.MAX_FILE_BYTES + 1)
                : bytes;

        RoutineFile.Loaded loaded = FILE.load(content);

        assertThat(loaded.file()).isSameAs(FILE);
        if (loaded.routine() != null) {
            assertThat(loaded.problems()).isEmpty();
            assertThat(loaded.routine().steps()).isNotEmpty();
            assertThat(loaded.routine().id()).matches(RoutineReader.ID).isEqualTo(loaded.claimedId());
        } else if (loaded.program() != null) {
            assertThat(loaded.problems()).isEmpty();
            assertThat(loaded.program().items()).isNotEmpty();
            assertThat(loaded.program().id()).matches(RoutineReader.ID).isEqualTo(loaded.claimedId());
        } else {
            assertThat(loaded.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(Limits.MAX_PROBLEMS + 1);
        }
        for (Problem problem : loaded.problems()) {
            assertThat(problem.file()).isEqualTo(NAME);
            assertThat(problem.message()).isNotBlank();
            // Printed to a terminal as one line: a control character could recolour it or move the cursor,
            // a bidirectional override reorder it.
            assertThat(problem.message().codePoints().filter(Printable::unsafe).findFirst())
                    .as("a control character in: %s", problem.message())
                    .isEmpty();
            if (problem.at() != null) {
                assertThat(problem.at().line()).isPositive();
                assertThat(problem.at().column()).isPositive();
            }
        }
    }
}
