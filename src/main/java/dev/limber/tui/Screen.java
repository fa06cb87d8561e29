package dev.limber.tui;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.plan.SegmentKind;
import dev.limber.plan.Side;
import dev.limber.routine.Disclaimer;
import dev.limber.routine.Durations;
import dev.limber.routine.Routine;
import dev.limber.session.State;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jspecify.annotations.Nullable;

/**
 * What the coach draws: a pure function of the session's state and the window's size, as lines that
 * fit the window, measured in terminal cells. The person is on the floor, metres away, so what
 * matters most gets the room: the countdown in the largest digits that fit, then the exercise with
 * its side (never cut), then what comes next and the keys (always with q), then the form cues; a
 * header and bars only where rows are left over.
 */
final class Screen {

    /** The layouts, from the smallest window up. */
    enum Kind {
        /** No room for big digits: the countdown is a line of text (20x6). */
        LINES,
        /** Big digits, the exercise, the line under the digits, what comes next and the keys; cues in any rows left. */
        DIGITS,
        /** As {@link #DIGITS}, with a header (routine, step, time done and left) and bars for the segment and the routine. */
        FULL
    }

    /**
     * Where things go for one step at one window size. It depends on the window and on the step
     * (its widest countdown, its keys), never on the moment, so that nothing moves or changes size
     * between a hold, its switch and the other side.
     *
     * @param size     the digits' size ({@link BigDigits}), or 0 for a line of text
     * @param rows     the rows the countdown takes
     * @param box      the columns the step's widest countdown takes: where a side beside the digits goes
     * @param keyRows  the rows kept for the keys
     * @param labelGap whether a blank row separates the exercise from the countdown
     * @param padTop   blank rows above the exercise (below the header), to centre the countdown
     */
    record Layout(Kind kind, int size, int rows, int box, int keyRows, boolean labelGap, int padTop) {}

    /** Rows the header and the two bars take, with a blank under the exercise, in {@link Kind#FULL}. */
    private static final int FULL_EXTRAS = 4;
    /** Rows kept for cues below the countdown when it is centred, and needed beyond the extras for FULL. */
    private static final int CUE_ROWS = 2;

    private final Look look;

    Screen(Look look) {
        this.look = look;
    }

    /**
     * The coaching screen for this moment, or the keys when they are open.
     *
     * @param keysPage the page of the keys shown (from 1; see {@link #keysPages}), or 0 when they are closed
     */
    List<AttributedString> frame(State state, int width, int height, boolean muted, int keysPage) {
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        if (keysPage > 0) {
            return help(state, w, h, keysPage);
        }
        Layout layout = layout(state, w, h);
        Segment segment = state.segment();
        boolean lastSeconds =
                !segment.counted() && !state.paused() && state.remainingSeconds() <= 3 && segment.seconds() > 3;
        AttributedStyle accent = look.of(segment.kind(), state.paused(), lastSeconds);
        boolean full = layout.kind() == Kind.FULL;

        List<Part> top = new ArrayList<>();
        if (full) {
            top.add(new Part(30, header(state, w, muted)));
        }
        blanks(top, layout.padTop());
        top.add(new Part(95, centred(new AttributedString(label(segment, w), accent), w)));
        if (layout.labelGap()) {
            blanks(top, 1);
        }
        List<AttributedString> countdown = countdown(state, layout, w, accent);
        for (AttributedString line : countdown) {
            top.add(new Part(100, line));
        }
        AttributedStyle detailStyle = state.paused() ? accent : look.faint();
        top.add(new Part(60, centred(new AttributedString(detail(state, w), detailStyle), w)));
        if (full) {
            top.add(new Part(20, bar(segmentDone(state), w, accent)));
        }

        List<Part> bottom = new ArrayList<>();
        bottom.add(new Part(80, next(state, w)));
        if (full) {
            bottom.add(new Part(20, bar(routineDone(state), w, look.faint())));
        }
        // Enter only while it does something: not for reps that finish by themselves.
        boolean enter = segment.counted() && state.waitingForEnter();
        List<List<Key>> keys = keyLines(keys(enter, state.paused(), muted), w, layout.keyRows());
        blanks(bottom, layout.keyRows() - keys.size());
        for (List<Key> line : keys) {
            bottom.add(new Part(line.stream().anyMatch(k -> k.rank() == 1) ? 90 : 70, keyLine(line, w)));
        }

        int middle = h - top.size() - bottom.size();
        List<Part> parts = new ArrayList<>(top);
        for (AttributedString line : cues(segment, w, middle)) {
            parts.add(new Part(10, line));
        }
        parts.addAll(bottom);
        return fit(parts, w, h);
    }

    /**
     * The layout for this step at this size. The digits take the rows left by the exercise, the line
     * under them, what comes next and the keys, less a share kept for cues and the rest on a tall
     * window; whatever is left after the digits decides between {@link Kind#DIGITS} and {@link Kind#FULL}.
     */
    static Layout layout(State state, int width, int height) {
        List<Segment> step = step(state);
        int keyRows = keyRows(step, width);
        int essentials = 3 + keyRows;
        int room = height - essentials - spare(height);
        int box = stepPixels(step, countdownText(state));
        int size = 0;
        for (int s = 1; BigDigits.height(s) <= room && box * s <= width; s++) {
            size = s;
        }
        int rows = size == 0 ? 1 : BigDigits.height(size);
        int left = height - essentials - rows;
        Kind kind = size == 0 ? Kind.LINES : left >= FULL_EXTRAS + CUE_ROWS ? Kind.FULL : Kind.DIGITS;
        boolean labelGap = left >= 1;
        int above = (kind == Kind.FULL ? 1 : 0) + 1 + (labelGap ? 1 : 0);
        int free = left - (kind == Kind.FULL ? FULL_EXTRAS : labelGap ? 1 : 0);
        int padTop = Math.max(0, Math.min((height - rows) / 2 - above, free - CUE_ROWS));
        return new Layout(kind, size, rows, size == 0 ? 0 : box * size, keyRows, labelGap, padTop);
    }

    /** Rows a tall window keeps from the digits for cues, header and bars: none up to 14 rows, at most 16. */
    private static int spare(int height) {
        return Math.max(0, Math.min(16, (height - 14) * 2 / 3));
    }

    /** The segments of the current step: its get-ready, sides, switches and sets, and the rest after it. */
    private static List<Segment> step(State state) {
        List<Segment> all = state.plan().segments();
        int step = state.segment().step();
        int from = state.index();
        int to = state.index();
        while (from > 0 && all.get(from - 1).step() == step) {
            from--;
        }
        while (to + 1 < all.size() && all.get(to + 1).step() == step) {
            to++;
        }
        return all.subList(from, to + 1);
    }

    /** The step's widest countdown in pixels (and the one now, which time added may have widened). */
    private static int stepPixels(List<Segment> step, String now) {
        int pixels = BigDigits.pixels(now);
        for (Segment s : step) {
            String start = s.counted() ? String.valueOf(s.reps()) : countdown(s.seconds());
            pixels = Math.max(pixels, BigDigits.pixels(start));
        }
        return pixels;
    }

    /** What the big digits show: the rep under way, or the time left, as seconds alone under a minute. */
    private static String countdownText(State state) {
        Segment s = state.segment();
        return s.counted() ? String.valueOf(state.currentRep()) : countdown(state.remainingSeconds());
    }

    private static String countdown(long seconds) {
        return seconds < 60 ? String.valueOf(seconds) : Durations.clock(seconds);
    }

    /** The countdown in big digits with the side beside them where it fits, or one line of text. */
    private List<AttributedString> countdown(State state, Layout layout, int width, AttributedStyle accent) {
        Segment s = state.segment();
        String side = s.side() == Side.NONE ? null : s.side().name();
        if (layout.size() == 0) {
            String time =
                    s.counted() ? state.currentRep() + " / " + s.reps() : Durations.clock(state.remainingSeconds());
            if (side != null) {
                String beside = s.side() == Side.LEFT ? side + "  " + time : time + "  " + side;
                time = Words.columns(beside) <= width ? beside : time;
            }
            return List.of(centred(new AttributedString(Words.cut(time, width), accent), width));
        }
        String text = countdownText(state);
        List<String> digits = BigDigits.render(text, layout.size());
        int pad = (width - BigDigits.width(text, layout.size())) / 2;
        int margin = (width - layout.box()) / 2;
        boolean beside = side != null && margin >= side.length() + 2;
        List<AttributedString> lines = new ArrayList<>();
        for (int row = 0; row < digits.size(); row++) {
            AttributedStringBuilder line = new AttributedStringBuilder();
            boolean middle = beside && row == digits.size() / 2;
            if (middle && side != null && s.side() == Side.LEFT) {
                line.append(" ".repeat(margin - 2 - side.length()))
                        .styled(accent, side)
                        .append(" ".repeat(pad - margin + 2));
            } else {
                line.append(" ".repeat(pad));
            }
            line.styled(accent, digits.get(row));
            if (middle && s.side() == Side.RIGHT) {
                line.append(" ".repeat(width - margin + 2 - line.columnLength()))
                        .styled(accent, side);
            }
            lines.add(line.toAttributedString());
        }
        return lines;
    }

    /**
     * The segment's name in at most {@code width} cells: in full when it fits; else the side first,
     * whole ("Left · Knee-to-ch…"), and the exercise's name cut with an ellipsis.
     */
    static String label(Segment s, int width) {
        String name = Words.drawable(s.name());
        String side = s.side() == Side.NONE
                ? ""
                : capitalized(Objects.requireNonNull(s.side().word())) + " · ";
        String sideText = s.side() == Side.NONE ? "" : " · " + s.side().word() + " side";
        String sets = s.sets() > 1 ? " · set " + s.set() + " of " + s.sets() : "";
        String shortSets = s.sets() > 1 ? " · " + s.set() + "/" + s.sets() : "";
        return switch (s.kind()) {
            case WORK ->
                fitted(
                        width,
                        side,
                        name,
                        "",
                        name + sideText + sets,
                        side + name + sets,
                        side + name + shortSets,
                        side + name);
            case PREPARE -> fitted(width, side + "Get ready · ", name, "", "Get ready · " + name + sideText);
            case SWITCH -> fitted(width, "", "", "", "Switch sides", "Switch");
            case REST -> Words.cut("Rest", width);
        };
    }

    /**
     * The first of {@code forms} that fits; else {@code prefix}, {@code name} cut to the room left and
     * {@code suffix}; else, with no room for a name, the prefix and suffix alone.
     */
    private static String fitted(int width, String prefix, String name, String suffix, String... forms) {
        for (String form : forms) {
            if (Words.columns(form) <= width) {
                return form;
            }
        }
        int room = width - Words.columns(prefix) - Words.columns(suffix);
        if (!name.isEmpty() && room >= 3) {
            return prefix + Words.cut(name, room) + suffix;
        }
        String bare = (prefix.endsWith(" · ") ? prefix.substring(0, prefix.length() - 3) : prefix) + suffix;
        return Words.cut(bare.isEmpty() ? forms[forms.length - 1] : bare, width);
    }

    private static String capitalized(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** The line under the countdown: the whole length, the rep and Enter, or that it is paused. */
    private static String detail(State state, int width) {
        Segment s = state.segment();
        if (s.counted()) {
            String reps = state.currentRep() >= s.reps()
                    ? s.reps() + " reps"
                    : "rep " + state.currentRep() + " of " + s.reps();
            if (state.paused()) {
                return fitted(width, "", "", "", "Paused · " + reps, "Paused");
            }
            if (!state.waitingForEnter()) {
                return fitted(width, "", "", "", reps, state.currentRep() + "/" + s.reps());
            }
            return fitted(width, "", "", "", reps + " · enter when done", reps, state.currentRep() + "/" + s.reps());
        }
        if (state.paused()) {
            return fitted(width, "", "", "", "Paused · space to resume", "Paused");
        }
        // The length as it is now: + and - change it.
        long total = Durations.seconds(state.segmentNanos() + state.remainingNanos());
        return Words.cut("of " + Durations.format(total), width);
    }

    /**
     * What comes next, by name: past a switch or a get-ready to the exercise itself ("Next:
     * Knee-to-chest stretch · right side · 30s"), the side first when room is short.
     */
    private AttributedString next(State state, int width) {
        Segment next = upcoming(state);
        String text;
        if (next == null) {
            text = Words.cut("Next: the end", width);
        } else if (next.kind() != SegmentKind.WORK) {
            String length = " · " + Durations.format(next.seconds());
            String label = next.kind() == SegmentKind.REST ? "Rest" : next.label();
            text = fitted(width, "Next: ", Words.drawable(label), "", "Next: " + Words.drawable(label) + length);
        } else {
            String name = Words.drawable(next.name());
            String length = " · " + (next.counted() ? next.reps() + " reps" : Durations.format(next.seconds()));
            String side = next.side() == Side.NONE
                    ? ""
                    : capitalized(Objects.requireNonNull(next.side().word())) + " · ";
            String sideText =
                    next.side() == Side.NONE ? "" : " · " + next.side().word() + " side";
            String sets = next.sets() > 1 ? " · set " + next.set() + " of " + next.sets() : "";
            text = fitted(
                    width,
                    "Next: " + side,
                    name,
                    "",
                    "Next: " + name + sideText + sets + length,
                    "Next: " + side + name + length);
        }
        int split = Math.min(text.length(), text.startsWith("Next:") ? 5 : 0);
        return new AttributedStringBuilder()
                .styled(look.faint(), text.substring(0, split))
                .append(text.substring(split))
                .toAttributedString();
    }

    /** The next segment worth naming: a switch or a get-ready is passed over for the exercise after it. */
    private static @Nullable Segment upcoming(State state) {
        List<Segment> all = state.plan().segments();
        for (int i = state.index() + 1; i < all.size(); i++) {
            Segment s = all.get(i);
            if (s.kind() != SegmentKind.SWITCH && s.kind() != SegmentKind.PREPARE) {
                return s;
            }
        }
        return null;
    }

    /** A key and what it does now; when room is short, the highest ranks go first. */
    record Key(String key, String does, int rank) {
        int columns() {
            return key.length() + 1 + does.length();
        }
    }

    /** The keys that do something now, in the order they are shown. */
    static List<Key> keys(boolean counted, boolean paused, boolean muted) {
        List<Key> keys = new ArrayList<>();
        keys.add(new Key("space", paused ? "resume" : "pause", 2));
        if (counted) {
            keys.add(new Key("enter", "done", 3));
        }
        keys.add(new Key("n", "next", 5));
        keys.add(new Key("b", "back", 6));
        // Once muted, how to have sound back matters more than starting over.
        keys.add(new Key("r", "restart", muted ? 9 : 8));
        if (!counted) {
            keys.add(new Key("+/-", "15s", 7));
        }
        keys.add(new Key("m", muted ? "unmute" : "mute", muted ? 8 : 9));
        keys.add(new Key("?", "keys", 4));
        keys.add(new Key("q", "quit", 1));
        return keys;
    }

    private static final String SEPARATOR = " · ";

    /** The rows the step's keys take, running and sound on: one where they fit, else two. */
    private static int keyRows(List<Segment> step, int width) {
        int rows = 1;
        for (boolean counted : new boolean[] {false, true}) {
            if (step.stream().anyMatch(s -> s.counted() == counted)) {
                rows = Math.max(
                        rows,
                        Math.min(2, lines(keys(counted, false, false), width, 2).size()));
            }
        }
        return rows;
    }

    /** The keys in at most {@code rows} lines: all of them, or without the highest ranks until they fit. */
    static List<List<Key>> keyLines(List<Key> keys, int width, int rows) {
        List<Key> kept = new ArrayList<>(keys);
        List<List<Key>> lines = lines(kept, width, rows);
        while (lines.size() > rows && kept.size() > 1) {
            kept.remove(kept.stream().max(Comparator.comparingInt(Key::rank)).orElseThrow());
            lines = lines(kept, width, rows);
        }
        return lines.size() > rows ? lines.subList(lines.size() - rows, lines.size()) : lines;
    }

    /**
     * The keys in order on one line when they fit; else on two of about the same length, so that
     * "q quit" is never left alone; else in as many lines of {@code width} as they need.
     */
    private static List<List<Key>> lines(List<Key> keys, int width, int rows) {
        if (columns(keys) <= width) {
            return List.of(keys);
        }
        List<List<Key>> best = null;
        for (int split = 1; rows >= 2 && split < keys.size(); split++) {
            List<Key> first = keys.subList(0, split);
            List<Key> second = keys.subList(split, keys.size());
            int longer = Math.max(columns(first), columns(second));
            if (longer <= width && (best == null || longer < Math.max(columns(best.get(0)), columns(best.get(1))))) {
                best = List.of(first, second);
            }
        }
        return best != null ? best : filled(keys, width);
    }

    private static int columns(List<Key> keys) {
        return keys.stream().mapToInt(Key::columns).sum() + SEPARATOR.length() * Math.max(0, keys.size() - 1);
    }

    /** The keys in lines of at most {@code width}, each filled in order. */
    private static List<List<Key>> filled(List<Key> keys, int width) {
        List<List<Key>> lines = new ArrayList<>();
        List<Key> line = new ArrayList<>();
        for (Key key : keys) {
            List<Key> longer = new ArrayList<>(line);
            longer.add(key);
            if (!line.isEmpty() && columns(longer) > width) {
                lines.add(line);
                line = new ArrayList<>();
            }
            line.add(key);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private AttributedString keyLine(List<Key> keys, int width) {
        AttributedStringBuilder line = new AttributedStringBuilder();
        for (Key key : keys) {
            if (line.length() > 0) {
                line.styled(look.faint(), SEPARATOR);
            }
            line.styled(look.bold(), key.key()).styled(look.faint(), " " + key.does());
        }
        AttributedString text = line.toAttributedString();
        // Only a window narrower than "q quit" gets here.
        return text.columnLength() <= width ? text : new AttributedString(Words.cut(text.toString(), width));
    }

    /**
     * Every key, while the session waits: one to a row with what it does, or on a short window in a
     * run of short items ("space pause/go on · enter reps done · …"); "? close" and "q quit" last.
     */
    static final List<String[]> HELP = List.of(
            new String[] {"space", "pause, or go on", "pause/go on"},
            new String[] {"enter", "the reps are done", "reps done"},
            new String[] {"n  →", "next segment", "next"},
            new String[] {"b  ←", "back to the start of this segment; twice quickly, the one before", "back"},
            new String[] {"r", "start this segment over", "restart"},
            new String[] {"+  -", "15 seconds more or less", "15s more/less"},
            new String[] {"m", "mute or unmute the bell and voice", "mute"},
            new String[] {"?  h", "these keys; any other key closes them", "keys"},
            new String[] {"q  esc", "stop here, with a summary", "stop"},
            new String[] {"ctrl-c", "stop at once", "stop now"},
            new String[] {"ctrl-\\", "the same as ctrl-c", "stop now"},
            new String[] {"ctrl-z", "pause and give the terminal back; fg to come back", "suspend"});

    private List<AttributedString> help(State state, int width, int height, int page) {
        List<List<AttributedString>> pages = keyPages(width, height);
        int shown = Math.min(Math.max(1, page), pages.size());
        boolean more = shown < pages.size();
        List<Part> parts = new ArrayList<>();
        String title = (state.paused() ? "Keys · paused" : "Keys")
                + (pages.size() > 1 ? " " + shown + "/" + pages.size() : "");
        parts.add(new Part(80, new AttributedString(Words.cut(title, width), look.bold())));
        List<AttributedString> keys = pages.get(shown - 1);
        if (keys.size() + 2 + closeRows(width) <= height) {
            parts.add(new Part(40, AttributedString.EMPTY));
        }
        for (AttributedString line : keys) {
            parts.add(new Part(70, line));
        }
        if (pages.size() > 1) {
            // Every page's close line on the last row, where the first page put it.
            blanks(parts, height - parts.size() - closeRows(width));
        }
        for (List<Key> line :
                keyLines(List.of(new Key("?", more ? "more" : "close", 2), new Key("q", "quit", 1)), width, 1)) {
            parts.add(new Part(90, keyLine(line, width)));
        }
        return fit(parts, width, height);
    }

    /** How many pages the keys take at this size: one, unless the window is too short for them all. */
    int keysPages(int width, int height) {
        return keyPages(Math.max(1, width), Math.max(1, height)).size();
    }

    /**
     * The keys in pages that fit under the title and above the close line: one to a row with what
     * each does where the window is tall enough, else as a run of short items, split into pages when
     * even that is too long (20x6), so that every key can still be read.
     */
    private List<List<AttributedString>> keyPages(int width, int height) {
        int close = closeRows(width);
        List<AttributedString> table = helpTable(width);
        if (table.size() + 2 + close <= height) {
            return List.of(table);
        }
        List<AttributedString> run = helpRun(width);
        int room = Math.max(1, height - 1 - close);
        List<List<AttributedString>> pages = new ArrayList<>();
        for (int from = 0; from < run.size(); from += room) {
            pages.add(run.subList(from, Math.min(run.size(), from + room)));
        }
        return pages;
    }

    /** Rows the line under the keys takes ("? close · q quit"): one, unless the window is very narrow. */
    private static int closeRows(int width) {
        return keyLines(List.of(new Key("?", "close", 2), new Key("q", "quit", 1)), width, 1)
                .size();
    }

    /** The keys one to a row, what each does beside it (or under it, on a narrow window). */
    private List<AttributedString> helpTable(int width) {
        List<AttributedString> lines = new ArrayList<>();
        int column = HELP.stream().mapToInt(k -> k[0].length()).max().orElse(0) + 2;
        boolean beside = width - column >= 16;
        for (String[] key : HELP) {
            List<String> what = Words.wrap(key[1], beside ? width - column : width - 2);
            if (!beside) {
                lines.add(new AttributedString(Words.cut(key[0], width), look.bold()));
            }
            for (int i = 0; i < what.size(); i++) {
                AttributedStringBuilder line = new AttributedStringBuilder();
                if (!beside) {
                    line.append("  ");
                } else if (i == 0) {
                    line.styled(look.bold(), key[0]).append(" ".repeat(column - key[0].length()));
                } else {
                    line.append(" ".repeat(column));
                }
                lines.add(line.append(what.get(i)).toAttributedString());
            }
        }
        return lines;
    }

    /** The keys as a run of short items, as many to a line as fit. */
    private List<AttributedString> helpRun(int width) {
        List<Key> keys = HELP.stream()
                .map(k -> new Key(k[0].replaceAll(" +", " "), k[2], 0))
                .toList();
        return filled(keys, width).stream().map(line -> keyLine(line, width)).toList();
    }

    /** Before the first step: what the routine is, its caution, Limber's own line, and how to start. */
    List<AttributedString> start(Plan plan, int width, int height) {
        Routine routine = plan.routine();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(100, new AttributedString(Words.cut(Words.drawable(routine.title()), width), look.bold())));
        wrapped(parts, 50, Words.drawable(routine.summary()), width, look.plain());
        parts.add(new Part(60, new AttributedString(Words.cut(plan.size(), width), look.faint())));
        parts.add(new Part(10, AttributedString.EMPTY));
        if (!routine.caution().isEmpty()) {
            wrapped(
                    parts,
                    85,
                    "Caution: " + Words.drawable(routine.caution()),
                    width,
                    look.color() ? AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW) : look.plain());
            parts.add(new Part(11, AttributedString.EMPTY));
        }
        if (Words.wrap(Disclaimer.TEXT, width).size() + parts.size() + 2 <= height) {
            wrapped(parts, 85, Disclaimer.TEXT, width, look.plain());
        } else {
            // Too short a window for all of it: a sentence to a paragraph, the emergency signs kept
            // before the rest.
            wrapped(parts, 89, Disclaimer.NOT_ADVICE, width, look.plain());
            wrapped(parts, 86, Disclaimer.SPECIALIST, width, look.plain());
            wrapped(parts, 88, Disclaimer.EMERGENCY, width, look.plain());
        }
        parts.add(new Part(12, AttributedString.EMPTY));
        String go = List.of("Press Enter to start · q to quit", "Enter start · q quit", "Enter go · q quit").stream()
                .filter(text -> Words.columns(text) <= width)
                .findFirst()
                .orElse("Enter go · q quit");
        parts.add(new Part(99, new AttributedString(Words.cut(go, width), look.bold())));
        return fit(parts, width, height);
    }

    /** The window title: the countdown and the segment, kept up to date with every key. */
    static String title(State state) {
        Segment s = state.segment();
        String time = s.counted()
                ? "rep " + state.currentRep() + " of " + s.reps()
                : Durations.clock(state.remainingSeconds());
        return time + " " + s.label() + (state.paused() ? " (paused)" : "") + " · Limber";
    }

    /**
     * One line of the screen; when the window is too small for them all, the lowest keep go first.
     *
     * @param more the rest of a paragraph after this line, said with "…" should the lines after it go
     */
    private record Part(int keep, AttributedString line, String more) {
        Part(int keep, AttributedString line) {
            this(keep, line, "");
        }
    }

    private static void blanks(List<Part> parts, int count) {
        for (int i = 0; i < count; i++) {
            parts.add(new Part(0, AttributedString.EMPTY));
        }
    }

    /** A paragraph in lines; on a short window its last lines go first, and the last kept ends in "…". */
    private static void wrapped(List<Part> parts, int keep, String text, int width, AttributedStyle style) {
        if (!text.isEmpty()) {
            List<String> lines = Words.wrap(text, width);
            for (int i = 0; i < lines.size(); i++) {
                String more = i + 1 < lines.size() ? lines.get(i + 1) : "";
                parts.add(new Part(keep - Math.min(i, 9), new AttributedString(lines.get(i), style), more));
            }
        }
    }

    private AttributedString header(State state, int width, boolean muted) {
        String title = Words.drawable(state.plan().routine().title());
        String step = state.segment().step() + " of " + state.plan().steps();
        String done = Durations.clock(Durations.secondsGone(state.elapsedNanos())) + " done";
        String left = Durations.clock(Durations.secondsLeft(state.leftNanos())) + " left";
        String mute = muted ? " · muted" : "";
        for (String right : List.of(
                "step " + step + " · " + done + " · " + left + mute,
                "step " + step + " · " + left + mute,
                step.replace(" of ", "/") + " · " + left + mute,
                left + mute)) {
            int room = width - Words.columns(right) - 2;
            if (room >= Math.min(Words.columns(title), 8)) {
                String shown = Words.cut(title, room);
                return new AttributedStringBuilder()
                        .styled(look.bold(), shown)
                        .append(" ".repeat(width - Words.columns(shown) - Words.columns(right)))
                        .styled(look.faint(), right)
                        .toAttributedString();
            }
        }
        return new AttributedString(Words.cut(title, width), look.bold());
    }

    /**
     * The cues of the segment being done or got ready for, in {@code rows} rows: whole cues while they
     * fit, the last one shown cut with an ellipsis when the rest do not; a blank row above when room.
     */
    private static List<AttributedString> cues(Segment segment, int width, int rows) {
        List<AttributedString> lines = new ArrayList<>();
        if (rows <= 0) {
            return lines;
        }
        List<String> text = new ArrayList<>();
        if (segment.kind() == SegmentKind.WORK || segment.kind() == SegmentKind.PREPARE) {
            for (String cue : segment.cues()) {
                List<String> wrapped = Words.wrap(Words.drawable(cue), width - 2);
                for (int i = 0; i < wrapped.size(); i++) {
                    text.add((i == 0 ? "· " : "  ") + wrapped.get(i));
                }
            }
        }
        if (!text.isEmpty() && text.size() < rows) {
            lines.add(AttributedString.EMPTY);
        }
        for (int i = 0; i < text.size() && lines.size() < rows; i++) {
            String line = text.get(i);
            if (lines.size() == rows - 1
                    && i + 1 < text.size()
                    && text.get(i + 1).startsWith("  ")) {
                line = Words.cut(line + " " + text.get(i + 1).strip() + " …", width);
            }
            lines.add(new AttributedString(line));
        }
        while (lines.size() < rows) {
            lines.add(AttributedString.EMPTY);
        }
        return lines;
    }

    private static AttributedString centred(AttributedString line, int width) {
        int pad = (width - line.columnLength()) / 2;
        return pad <= 0
                ? line
                : new AttributedStringBuilder()
                        .append(" ".repeat(pad))
                        .append(line)
                        .toAttributedString();
    }

    /**
     * How long until this frame would look different: the countdown or a header time turning over,
     * a bar gaining a cell, the next rep. The coach sleeps until then instead of redrawing for nothing.
     */
    static long untilChange(State state, int width) {
        long second = 1_000_000_000L;
        long soonest = Long.MAX_VALUE;
        if (state.paused()) {
            return soonest;
        }
        Segment s = state.segment();
        if (s.counted()) {
            long pace = s.pace() * second;
            soonest = pace - state.segmentNanos() % pace;
        } else {
            soonest = turn(state.remainingNanos());
        }
        soonest = Math.min(soonest, second - state.elapsedNanos() % second);
        soonest = Math.min(soonest, turn(state.leftNanos()));
        long segmentTotal = state.segmentNanos() + state.remainingNanos();
        soonest = Math.min(soonest, untilCell(state.segmentNanos(), segmentTotal, width));
        soonest = Math.min(soonest, untilCell(state.elapsedNanos(), state.elapsedNanos() + state.leftNanos(), width));
        return Math.max(1, soonest);
    }

    /** Until a count shown in whole seconds, rounded up, shows one less. */
    private static long turn(long nanos) {
        long second = 1_000_000_000L;
        long rest = nanos % second;
        return rest == 0 ? second : rest;
    }

    /** Until a bar of {@code width} cells showing {@code done} of {@code total} gains a cell. */
    private static long untilCell(long done, long total, int width) {
        if (total <= 0 || width <= 0 || done >= total) {
            return Long.MAX_VALUE;
        }
        long filled = Math.round((double) done / total * width);
        double nextAt = (filled + 0.5) / width * total;
        return Math.max(1, (long) Math.ceil(nextAt - done));
    }

    private static double segmentDone(State state) {
        long total = state.segmentNanos() + state.remainingNanos();
        return total == 0 ? 1 : (double) state.segmentNanos() / total;
    }

    private static double routineDone(State state) {
        long total = state.elapsedNanos() + state.leftNanos();
        return total == 0 ? 1 : (double) state.elapsedNanos() / total;
    }

    private static AttributedString bar(double done, int width, AttributedStyle style) {
        int cells = Math.max(0, width);
        int filled = (int) Math.round(Math.min(1, Math.max(0, done)) * cells);
        return new AttributedStringBuilder()
                .styled(style, "\u2588".repeat(filled))
                .styled(AttributedStyle.DEFAULT.faint(), "\u2591".repeat(cells - filled))
                .toAttributedString();
    }

    /**
     * Drops the least useful lines until the rest fit (only a window smaller than the layouts are
     * made for needs it), and cuts any line still too wide, which none should be.
     */
    private static List<AttributedString> fit(List<Part> parts, int width, int height) {
        List<Part> kept = new ArrayList<>(parts);
        while (kept.size() > height && !kept.isEmpty()) {
            kept.remove(kept.stream().min(Comparator.comparingInt(Part::keep)).orElseThrow());
        }
        List<AttributedString> lines = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Part part = kept.get(i);
            AttributedString line = part.line();
            boolean cut = !part.more().isEmpty()
                    && (i + 1 == kept.size()
                            || !kept.get(i + 1).line().toString().equals(part.more()));
            if (cut) {
                // The paragraph goes on in lines there was no room for: say so.
                line = new AttributedString(Words.cut(line + " " + part.more(), width), line.styleAt(0));
            }
            lines.add(line.columnLength() > width ? line.columnSubSequence(0, Math.max(0, width)) : line);
        }
        return lines;
    }
}
