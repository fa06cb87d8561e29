package dev.limber.tui;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.plan.SegmentKind;
import dev.limber.routine.Disclaimer;
import dev.limber.routine.Durations;
import dev.limber.routine.Routine;
import dev.limber.session.State;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * What the coach draws, as lines that fit the window exactly: a pure function of the session's
 * state and the window's size. Parts that do not fit are left out, least useful first, so even a
 * 20x6 window shows the label and the time, and never a line that wraps.
 */
final class Screen {

    static final String KEYS = "space pause · enter done · n next · b back · r restart · +/- 15s · m mute"
            + " · ? help · q quit";
    static final List<String> HELP = List.of(
            "space      pause or go on",
            "enter      the reps are done",
            "n  →       next segment",
            "b  ←       back (twice quickly: previous segment)",
            "r          start this segment over",
            "+  -       15 seconds more or less",
            "m          mute or unmute",
            "?          close this help",
            "q  esc     stop here, with a summary");

    /** Parts kept less than this (blank lines, bars) give way to the big digits. */
    private static final int ROOM_FOR_DIGITS = 30;

    private final Look look;

    Screen(Look look) {
        this.look = look;
    }

    /** A part of the screen; when the window is too small, parts with the lowest keep go first. */
    private record Part(int keep, List<AttributedString> lines) {
    }

    /** The coaching screen for this moment. */
    List<AttributedString> frame(State state, int width, int height, boolean muted, boolean help) {
        Segment segment = state.segment();
        boolean lastSeconds = !segment.counted() && !state.paused() && state.remainingSeconds() <= 3
                && segment.seconds() > 3;
        AttributedStyle accent = look.of(segment.kind(), state.paused(), lastSeconds);
        List<Part> parts = new ArrayList<>();

        parts.add(new Part(60, List.of(header(state, width, muted))));
        parts.add(blank(10));
        parts.add(new Part(100, List.of(centered(new AttributedString(label(state), accent), width))));
        parts.add(blank(11));
        int timeIndex = parts.size();
        parts.add(null);
        parts.add(new Part(80, List.of(centered(new AttributedString(detail(state), look.faint()), width))));
        parts.add(blank(12));
        parts.add(new Part(40, List.of(bar(segmentDone(state), width, accent))));
        parts.add(blank(13));
        if (help) {
            parts.add(new Part(95, HELP.stream().map(AttributedString::new).toList()));
        } else {
            parts.add(new Part(30, cues(segment, width)));
        }
        parts.add(blank(14));
        parts.add(new Part(70, List.of(next(state))));
        parts.add(new Part(20, List.of(bar(routineDone(state), width, look.faint()))));
        parts.add(new Part(90, List.of(new AttributedString(help ? "? close help · q quit" : KEYS, look.faint()))));

        // Big digits are worth more than blank lines and bars: drop those first to make room for them.
        String time = timeText(state);
        while (height - others(parts) < BigDigits.height(1) && BigDigits.width(time, 1) <= width) {
            Part least = parts.stream().filter(p -> p != null && p.keep() < ROOM_FOR_DIGITS)
                    .min(Comparator.comparingInt(Part::keep)).orElse(null);
            if (least == null) {
                break;
            }
            parts.remove(least);
            timeIndex = parts.indexOf(null);
        }
        parts.set(timeIndex, time(state, time, width, height - others(parts), accent));
        return fit(parts, width, height);
    }

    /** Before the first step: what the routine is, its caution, Limber's own line, and how to start. */
    List<AttributedString> start(Plan plan, int width, int height) {
        Routine routine = plan.routine();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(100, List.of(new AttributedString(routine.title(), look.bold()))));
        parts.add(new Part(50, wrapped(routine.summary(), width, look.plain())));
        parts.add(new Part(60, List.of(new AttributedString(plan.steps() + (plan.steps() == 1 ? " step, " : " steps, ")
                + (plan.segments().stream().anyMatch(Segment::counted) ? "about " : "")
                + Durations.format(plan.seconds()), look.faint()))));
        parts.add(blank(10));
        if (!routine.caution().isEmpty()) {
            parts.add(new Part(85, wrapped("Caution: " + routine.caution(), width,
                    look.color() ? AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW) : look.plain())));
            parts.add(blank(11));
        }
        parts.add(new Part(85, wrapped(Disclaimer.TEXT, width, look.plain())));
        parts.add(blank(12));
        parts.add(new Part(99, List.of(new AttributedString("Press Enter to start · q to quit", look.bold()))));
        return fit(parts, width, height);
    }

    private Part blank(int keep) {
        return new Part(keep, List.of(AttributedString.EMPTY));
    }

    private AttributedString header(State state, int width, boolean muted) {
        Routine routine = state.plan().routine();
        String right = "step " + state.segment().step() + " of " + state.plan().steps()
                + " · " + Durations.clock(state.elapsedNanos() / 1_000_000_000L) + " done · "
                + Durations.clock((state.leftNanos() + 999_999_999L) / 1_000_000_000L) + " left"
                + (muted ? " · muted" : "");
        int gap = width - Words.columns(routine.title()) - Words.columns(right);
        AttributedStringBuilder line = new AttributedStringBuilder();
        line.styled(look.bold(), routine.title());
        if (gap >= 2) {
            line.append(" ".repeat(gap)).styled(look.faint(), right);
        }
        return line.toAttributedString();
    }

    private static String label(State state) {
        Segment s = state.segment();
        return (state.paused() ? "Paused · " : "") + s.label();
    }

    /** The line under the time: how the segment goes on. */
    private static String detail(State state) {
        Segment s = state.segment();
        if (state.paused()) {
            return "space to go on";
        }
        if (s.counted()) {
            return (state.currentRep() >= s.reps() ? s.reps() + " reps" : "rep " + state.currentRep() + " of "
                    + s.reps()) + (state.waitingForEnter() ? " · press enter when done" : "");
        }
        return "of " + Durations.format(s.seconds());
    }

    private static int others(List<Part> parts) {
        return parts.stream().filter(p -> p != null).mapToInt(p -> p.lines().size()).sum();
    }

    private static String timeText(State state) {
        Segment s = state.segment();
        return s.counted() ? String.valueOf(state.currentRep()) : Durations.clock(state.remainingSeconds());
    }

    /** The countdown (or rep count) in the biggest block digits that fit, or one plain line. */
    private Part time(State state, String text, int width, int rows, AttributedStyle style) {
        Segment s = state.segment();
        for (int scale = 4; scale >= 1; scale--) {
            if (BigDigits.height(scale) <= rows && BigDigits.width(text, scale) <= width) {
                List<AttributedString> lines = new ArrayList<>();
                int pad = (width - BigDigits.width(text, scale)) / 2;
                for (String line : BigDigits.render(text, scale)) {
                    lines.add(new AttributedString(" ".repeat(pad) + line, style));
                }
                return new Part(99, lines);
            }
        }
        String plain = s.counted() ? state.currentRep() + " / " + s.reps() : text;
        return new Part(99, List.of(centered(new AttributedString(plain, style), width)));
    }

    private static AttributedString centered(AttributedString line, int width) {
        int pad = (width - line.columnLength()) / 2;
        return pad <= 0 ? line : new AttributedStringBuilder().append(" ".repeat(pad)).append(line)
                .toAttributedString();
    }

    private List<AttributedString> cues(Segment segment, int width) {
        if (segment.kind() == SegmentKind.SWITCH || segment.kind() == SegmentKind.REST) {
            return List.of();
        }
        List<AttributedString> lines = new ArrayList<>();
        for (String cue : segment.cues()) {
            List<String> wrapped = Words.wrap(cue, width - 2);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(new AttributedString((i == 0 ? "· " : "  ") + wrapped.get(i)));
            }
        }
        return lines;
    }

    private AttributedString next(State state) {
        Segment next = state.next();
        if (next == null) {
            return new AttributedString("Next: done", look.faint());
        }
        String length = next.counted() ? next.reps() + " reps" : Durations.format(next.seconds());
        return new AttributedStringBuilder().styled(look.faint(), "Next: ").append(next.label())
                .styled(look.faint(), " · " + length).toAttributedString();
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
        return new AttributedStringBuilder().styled(style, "\u2588".repeat(filled))
                .styled(AttributedStyle.DEFAULT.faint(), "\u2591".repeat(cells - filled)).toAttributedString();
    }

    private static List<AttributedString> wrapped(String text, int width, AttributedStyle style) {
        if (text.isEmpty()) {
            return List.of();
        }
        return Words.wrap(text, width).stream().map(line -> new AttributedString(line, style)).toList();
    }

    /** Drops the least useful parts until the rest fit, then cuts every line to the width. */
    private static List<AttributedString> fit(List<Part> parts, int width, int height) {
        List<Part> kept = new ArrayList<>(parts);
        kept.removeIf(p -> p.lines().isEmpty());
        while (kept.stream().mapToInt(p -> p.lines().size()).sum() > height && !kept.isEmpty()) {
            Part least = kept.stream().min(Comparator.comparingInt(Part::keep)).orElseThrow();
            if (least.lines().size() > 1 && least.keep() >= 90) {
                // A part too precious to drop, such as the help, loses lines from its end instead.
                int index = kept.indexOf(least);
                kept.set(index, new Part(least.keep(), least.lines().subList(0, least.lines().size() - 1)));
            } else {
                kept.remove(least);
            }
        }
        List<AttributedString> lines = new ArrayList<>();
        for (Part part : kept) {
            for (AttributedString line : part.lines()) {
                lines.add(line.columnLength() > width ? line.columnSubSequence(0, Math.max(0, width)) : line);
            }
        }
        return lines;
    }
}
