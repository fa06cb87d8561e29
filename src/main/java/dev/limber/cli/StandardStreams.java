package dev.limber.cli;

import dev.limber.tui.SystemTerminal;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jline.terminal.spi.SystemStream;
import org.jspecify.annotations.Nullable;

/**
 * Where a person is among the process's standard streams: where to put a question so that it is
 * seen, and whether standard input is input at all.
 */
final class StandardStreams {

    private StandardStreams() {}

    /**
     * The terminal the person sits at: standard output when it is one; else standard error or
     * {@code /dev/tty}; null when there is none (a script, a service). Never a file standard output
     * was sent to.
     */
    static @Nullable PrintWriter person(PrintWriter out, PrintWriter err) {
        if (SystemTerminal.isTerminal(SystemStream.Output)) {
            return out;
        }
        if (SystemTerminal.isTerminal(SystemStream.Error)) {
            return err;
        }
        try {
            return new PrintWriter(new OutputStreamWriter(new FileOutputStream("/dev/tty"), StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * Standard input, or an empty stream when fd 0 is not input at all: when a process starts with
     * it closed, the JVM's first open file (its own modules, a jar, the class-data archive) becomes
     * fd 0, and must not be read as answers. The launchers reopen a closed fd 0 on /dev/null first;
     * this is for {@code java} started some other way.
     */
    static InputStream stdin() {
        return opensOwnFile() ? InputStream.nullInputStream() : System.in;
    }

    private static boolean opensOwnFile() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
            if (!Files.isRegularFile(target)) {
                return false;
            }
            String name = target.toString().toLowerCase(Locale.ROOT);
            String javaHome = System.getProperty("java.home", "\u0000");
            return target.startsWith(javaHome)
                    || name.endsWith(".jar")
                    || name.endsWith(".jsa")
                    || name.endsWith(".aot");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // No /proc (macOS): the launchers' reopening is all there is.
            return false;
        }
    }
}
