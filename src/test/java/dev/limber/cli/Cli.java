package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Runs Limber's real command line in-process, with a home folder of the test's own. */
final class Cli {

    private final Map<String, String> env = new HashMap<>();
    private boolean terminal;
    private Clock clock = Clock.systemDefaultZone();

    Cli(Path home) {
        env.put("HOME", home.toString());
    }

    Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** The wall clock and time zone the history and stats go by. */
    Cli clock(Clock fixed) {
        clock = fixed;
        return this;
    }

    /**
     * As if stdout were a terminal, which turns colour on unless asked not to; 80 columns wide unless
     * {@link #columns} says otherwise, so that no test asks the terminal it runs in.
     */
    Cli terminal() {
        terminal = true;
        env.putIfAbsent("COLUMNS", "80");
        return this;
    }

    /** As if stdout were a terminal this many columns wide. */
    Cli columns(int columns) {
        env.put("COLUMNS", String.valueOf(columns));
        return terminal();
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), env, terminal, clock, args);
        Result result = new Result(status, out.toString(), err.toString());
        // Whatever goes wrong, a person never sees a stack trace, nor Java's names for things.
        assertThat(result.err())
                .doesNotContain("\tat ")
                .doesNotContain("Exception")
                .doesNotContainPattern(
                        "\\b(dev\\.limber|java\\.(lang|io|nio|util|time)|com\\.fasterxml|org\\.yaml|picocli)\\.");
        return result;
    }

    /**
     * What a person at a terminal sees: stdout and stderr each buffered as {@link Main#main} makes
     * them, both written to one screen.
     */
    String seen(String... args) {
        StringBuilder screen = new StringBuilder();
        Writer glass = new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                synchronized (screen) {
                    screen.append(text, offset, length);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        PrintWriter out = new PrintWriter(new BufferedWriter(glass, 8192));
        PrintWriter err = new PrintWriter(new BufferedWriter(glass, 8192));
        Main.run(out, err, env, terminal, clock, args);
        // As Main.main ends: stdout, then stderr.
        out.flush();
        err.flush();
        return screen.toString();
    }

    record Result(int status, String out, String err) {}
}
