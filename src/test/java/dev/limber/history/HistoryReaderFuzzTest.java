package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.limber.progress.Entry;
import dev.limber.testing.QuietJazzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes as the history file read as records and warnings, never an exception: a history torn
 * by a crash or edited by hand must not stop `limber history` or `limber run`. Every record read
 * writes back as a line that reads as the same record. Seeds (JSON lines):
 * {@code HistoryReaderFuzzTestInputs/any_history_file_reads_as_records_and_warnings/}.
 */
@ExtendWith(QuietJazzer.class)
class HistoryReaderFuzzTest {

    // One folder for the whole run: a file written per input is cheap, a folder made per input is not.
    @TempDir
    static Path folder;

    @DictionaryEntries({
        "{\"v\":1,",
        "\"routine\":\"walk\",",
        "\"started\":\"2026-11-27T07:00:05+01:00\",",
        "\"ended\":\"2026-11-27T07:11:05Z\",",
        "\"active_s\":600,",
        "\"completed\":true,",
        "\"ended_by\":\"finished\"",
        "\"pain_before\":3,",
        "\"pain_after\":null,",
        "\"red_flag\":false,",
        "\"length_s\":",
        "\"planned_s\":",
        "\"paused_s\":",
        "\"segments_done\":",
        "\"title\":",
        "\"id\":",
        "}",
        ".5",
        "+05:45:30",
        "+10000-"
    })
    @FuzzTest(maxDuration = "10s")
    void any_history_file_reads_as_records_and_warnings(byte[] bytes) throws IOException {
        HistoryLog log = new HistoryLog(folder);
        Files.write(log.file(), bytes);

        HistoryLog.Read read = log.read();

        long lines = bytes.length == 0
                ? 0
                : new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).split("", -1).length;
        assertThat((long) read.entries().size()).isLessThanOrEqualTo(lines);
        // Five damaged lines named, then one line counting the rest.
        assertThat(read.warnings())
                .hasSizeLessThanOrEqualTo(6)
                .allSatisfy(w -> assertThat(w).isNotBlank());
        for (Entry entry : read.entries()) {
            String line = EntryJson.write(entry);
            try {
                assertThat(EntryJson.read(line)).as("read back from %s", line).isEqualTo(entry);
            } catch (EntryJson.NotARecord e) {
                throw new AssertionError(
                        "a record read from the file does not read back once written: " + line + " (" + e.getMessage()
                                + ")",
                        e);
            }
        }
    }
}
