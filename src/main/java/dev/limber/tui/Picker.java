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
import org.jspecify.annotations.Nullable;

/** Chooses a routine full screen: arrows and Enter, and typing filters the list. */
public final class Picker {

    /**
     * One routine on offer: its id, title, planned time ("~5m20s") and tags, each in a column of its
     * own and all searched when typing filters.
     */
    public record Choice(String id, String title, String time, String tags) {}

    /**
     * The line of keys above the list, shortest last: the longest that fits the window is shown, so
     * that it never wraps.
     */
    static final List<String> HEADERS = List.of(
            "Choose a routine · type to filter · ↑↓ · Enter to start · Esc to leave",
            "Type to filter · ↑↓ · Enter to start · Esc to leave",
            "↑↓ · Enter to start · Esc to leave",
            "Enter to start · Esc to leave",
            "Esc to leave");

    /** Which columns stay in a narrow window, as in 'limber list': id and title, then time, then tags. */
    private static final int[] PRIORITY = {0, 1, 2, 3};

    private static final boolean[] WHOLE = {false, false, true, false};

    private enum Key {
        UP,
        DOWN,
        PICK,
        ERASE,
        CANCEL,
        INTERRUPT,
        TYPE
    }

    private final Terminal terminal;
    private final Look look;
    private volatile boolean interrupted;
    private volatile StopSignals.@Nullable Stop stopped;

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
                display.update(lines(choices, shown, selected, filter.toString(), columns, rows), 0);
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
                    default -> {}
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
            String haystack = (choice.id() + " " + choice.title() + " " + choice.time() + " " + choice.tags())
                    .toLowerCase(Locale.ROOT);
            if (haystack.contains(needle)) {
                shown.add(choice);
            }
        }
        return shown;
    }

    /**
     * The screen: the keys, what was typed, and as many choices as fit around the selected one, their
     * columns lined up in terminal cells over every choice (so they stay put while filtering) and
     * fitted to {@code columns} as 'limber list' fits its table. No line is wider than the window.
     */
    List<AttributedString> lines(
            List<Choice> all, List<Choice> shown, int selected, String filter, int columns, int rows) {
        List<AttributedString> lines = new ArrayList<>();
        String keys = HEADERS.stream()
                .filter(h -> Words.columns(h) <= columns)
                .findFirst()
                .orElse(Words.shorten(HEADERS.get(HEADERS.size() - 1), columns));
        lines.add(new AttributedString(keys, look.faint()));
        lines.add(new AttributedStringBuilder()
                .styled(look.bold(), "> ")
                .append(tail(filter, columns - 3))
                .styled(AttributedStyle.INVERSE, " ")
                .toAttributedString());
        int room = rows - lines.size();
        int first = Math.max(0, Math.min(selected - room / 2, shown.size() - room));
        int[] natural = new int[4];
        for (Choice choice : all) {
            String[] cells = cells(choice);
            for (int c = 0; c < cells.length; c++) {
                natural[c] = Math.max(natural[c], Words.columns(cells[c]));
            }
        }
        int[] widths = Columns.widths(natural, WHOLE, PRIORITY, columns - 2);
        int last = 0;
        for (int c = 0; c < widths.length; c++) {
            last = widths[c] > 0 ? c : last;
        }
        for (int i = first; i < shown.size() && lines.size() < rows; i++) {
            boolean current = i == selected;
            AttributedStyle style = current ? look.bold() : look.plain();
            AttributedStringBuilder line = new AttributedStringBuilder();
            line.styled(style, current ? "› " : "  ");
            String[] cells = cells(shown.get(i));
            for (int c = 0; c <= last; c++) {
                if (widths[c] == 0) {
                    continue;
                }
                String cell = Words.shorten(cells[c], widths[c]);
                String pad = " ".repeat(widths[c] - Words.columns(cell));
                if (c > 0) {
                    line.append(" ".repeat(Columns.GAP));
                }
                // Tags are the least of it: faint, as the keys are.
                line.styled(c == 3 ? look.faint() : style, WHOLE[c] ? pad + cell : c == last ? cell : cell + pad);
            }
            AttributedString text = line.toAttributedString();
            lines.add(text.columnLength() > columns ? text.columnSubSequence(0, columns) : text);
        }
        if (shown.isEmpty()) {
            lines.add(new AttributedString(
                    Words.shorten("  no routine matches '" + filter + "'", columns), look.faint()));
        }
        return lines;
    }

    private static String[] cells(Choice choice) {
        return new String[] {
            Words.drawable(choice.id()), Words.drawable(choice.title()), choice.time(), Words.drawable(choice.tags())
        };
    }

    /** The end of what was typed, at most {@code width} cells of it, with "…" before it when cut. */
    private static String tail(String typed, int width) {
        if (Words.columns(typed) <= width) {
            return typed;
        }
        String end = typed;
        while (!end.isEmpty() && Words.columns(end) > Math.max(0, width - 1)) {
            end = end.substring(end.offsetByCodePoints(0, 1));
        }
        return Words.ELLIPSIS + end;
    }
}
