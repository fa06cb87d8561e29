package dev.limber.tui;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** The terminal Limber runs in, opened only when the full screen is wanted. */
public final class SystemTerminal {

    /**
     * JLine reports through java.util.logging, which prints to stderr: a native library it can't
     * unpack (a full /tmp, a file size limit) would put dated WARNING lines over the session. It
     * falls back by itself, so its reports are not news to a person. Held here so the setting stays.
     */
    private static final Logger JLINE = Logger.getLogger("org.jline");

    static {
        JLINE.setLevel(Level.OFF);
    }

    private SystemTerminal() {}

    /**
     * Opens the process's terminal. Callers check first that there is one (stdin and stdout both a
     * terminal, TERM not dumb), so JLine never falls back to its "dumb terminal" with a warning.
     *
     * <p>JLine's native terminal, as TerminalBuilder would make it, except that its settings are
     * changed through {@link SttyPty}, so that they are given back exactly as they were. Where the
     * native library can't be loaded, TerminalBuilder's own choice: its stty-based terminal, which
     * changes only what it names too.
     */
    public static Terminal open() throws IOException {
        TerminalBuilder builder =
                TerminalBuilder.builder().system(true).dumb(false).nativeSignals(true);
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return builder.build();
        }
        SttyPty pty;
        try {
            pty = new SttyPty(new JniTerminalProvider().current(SystemStream.Output));
        } catch (IOException | RuntimeException | LinkageError e) {
            return builder.build();
        }
        return new PosixSysTerminal(
                "limber",
                builder.computeType(),
                pty,
                builder.computeEncoding(),
                builder.computeStdinEncoding(),
                builder.computeStdoutEncoding(),
                true,
                SignalHandler.SIG_DFL);
    }

    /**
     * How many columns wide the terminal behind one of the process's standard streams is, as the
     * terminal says (JLine's native call, else {@code stty}); 0 when it is no terminal or won't say.
     */
    public static int width(SystemStream stream) {
        for (String provider : new String[] {"jni", "exec"}) {
            try {
                return Math.max(0, TerminalProvider.load(provider).systemStreamWidth(stream));
            } catch (IOException | RuntimeException | LinkageError e) {
                // Try the next way of asking.
            }
        }
        return 0;
    }

    /** Whether one of the process's standard streams is a terminal: JLine's native check, else {@code test -t}. */
    public static boolean isTerminal(SystemStream stream) {
        for (String provider : new String[] {"jni", "exec"}) {
            try {
                return TerminalProvider.load(provider).isSystemStream(stream);
            } catch (IOException | RuntimeException | LinkageError e) {
                // Try the next way of asking.
            }
        }
        return false;
    }
}
