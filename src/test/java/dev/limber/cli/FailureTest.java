package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.InvalidPathException;
import org.junit.jupiter.api.Test;

class FailureTest {

    @Test
    void a_file_name_the_locale_cannot_hold_says_to_use_a_utf8_locale_not_that_limber_has_a_bug() {
        StringWriter err = new StringWriter();

        int status = Failure.tell(
                new InvalidPathException("routines/caf\u00e9\u001b.yaml", "Malformed input"),
                new PrintWriter(err, true),
                false);

        assertThat(status).isEqualTo(Exit.IO);
        assertThat(err.toString())
                .isEqualTo(
                        "limber: cannot go on: the file name 'routines/caf\u00e9\\u001b.yaml'"
                                + " can't be used in this locale's character set; run with a UTF-8 locale, such as LANG=C.UTF-8\n");
    }
}
