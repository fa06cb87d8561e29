package dev.limber.tui;

import java.io.IOError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/** Chooses a routine full screen: arrows and Enter, and typing filters the list. */
public final class Picker {

    /** One routine on offer; {@code detail} is shown after its title and searched too. */
    public record Choice(String id, String title, String detail) {
    }

    private enum Key { UP, DOWN, PICK, ERASE, CANCEL, INTERRUPT, TYPE }

    private final Terminal terminal;
    private final Look look;
    private volatile boolean interrupted;
    private volatile StopSignals.Stop stopped;

    public Picker(Terminal terminal, boolean color) {
        this.terminal = terminal;
        this.look = new Look(color);
    }

    /** True when the picker was left with Ctrl-C (or Ctrl-\) rather than Esc. */
    public boolean interrupted() {
        return interrupted;
    }

    /** The signal that ended the picker (SIGTERM, SIGHUP and their kind), if one did. */
    public Optional<StopSignals.Stop> stopped() {
        return Optional.ofNullable(stopped);
    }

    /** The id chosen, or empty when the person left without choosing. */
    public Optional<String> pick(List<Choice> choices) {
        FullScreen full = new FullScreen(terminal);
        Display display = new Display(terminal, true);
        SignalHandler oldInt = terminal.handle(Signal.INT, s -> interrupted = true);
        // Suspending mid-choice would leave the shell a raw, full-screen terminal; choosing is quick.
        SignalHandler oldTstp = terminal.handle(Signal.TSTP, SignalHandler.SIG_IGN);
        // As the coach does: a signal to end leaves the loop, which gives the terminal back.
        StopSignals.Registration stops = StopSignals.onEach(signal -> stopped = signal);
        Thread restore = new Thread(full::leave, "limber-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restore);
        KeyMap<Key> keys = keyMap();
        NonBlockingReader reader = terminal.reader();
        BindingReader bindings = new BindingReader(reader);
        StringBuilder filter = new StringBuilder();
        int selected = 0;
        try {
            full.enter();
            while (!interrupted && stopped == null) {
                List<Choice> shown = matching(choices, filter.toString());
                selected = Math.max(0, Math.min(selected, shown.size() - 1));
                Size size = terminal.getSize();
                int columns = Math.max(1, (size.getColumns() > 0 ? size.getColumns() : 80) - 1);
                int rows = Math.max(3, size.getRows() > 0 ? size.getRows() : 24);
                display.resize(rows, columns + 1);
                display.update(lines(shown, selected, filter.toString(), columns, rows), 0);
                int next = reader.peek(Coach.FRAME / 1_000_000L);
                if (next == NonBlockingReader.READ_EXPIRED) {
                    continue;
                }
                if (next == NonBlockingReader.EOF) {
                    return Optional.empty();
                }
                Key key = bindings.readBinding(keys, null, true);
                if (key == null || key == Key.CANCEL) {
                    return Optional.empty();
                }
                if (key == Key.INTERRUPT) {
                    interrupted = true;
                    return Optional.empty();
                }
                switch (key) {
                    case UP -> selected = Math.max(0, selected - 1);
                    case DOWN -> selected++;
                    case ERASE -> {
                        if (filter.length() > 0) {
                            filter.setLength(filter.offsetByCodePoints(filter.length(), -1));
                        }
                    }
                    case TYPE -> {
                        String typed = bindings.getLastBinding();
                        if (typed != null && typed.codePoints().noneMatch(Character::isISOControl)) {
                            filter.append(typed);
                            selected = 0;
                        }
                    }
                    case PICK -> {
                        if (!shown.isEmpty()) {
                            return Optional.of(shown.get(selected).id());
                        }
                    }
                    default -> { }
                }
            }
            return Optional.empty();
        } catch (IOException | IOError e) {
            return Optional.empty();
        } finally {
            full.leave();
            terminal.handle(Signal.INT, oldInt);
            terminal.handle(Signal.TSTP, oldTstp);
            stops.close();
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down; the hook runs anyway and finds nothing to do.
            }
        }
    }

    private KeyMap<Key> keyMap() {
        KeyMap<Key> keys = new KeyMap<>();
        keys.setUnicode(Key.TYPE);
        keys.setNomatch(Key.TYPE);
        keys.setAmbiguousTimeout(150);
        for (char c = ' '; c < 127; c++) {
            keys.bind(Key.TYPE, String.valueOf(c));
        }
        keys.bind(Key.UP, "\033[A", "\033OA", KeyMap.ctrl('P'));
        keys.bind(Key.DOWN, "\033[B", "\033OB", KeyMap.ctrl('N'));
        bind(keys, Key.UP, Capability.key_up);
        bind(keys, Key.DOWN, Capability.key_down);
        keys.bind(Key.PICK, "\r", "\n");
        keys.bind(Key.ERASE, "\177", "\b");
        keys.bind(Key.CANCEL, KeyMap.esc(), KeyMap.ctrl('C'), KeyMap.ctrl('G'));
        // Full screen has SIGQUIT off, so Ctrl-\ comes as a key (FullScreen.raw): it stops as Ctrl-C does.
        keys.bind(Key.INTERRUPT, KeyMap.ctrl('\\'));
        return keys;
    }

    private void bind(KeyMap<Key> keys, Key key, Capability capability) {
        String sequence = KeyMap.key(terminal, capability);
        if (sequence != null && !sequence.isEmpty()) {
            keys.bind(key, sequence);
        }
    }

    static List<Choice> matching(List<Choice> choices, String filter) {
        String needle = filter.toLowerCase(Locale.ROOT);
        List<Choice> shown = new ArrayList<>();
        for (Choice choice : choices) {
            String haystack = (choice.id() + " " + choice.title() + " " + choice.detail()).toLowerCase(Locale.ROOT);
            if (haystack.contains(needle)) {
                shown.add(choice);
            }
        }
        return shown;
    }

    private List<AttributedString> lines(List<Choice> shown, int selected, String filter, int columns, int rows) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(new AttributedString("Choose a routine · type to filter · ↑↓ · Enter to start · Esc to leave",
                look.faint()));
        lines.add(new AttributedStringBuilder().styled(look.bold(), "> ").append(filter)
                .styled(AttributedStyle.INVERSE, " ").toAttributedString());
        int room = rows - lines.size();
        int first = Math.max(0, Math.min(selected - room / 2, shown.size() - room));
        int idWidth = shown.stream().mapToInt(c -> Words.columns(c.id())).max().orElse(0);
        for (int i = first; i < shown.size() && lines.size() < rows; i++) {
            Choice choice = shown.get(i);
            boolean current = i == selected;
            AttributedStringBuilder line = new AttributedStringBuilder();
            line.styled(current ? look.bold() : look.plain(), (current ? "› " : "  ")
                    + choice.id() + " ".repeat(idWidth - Words.columns(choice.id()) + 2));
            line.styled(current ? look.bold() : look.plain(), choice.title());
            line.styled(look.faint(), "  " + choice.detail());
            AttributedString text = line.toAttributedString();
            lines.add(text.columnLength() > columns ? text.columnSubSequence(0, columns) : text);
        }
        if (shown.isEmpty()) {
            lines.add(new AttributedString("  no routine matches '" + filter + "'", look.faint()));
        }
        return lines;
    }
}
