package dev.limber.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document files read from disk, for a kind of document this package knows nothing else about: every
 * word and limit in the problems comes from the kind the reader is told.
 */
class DocumentFileTest {

    /** A kind no format has yet, with a small size limit so a file over it is small too. */
    private static final DocumentKind PROGRAM = new DocumentKind(
            "program",
            "programs",
            "program file",
            "put one program in each file",
            new DocumentKind.Size(
                    1024,
                    100,
                    3,
                    "a program needs three",
                    5,
                    "a day has at most five",
                    4,
                    "a program has at most four routines a day",
                    50));

    @TempDir
    Path dir;

    private List<String> problems(String fileName, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(fileName), content);
        return DocumentFile.read(file, fileName, PROGRAM).problems().stream()
                .map(Problem::toString)
                .toList();
    }

    private List<String> problems(String fileName, String yaml) throws IOException {
        return problems(fileName, yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_good_file_is_read_into_its_located_tree() throws IOException {
        Path file = Files.writeString(dir.resolve("back-care.yaml"), "title: Back care\ndaily:\n  - walk\n");

        YamlReader.Parsed parsed = DocumentFile.read(file, "back-care.yaml", PROGRAM);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.readable()).isTrue();
        Node.Mapping root = (Node.Mapping) parsed.root();
        assertThat(root.entries()).extracting(Node.KeyValue::key).containsExactly("title", "daily");
        assertThat(root.entries().get(1).value().at()).isEqualTo(new Position(3, 3));
    }

    @Test
    void the_problems_speak_of_the_kind_of_document_the_reader_is_told_it_reads() throws IOException {
        assertThat(problems("two.yaml", "title: a\n---\ntitle: b\n"))
                .containsExactly("two.yaml:3:1: a second YAML document starts here; put one program in each file");
        assertThat(problems("tag.yaml", "title: !!str a\n"))
                .containsExactly("tag.yaml:1:8: type tags ('!!str') are not allowed in programs; remove the tag");
        assertThat(problems("deep.yaml", "a: [[[x]]]\n"))
                .containsExactly("deep.yaml:1:6: nested more than 3 levels deep; a program needs three");
        assertThat(problems("keys.yaml", "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\n"))
                .containsExactly("keys.yaml:6:1: more than 5 keys in one mapping; a day has at most five");
        assertThat(problems("items.yaml", "daily: [a, b, c, d, e]\n"))
                .containsExactly(
                        "items.yaml:1:21: a list of more than 4 items; a program has at most four routines a day");
        assertThat(problems("line.yaml", "title: " + "x".repeat(100) + "\n"))
                .containsExactly(
                        "line.yaml:1:101: line 1 is longer than 100 characters; break long text over several lines (with > or |)");
    }

    @Test
    void a_file_over_the_kinds_size_is_refused_before_it_is_parsed() throws IOException {
        assertThat(problems("big.yaml", "# " + "x".repeat(60) + "\n".repeat(1000)))
                .containsExactly("big.yaml:1:1: the file is larger than 1 KiB; a program file is at most 1 KiB");
        assertThat(problems("just-fits.yaml", "#" + "\n".repeat(1023))).isEmpty();
    }

    @Test
    void a_file_in_another_encoding_than_utf8_is_named_as_such() throws IOException {
        assertThat(problems("utf16.yaml", "title: a\n".getBytes(StandardCharsets.UTF_16LE)))
                .containsExactly("utf16.yaml:1:1: the file is UTF-16LE; save it as UTF-8");
    }

    @Test
    void a_missing_file_or_a_folder_cannot_be_read_and_says_so() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder.yaml"));

        assertThatThrownBy(() -> DocumentFile.read(dir.resolve("none.yaml"), "none.yaml", PROGRAM))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> DocumentFile.read(folder, "folder.yaml", PROGRAM))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(DocumentFile.NotAFile.class);
    }

    /** A named pipe would block the command until someone wrote to it; it is refused without being opened. */
    @Test
    void a_named_pipe_is_refused_unread_with_the_kinds_words() throws Exception {
        Path pipe = dir.resolve("pipe.yaml");
        ProcessBuilder mkfifo = new ProcessBuilder("mkfifo", pipe.toString());
        mkfifo.environment().clear();
        mkfifo.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        mkfifo.environment().put("HOME", dir.toString());
        assertThat(mkfifo.start().waitFor()).isZero();

        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThatThrownBy(() -> DocumentFile.read(pipe, "pipe.yaml", PROGRAM))
                        .isInstanceOf(DocumentFile.NotAFile.class)
                        .extracting(e -> Problem.reason((IOException) e))
                        .isEqualTo("not a regular file but a pipe, socket or device; save the program as a file"));
    }
}
