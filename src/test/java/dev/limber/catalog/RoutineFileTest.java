package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.document.Problem;
import dev.limber.routine.Amount;
import dev.limber.routine.Routine;
import dev.limber.routine.Sides;
import dev.limber.routine.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader against real files: a corpus of good routines that must load cleanly, and a corpus of
 * bad ones, each with the exact problems (line, column, message) in {@code corpus/bad/expected.txt}.
 */
class RoutineFileTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @TempDir
    Path dir;

    static Stream<Path> goodFiles() throws IOException {
        return routineFiles(CORPUS.resolve("good"));
    }

    static Stream<Path> badFiles() throws IOException {
        return routineFiles(CORPUS.resolve("bad"));
    }

    private static Stream<Path> routineFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> RoutineFile.isRoutineName(p.getFileName().toString())).sorted().toList().stream();
        }
    }

    private static RoutineFile.Loaded load(Path file) {
        return new RoutineFile(file.getFileName().toString(), file).load();
    }

    @ParameterizedTest
    @MethodSource("goodFiles")
    void a_good_file_loads_without_problems(Path file) {
        RoutineFile.Loaded loaded = load(file);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.routine()).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void a_bad_file_gets_exactly_its_expected_problems(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> expected = expectations().getOrDefault(name, List.of());

        RoutineFile.Loaded loaded = load(file);

        assertThat(expected).as("expected.txt lists problems for " + name).isNotEmpty();
        assertThat(loaded.routine()).isNull();
        assertThat(loaded.problems()).extracting(Problem::toString).containsExactlyElementsOf(expected);
    }

    @Test
    void every_expectation_names_a_file_in_the_corpus() throws IOException {
        List<String> names = badFiles().map(p -> p.getFileName().toString()).toList();

        assertThat(names).containsAll(expectations().keySet());
        assertThat(names).hasSizeGreaterThanOrEqualTo(35);
    }

    /** expected.txt: one {@code FILE:LINE:COLUMN: message} line per problem, grouped by file. */
    private static Map<String, List<String>> expectations() throws IOException {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("bad/expected.txt"))) {
            if (!line.isBlank()) {
                String file = line.substring(0, line.indexOf(".y") + (line.contains(".yaml:") ? 5 : 4));
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(line);
            }
        }
        return byFile;
    }

    @Test
    void reads_every_part_of_the_format() {
        Routine routine = load(CORPUS.resolve("good/all-keys.yaml")).routine();

        assertThat(routine.id()).isEqualTo("all-keys");
        assertThat(routine.tags()).containsExactly("test", "all-keys");
        assertThat(routine.defaults()).isEqualTo(new dev.limber.routine.Timing(10, 3, 15, 2));
        Step.Exercise bridge = (Step.Exercise) routine.steps().get(1);
        assertThat(bridge.amount()).isEqualTo(new Amount.Reps(12));
        assertThat(bridge.sets()).isEqualTo(3);
        assertThat(bridge.timing()).isEqualTo(new dev.limber.routine.Timing(10, 3, 20, 4));
        Step.Exercise plank = (Step.Exercise) routine.steps().get(2);
        assertThat(plank.sides()).isEqualTo(Sides.LEFT);
        assertThat(plank.timing().prepare()).isZero();
        Step.Exercise calfRaise = (Step.Exercise) routine.steps().get(3);
        assertThat(calfRaise.amount()).isEqualTo(new Amount.Reps(15, true));
    }

    @Test
    void auto_reps_is_true_or_false_in_any_of_yaml_s_words_for_them() throws IOException {
        Path file = write(
                "auto.yaml",
                ("title: Auto\nsteps:\n  - {name: A, reps: 5, auto_reps: yes}\n"
                                + "  - {name: B, reps: 5, auto_reps: False}\n  - {name: C, reps: 5}\n")
                        .getBytes(StandardCharsets.UTF_8));

        Routine routine = load(file).routine();

        assertThat(routine.steps())
                .extracting(s -> ((Step.Exercise) s).amount())
                .containsExactly(new Amount.Reps(5, true), new Amount.Reps(5, false), new Amount.Reps(5, false));
    }

    @Test
    void the_id_defaults_to_the_file_name() {
        assertThat(load(CORPUS.resolve("good/minimal.yml")).routine().id()).isEqualTo("minimal");
    }

    @Test
    void a_byte_order_mark_and_windows_line_endings_are_fine() throws IOException {
        Path file = write(
                "bom-crlf.yaml",
                "\uFEFFtitle: Windows\r\nsteps:\r\n  - name: Cat-cow\r\n    reps: 10\r\n"
                        .getBytes(StandardCharsets.UTF_8));

        RoutineFile.Loaded loaded = load(file);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.routine().title()).isEqualTo("Windows");
    }

    @Test
    void an_empty_file_says_what_a_routine_needs() throws IOException {
        assertThat(problems(write("empty.yaml", new byte[0])))
                .containsExactly("empty.yaml:1:1: the file is empty; a routine needs at least 'title' and 'steps'");
    }

    @Test
    void invalid_utf8_is_reported_where_the_bad_byte_is() throws IOException {
        byte[] text = "title: Caf\u00e9\nsteps:\n  - name: X".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(problems(write("latin1.yaml", text)))
                .containsExactly("latin1.yaml:1:11: not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void utf16_is_named_as_such() throws IOException {
        byte[] text = "title: X\n".getBytes(StandardCharsets.UTF_16);

        assertThat(problems(write("utf16.yaml", text)))
                .containsExactly("utf16.yaml:1:1: the file is UTF-16BE; save it as UTF-8");
    }

    /** UTF-32LE was "UTF-16", UTF-32BE "byte 0xFE", UTF-16 without a byte-order mark "a NUL character". */
    @ParameterizedTest
    @CsvSource({
        "UTF-32LE, true",
        "UTF-32BE, true",
        "UTF-32LE, false",
        "UTF-32BE, false",
        "UTF-16LE, false",
        "UTF-16BE, false"
    })
    void utf32_and_utf16_with_or_without_a_byte_order_mark_are_named_as_such(String encoding, boolean bom)
            throws IOException {
        byte[] text = ((bom ? "\uFEFF" : "") + "title: X\nsteps: [{name: a, reps: 1}]\n")
                .getBytes(java.nio.charset.Charset.forName(encoding));

        assertThat(problems(write("encoded.yaml", text)))
                .containsExactly("encoded.yaml:1:1: the file is " + encoding + "; save it as UTF-8");
    }

    /** Classic Mac line ends (CR alone) were one line, longer than 5000 characters. */
    @Test
    void a_file_with_cr_line_ends_is_read_line_by_line() throws IOException {
        String comments = ("# " + "x".repeat(98) + "\r").repeat(60);
        byte[] good =
                (comments + "title: Mac\rsteps:\r  - name: Reach\r    reps: 5\r").getBytes(StandardCharsets.UTF_8);
        byte[] badByte =
                "title: Mac\rsummary: Caf\u00e9\rsteps: [{name: a, reps: 1}]\r".getBytes(StandardCharsets.ISO_8859_1);

        RoutineFile.Loaded loaded = load(write("mac.yaml", good));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.routine().title()).isEqualTo("Mac");
        assertThat(problems(write("mac-latin1.yaml", badByte)))
                .containsExactly("mac-latin1.yaml:2:13: not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void a_nul_byte_is_a_character_yaml_does_not_allow() throws IOException {
        assertThat(problems(write("nul.yaml", "title: a\u0000b\n".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("nul.yaml:1:9: the character U+0000 is not allowed in YAML; remove it");
    }

    @Test
    @Timeout(10) // a guard against hanging, not a speed measurement: see docs/benchmarks.md
    void a_file_over_one_mebibyte_is_refused_unread() throws IOException {
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');

        assertThat(problems(write("big.yaml", big)))
                .containsExactly("big.yaml:1:1: the file is larger than 1 MiB; a routine file is at most 1 MiB");
    }

    @Test
    @Timeout(10)
    void deep_nesting_is_refused_at_the_limit() throws IOException {
        // One bracket a line: a single line this long would be refused for its length first.
        String deep = "title: Deep\nsteps:\n" + "  [\n".repeat(100_000) + "  ]\n".repeat(100_000);

        assertThat(problems(write("deep.yaml", deep.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("deep.yaml:12:3: nested more than 10 levels deep; a routine needs four"
                        + " (routine, steps, a step, its cues)");
    }

    @Test
    @Timeout(10)
    void deep_block_nesting_is_refused_too() throws IOException {
        StringBuilder deep = new StringBuilder("title: Deep\nsteps:\n");
        for (int i = 0; i < 1_000; i++) {
            deep.append(" ".repeat(i)).append("- \n");
        }

        assertThat(problems(write("deep-block.yaml", deep.toString().getBytes(StandardCharsets.UTF_8))))
                .singleElement()
                .asString()
                .contains("nested more than 10 levels deep");
    }

    @Test
    @Timeout(10)
    void a_list_longer_than_any_routine_is_refused_as_soon_as_it_is_seen() throws IOException {
        StringBuilder text = new StringBuilder("title: Many\nsteps:\n");
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append("  - {name: S").append(i).append(", reps: 1}\n");
        }

        assertThat(problems(write("many.yaml", text.toString().getBytes(StandardCharsets.UTF_8))))
                .containsExactly("many.yaml:503:5: a list of more than 500 items; a routine has at most 500 steps"
                        + " (split it and use 'include')");
    }

    @Test
    @Timeout(10)
    void a_mapping_with_more_keys_than_any_step_is_refused() throws IOException {
        StringBuilder text = new StringBuilder("title: Keys\nsteps: [{name: a, reps: 1}]\n");
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append("key").append(i).append(": x\n");
        }

        assertThat(problems(write("keys.yaml", text.toString().getBytes(StandardCharsets.UTF_8))))
                .containsExactly("keys.yaml:51:1: more than 50 keys in one mapping; a step has at most eleven");
    }

    @Test
    @Timeout(10)
    void a_document_with_more_values_than_any_routine_is_refused() throws IOException {
        String cues = String.join(", ", java.util.Collections.nCopies(40, "c"));
        StringBuilder text = new StringBuilder("title: Values\nsteps:\n");
        for (int i = 0; i < 499; i++) {
            text.append("  - {name: a, reps: 1, cues: [").append(cues).append("]}\n");
        }

        assertThat(problems(write("values.yaml", text.toString().getBytes(StandardCharsets.UTF_8))))
                .singleElement()
                .asString()
                .endsWith(": more than 20000 values; this is far bigger than any routine");
    }

    @Test
    @Timeout(10)
    void a_line_of_a_mebibyte_is_refused_before_parsing() throws IOException {
        String line = "title: " + "x".repeat(dev.limber.routine.Limits.MAX_FILE_BYTES - 100)
                + "\nsteps: [{name: a, reps: 1}]\n";

        assertThat(problems(write("line.yaml", line.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("line.yaml:1:5001: line 1 is longer than 5000 characters; break long text over"
                        + " several lines (with > or |)");
    }

    /** The duration pattern tried every split of the spaces: a minute for this file, an hour for 1 MiB. */
    @Test
    @Timeout(10)
    void a_length_with_a_long_run_of_spaces_is_refused_at_once() throws IOException {
        // Escaped spaces in a quoted value, folded over short lines: 64,800 spaces in 130 kB.
        StringBuilder text = new StringBuilder("title: Spaces\nsteps:\n  - name: Plank\n    time: \"1h\\\n");
        for (int i = 0; i < 27; i++) {
            text.append("      ").append("\\ ".repeat(2400)).append("\\\n");
        }
        text.append("      x\"\n");

        assertThat(problems(write("spaces.yaml", text.toString().getBytes(StandardCharsets.UTF_8))))
                .containsExactly("spaces.yaml:4:11: 'time' is not a length ('1h" + " ".repeat(58)
                        + "...'); write it like 45s, 2m, 1m30s or 1h");
    }

    @Test
    void many_problems_are_cut_to_the_first_twenty_and_a_count() throws IOException {
        StringBuilder text = new StringBuilder("title: Unknown keys\nsteps: [{name: a, reps: 1}]\n");
        for (int i = 0; i < 45; i++) {
            text.append("key").append(i).append(": x\n");
        }

        List<String> problems = problems(write("keys.yaml", text.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(problems).hasSize(21);
        assertThat(problems.get(0))
                .isEqualTo("keys.yaml:3:1: unknown key 'key0' in a routine (expected one of:"
                        + " caution, defaults, id, kind, per_day, progression, steps, summary, tags, title, version)");
        assertThat(problems.get(20)).isEqualTo("keys.yaml:22:1: ... and 25 more problems in this file");
    }

    @Test
    void a_symlink_loop_cannot_be_read_and_says_so() throws IOException {
        Path loop = dir.resolve("loop.yaml");
        Files.createSymbolicLink(loop, loop);

        assertThat(problems(loop)).singleElement().asString().startsWith("loop.yaml: cannot read this file (");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static List<String> problems(Path file) {
        return load(file).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void a_file_that_says_kind_program_is_read_by_the_program_rules_and_its_yaml_problems_speak_of_programs()
            throws IOException {
        String program = "kind: program\ntitle: T\ndaily: [{routine: a}]\n";
        String flow = "{kind: program, title: T, daily: [{routine: a}]}\n";

        RoutineFile.Loaded good = load(write("good.yaml", program.getBytes(StandardCharsets.UTF_8)));
        RoutineFile.Loaded twoDocuments =
                load(write("two.yaml", (flow + "---\n" + flow).getBytes(StandardCharsets.UTF_8)));
        RoutineFile.Loaded huge = load(write(
                "huge.yaml", (program + ("# " + "x".repeat(1000) + "\n").repeat(70)).getBytes(StandardCharsets.UTF_8)));

        assertThat(good.isProgram()).isTrue();
        assertThat(good.program().items()).hasSize(1);
        assertThat(good.routine()).isNull();
        assertThat(twoDocuments.isProgram()).isTrue();
        assertThat(twoDocuments.problems())
                .extracting(Problem::toString)
                .containsExactly("two.yaml:3:1: a second YAML document starts here; put one program in each file");
        assertThat(huge.isProgram()).isTrue();
        assertThat(huge.problems())
                .extracting(Problem::toString)
                .containsExactly("huge.yaml:1:1: the file is larger than 64 KiB; a program file is at most 64 KiB");
    }
}
