package dev.limber.tui;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.routine.Disclaimer;
import dev.limber.routine.Durations;
import dev.limber.routine.Routine;
import dev.limber.session.State;
import java.io.IOError;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.jline.utils.Signals;

/**
 * The session in plain lines, for a screen reader, a log or a terminal that can't do more: one line
 * when each segment starts, a line at ten seconds left in a longer hold, and one when it is all done.
 * Never a line a second, and no cursor movement.
 */
final class PlainView implements View {

    private final PrintWriter out;
    /** Where the person reads what asks for them: {@code out}, unless that is not their terminal. */
    private final PrintWriter prompts;
    /** The bell and voice were off when last shown: a change is said. */
    private boolean wasMuted;

    PlainView(PrintWriter out) {
        this(out, out);
    }

    /** @param prompts where the person sees what asks for them (the start, and the caution before it) */
    PlainView(PrintWriter out, PrintWriter prompts) {
        this(out, prompts, 0);
    }

    /**
     * @param width the terminal's width in cells, where lines are read on one: each is broken at
     *              spaces ({@link Words#hanging}) rather than mid-word by the terminal; 0 for whole lines
     */
    PlainView(PrintWriter out, PrintWriter prompts, int width) {
        this.out = fitted(out, width);
        this.prompts = prompts == out ? this.out : fitted(prompts, width);
    }

    private static PrintWriter fitted(PrintWriter to, int width) {
        if (width <= 0) {
            return to;
        }
        return new PrintWriter(to) {
            @Override
            public void println(String line) {
                for (String part : Words.hanging(line, width)) {
                    super.println(part);
                }
            }
        };
    }

    @Override
    public void open() {
        // Lines need nothing of the terminal.
    }

    @Override
    public void close() {
        out.flush();
        prompts.flush();
    }

    @Override
    public Runnable handleSignals(Runnable interrupt, Runnable suspend) {
        Object before = Signals.register("INT", interrupt);
        return () -> Signals.unregister("INT", before);
    }

    /**
     * The routine, its caution and Limber's own line in the log; the caution, that line and how to
     * start to the person, when they read elsewhere.
     */
    @Override
    public void introduce(Plan plan, boolean waitToStart) {
        Routine routine = plan.routine();
        out.println(routine.title() + " · " + plan.size());
        for (PrintWriter to : prompts == out ? List.of(out) : List.of(out, prompts)) {
            if (!routine.caution().isEmpty()) {
                to.println("Caution: " + routine.caution());
            }
            to.println(Disclaimer.TEXT);
        }
        prompts.println((waitToStart ? "Press Enter to start. " : "") + keys(plan));
        out.flush();
        prompts.flush();
    }

    /** Every key plain mode takes, in one line: the rep key only for a routine with reps to finish. */
    static String keys(Plan plan) {
        boolean reps = plan.segments().stream().anyMatch(Segment::counted);
        return "Type a key and Enter: p pause or go on, n next, b back, r start over, + or - 15 seconds,"
                + " m mute, ? these keys, q stop" + (reps ? "; Enter alone when the reps are done." : ".");
    }

    @Override
    public void waiting(Plan plan) {
        // Said once, in the introduction.
    }

    @Override
    public void show(State state, Transition change, boolean muted, boolean help) {
        String at = at(state);
        Segment s = state.segment();
        if (change.finished()) {
            out.println(at + (state.quit() ? "Stopped." : "Done."));
        } else if (change.newSegment()) {
            // Moved while paused (n, b, r): it stays paused, and says so.
            out.println(at + s.label() + " · " + length(state)
                    + (state.paused() && !change.paused() ? " · paused, p and Enter to go on" : ""));
            if (s.firstOfStep()) {
                s.cues().forEach(cue -> out.println("        · " + cue));
            }
        } else if (change.addedNanos() != 0) {
            long seconds = Durations.seconds(Math.abs(change.addedNanos()));
            out.println(at + Durations.format(seconds) + (change.addedNanos() > 0 ? " more" : " less") + " · "
                    + Durations.format(state.remainingSeconds()) + " left");
        } else if (change.tenLeft()) {
            out.println(at + "10 seconds left");
        }
        if (change.paused()) {
            out.println(at + "Paused · p and Enter to go on");
        } else if (change.resumed() && !change.newSegment()) {
            out.println(at + "Going on · " + s.label() + " · "
                    + (s.counted() ? length(state) : Durations.format(state.remainingSeconds()) + " left"));
        }
        if (muted != wasMuted) {
            out.println(at + (muted ? "Muted · m and Enter to unmute" : "Sound on"));
            wasMuted = muted;
        }
        if (help) {
            prompts.println(keys(state.plan()));
            prompts.flush();
        }
        out.flush();
        if (out.checkError()) {
            // Nobody reads the coaching any more (a pipe closed, as by `| head`, or a full disk): the
            // session ends as at a hang-up, and the record says so rather than a finished session.
            throw new IOError(new IOException("the coach's output can't be written"));
        }
    }

    /** How long a segment lasts, or how its reps end. */
    private static String length(State state) {
        Segment s = state.segment();
        return !s.counted()
                ? Durations.format(s.seconds())
                : state.waitingForEnter()
                        ? s.reps() + " reps, press Enter when done"
                        : s.reps() + " reps, counted at their pace: " + Durations.format(s.seconds());
    }

    @Override
    public void unknownKey(State state) {
        prompts.println(at(state) + "That is not a key here: ? and Enter lists them.");
        prompts.flush();
    }

    @Override
    public void inputEnded(State state) {
        // Said only where it changes something: reps still to come that would have waited for Enter.
        List<Segment> segments = state.plan().segments();
        if (!state.finished()
                && segments.subList(state.index(), segments.size()).stream().anyMatch(Segment::waitsForEnter)) {
            out.println(at(state) + "The input has ended: timers go on, and reps are counted at their pace.");
            out.flush();
        }
    }

    @Override
    public boolean keysStayOpen() {
        return false;
    }

    @Override
    public boolean nextKeysPage() {
        return false;
    }

    /** Until the segment ends or reaches ten seconds left, whichever comes first. */
    @Override
    public long untilChange(State state) {
        if (state.paused() || state.waitingForEnter()) {
            return Long.MAX_VALUE;
        }
        long remaining = state.remainingNanos();
        long ten = 10_000_000_000L;
        return Math.max(1_000_000L, remaining > ten ? remaining - ten : remaining);
    }

    private static String at(State state) {
        return "[" + Durations.clock(Durations.secondsGone(state.elapsedNanos())) + "] ";
    }
}
