package dev.limber.tui;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/** The terminal Limber runs in, opened only when the full screen is wanted. */
public final class SystemTerminal {

    private SystemTerminal() {
    }

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
        TerminalBuilder builder = TerminalBuilder.builder()
                .system(true)
                .dumb(false)
                .nativeSignals(true);
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return builder.build();
        }
        SttyPty pty;
        try {
            pty = new SttyPty(new JniTerminalProvider().current(SystemStream.Output));
        } catch (IOException | RuntimeException | LinkageError e) {
            return builder.build();
        }
        return new PosixSysTerminal("limber", builder.computeType(), pty, builder.computeEncoding(),
                builder.computeStdinEncoding(), builder.computeStdoutEncoding(), true, SignalHandler.SIG_DFL);
    }
}
