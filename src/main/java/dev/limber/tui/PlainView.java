package dev.limber.tui;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.routine.Disclaimer;
import dev.limber.routine.Durations;
import dev.limber.routine.Routine;
import dev.limber.session.State;
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

    PlainView(PrintWriter out) {
        this(out, out);
    }

    /** @param prompts where the person sees what asks for them (the start, and the caution before it) */
    PlainView(PrintWriter out, PrintWriter prompts) {
        this.out = out;
        this.prompts = prompts;
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
        boolean estimated = plan.segments().stream().anyMatch(Segment::counted);
        out.println(routine.title() + " · " + plan.steps() + (plan.steps() == 1 ? " step, " : " steps, ")
                + (estimated ? "about " : "") + Durations.format(plan.seconds()));
        for (PrintWriter to : prompts == out ? List.of(out) : List.of(out, prompts)) {
            if (!routine.caution().isEmpty()) {
                to.println("Caution: " + routine.caution());
            }
            to.println(Disclaimer.TEXT);
        }
        prompts.println(waitToStart ? "Press Enter to start (q and Enter to stop at any time)."
                : "Type q and Enter to stop at any time.");
        out.flush();
        prompts.flush();
    }

    @Override
    public void waiting(Plan plan) {
        // Said once, in the introduction.
    }

    @Override
    public void show(State state, Transition change, boolean muted, boolean help) {
        String at = at(state);
        if (change.finished()) {
            out.println(at + (state.quit() ? "Stopped." : "Done."));
        } else if (change.newSegment()) {
            Segment s = state.segment();
            String length = !s.counted() ? Durations.format(s.seconds())
                    : state.handsFree() ? s.reps() + " reps, counted at their pace: " + Durations.format(s.seconds())
                    : s.reps() + " reps, press Enter when done";
            out.println(at + s.label() + " · " + length);
            if (s.firstOfStep()) {
                s.cues().forEach(cue -> out.println("        · " + cue));
            }
        } else if (change.tenLeft()) {
            out.println(at + "10 seconds left");
        }
        out.flush();
    }

    @Override
    public void inputEnded(State state) {
        // Said only where it changes something: reps still to come.
        List<Segment> segments = state.plan().segments();
        if (!state.finished() && segments.subList(state.index(), segments.size()).stream().anyMatch(Segment::counted)) {
            out.println(at(state) + "The input has ended: timers go on, and reps are counted at their pace.");
            out.flush();
        }
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
        return "[" + Durations.clock(state.elapsedNanos() / 1_000_000_000L) + "] ";
    }
}
