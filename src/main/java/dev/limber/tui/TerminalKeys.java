package dev.limber.tui;

import java.io.IOException;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;
import org.jspecify.annotations.Nullable;

/** Keys from a JLine terminal: its KeyMap turns escape sequences into actions, not our code. */
final class TerminalKeys implements Keys {

    /** How long a lone Esc waits to be sure it is not the start of an arrow key's sequence. */
    private static final long ESC_TIMEOUT_MILLIS = 150;

    private final NonBlockingReader reader;
    private final BindingReader bindings;
    private final KeyMap<Action> keyMap;

    TerminalKeys(Terminal terminal) {
        this.reader = terminal.reader();
        this.bindings = new BindingReader(reader);
        this.keyMap = keyMap(terminal);
    }

    static KeyMap<Action> keyMap(Terminal terminal) {
        KeyMap<Action> keys = new KeyMap<>();
        keys.setNomatch(Action.OTHER);
        keys.setUnicode(Action.OTHER);
        keys.setAmbiguousTimeout(ESC_TIMEOUT_MILLIS);
        keys.bind(Action.TOGGLE_PAUSE, " ");
        keys.bind(Action.COMPLETE, "\r", "\n");
        keys.bind(Action.NEXT, "n", "N");
        keys.bind(Action.BACK, "b", "B");
        bindArrow(keys, terminal, Action.NEXT, Capability.key_right, "C");
        bindArrow(keys, terminal, Action.BACK, Capability.key_left, "D");
        keys.bind(Action.RESTART, "r", "R");
        keys.bind(Action.MORE_TIME, "+", "=");
        keys.bind(Action.LESS_TIME, "-", "_");
        keys.bind(Action.MUTE, "m", "M");
        keys.bind(Action.HELP, "?", "h", "H");
        keys.bind(Action.QUIT, "q", "Q", KeyMap.esc());
        // Ctrl-C normally arrives as SIGINT; this is for terminals that send it as a character.
        keys.bind(Action.QUIT, KeyMap.ctrl('C'));
        // Ctrl-\ arrives as a character: full screen turns SIGQUIT off, since the JVM keeps it (FullScreen.raw).
        keys.bind(Action.INTERRUPT, KeyMap.ctrl('\\'));
        return keys;
    }

    /** Arrow keys as the terminal's terminfo says, and in both the cursor and the keypad forms. */
    private static void bindArrow(
            KeyMap<Action> keys, Terminal terminal, Action action, Capability capability, String letter) {
        String fromTerminfo = KeyMap.key(terminal, capability);
        if (fromTerminfo != null && !fromTerminfo.isEmpty()) {
            keys.bind(action, fromTerminfo);
        }
        keys.bind(action, "\033[" + letter, "\033O" + letter);
    }

    /** At most this much typed ahead is read away: a terminal that never stops sending is no reason to hang. */
    private static final int TYPED_AHEAD = 4096;

    @Override
    public void discardTypedAhead() throws IOException {
        discard(reader);
    }

    /** Reads away what is waiting in {@code reader}, which must be in raw mode for its timeouts to hold. */
    static void discard(NonBlockingReader reader) throws IOException {
        for (int i = 0; i < TYPED_AHEAD && reader.read(1L) >= 0; i++) {
            // Read and dropped.
        }
    }

    @Override
    public @Nullable Action read(long timeoutNanos) throws IOException {
        int next = reader.peek(Math.max(1, timeoutNanos / 1_000_000L));
        if (next == NonBlockingReader.READ_EXPIRED) {
            return null;
        }
        if (next == NonBlockingReader.EOF) {
            return Action.END;
        }
        Action action = bindings.readBinding(keyMap, null, true);
        return action == null ? Action.END : action;
    }
}
