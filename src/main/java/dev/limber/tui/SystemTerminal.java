package dev.limber.tui;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The terminal Limber runs in, opened only when the full screen is wanted. */
public final class SystemTerminal {

    private SystemTerminal() {
    }

    /**
     * Opens the process's terminal. Callers check first that there is one (stdin and stdout both a
     * terminal, TERM not dumb), so JLine never falls back to its "dumb terminal" with a warning.
     */
    public static Terminal open() throws IOException {
        return TerminalBuilder.builder()
                .system(true)
                .dumb(false)
                .nativeSignals(true)
                .build();
    }
}
