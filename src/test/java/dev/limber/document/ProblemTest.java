package dev.limber.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void an_io_error_is_said_in_words_without_the_file_name_or_a_java_name() {
        assertThat(Problem.reason(new AccessDeniedException("/home/me/x.yaml"))).isEqualTo("permission denied");
        assertThat(Problem.reason(new NoSuchFileException("/home/me/x.yaml"))).isEqualTo("no such file");
        assertThat(Problem.reason(new FileSystemException("/home/me/x.yaml", null, "No space left on device")))
                .isEqualTo("no space left on device");
        assertThat(Problem.reason(new FileSystemException(
                        "/home/me/x.yaml",
                        null,
                        "Too many levels of symbolic links or unable to access attributes of symbolic link")))
                .isEqualTo("too many levels of symbolic links or unable to access attributes of symbolic link");
        assertThat(Problem.reason(new FileNotFoundException("/home/me/x.yaml (Read-only file system)")))
                .isEqualTo("read-only file system");
        assertThat(Problem.reason(new IOException("Cannot run program \"/usr/bin/say\": error=13, Permission denied")))
                .isEqualTo("permission denied");
        assertThat(Problem.reason(new IOException((String) null))).isEqualTo("an input or output error");
    }

    @Test
    void running_out_of_file_descriptors_says_what_to_do() {
        assertThat(Problem.reason(new FileSystemException("/home/me/x.yaml", null, "Too many open files")))
                .isEqualTo("too many open files; raise the limit with 'ulimit -n'");
        assertThat(Problem.reason(new IOException("Too many open files")))
                .isEqualTo("too many open files; raise the limit with 'ulimit -n'");
    }
}
