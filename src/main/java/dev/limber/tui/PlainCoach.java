package dev.limber.tui;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.routine.Disclaimer;
import dev.limber.routine.Durations;
import dev.limber.routine.Routine;
import dev.limber.session.Event;
import dev.limber.session.Session;
import dev.limber.session.State;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.jline.utils.Signals;

/**
 * Coaches in plain lines, for a screen reader, a log or a terminal that can't do more: one line when
 * each segment starts, a line at ten seconds left in a longer hold, and one when it is all done.
 * Never a line a second, and no cursor movement. Timers are as real as on the full screen.
 */
public final class PlainCoach {

    /** How often a wait looks up, so a signal is answered within it. */
    private static final long POLL = 200_000_000L;

    private final PrintWriter out;
    /** Where the person reads what asks for them: {@code out}, unless that is not their terminal. */
    private final PrintWriter prompts;
    private final Keys keys;
    private final Clock clock;
    private final Sound sound;
    private volatile Coach.Ending signalled;
    private volatile StopSignals.Stop stoppedBy;
    private Session session;

    PlainCoach(PrintWriter out, Keys keys, Clock clock, Sound sound) {
        this(out, out, keys, clock, sound);
    }

    PlainCoach(PrintWriter out, PrintWriter prompts, Keys keys, Clock clock, Sound sound) {
        this.out = out;
        this.prompts = prompts;
        this.keys = keys;
        this.clock = clock;
        this.sound = sound;
    }

    /**
     * A plain coach writing to {@code out} and reading lines typed on standard input.
     *
     * @param prompts where the person sees what asks for them (the start, and the caution before it)
     * @param bell    rings the terminal bell, or null for none (output that is not a terminal gets none)
     */
    public static PlainCoach on(PrintWriter out, PrintWriter prompts, LineKeys lines, Runnable bell,
            Optional<Voice> voice) {
        return new PlainCoach(out, prompts, lines, Clock.SYSTEM, new Sound(bell, voice));
    }

    /** Runs the plan to its end or until stopped (Ctrl-C, SIGTERM, SIGHUP and their kind, or a line with q). */
    public Coach.Result run(Plan plan, boolean waitToStart) {
        return coachPlan(plan, waitToStart).by(stoppedBy);
    }

    private Coach.Result coachPlan(Plan plan, boolean waitToStart) {
        Object oldInt = Signals.register("INT", () -> signalled = Coach.Ending.INTERRUPTED);
        StopSignals.Registration stops = StopSignals.onEach(signal -> {
            if (signalled == null) {
                stoppedBy = signal;
                signalled = signal.ending();
            }
        });
        try {
            introduce(plan.routine(), plan, waitToStart);
            if (waitToStart && !waitForEnter()) {
                return new Coach.Result(signalled != null ? signalled : Coach.Ending.NOT_STARTED, null);
            }
            session = new Session(plan, clock.nanoTime());
            return coach(session);
        } catch (IOException e) {
            return new Coach.Result(Coach.Ending.HANGUP, session == null ? null
                    : session.on(Event.QUIT, clock.nanoTime()));
        } catch (RuntimeException e) {
            return new Coach.Result(Coach.Ending.ERROR, session == null ? null
                    : session.on(Event.QUIT, clock.nanoTime()), e);
        } finally {
            out.flush();
            Signals.unregister("INT", oldInt);
            stops.close();
        }
    }

    /**
     * The routine, its caution and Limber's own line in the log; the caution, that line and how to
     * start to the person, when they read elsewhere.
     */
    private void introduce(Routine routine, Plan plan, boolean waitToStart) {
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

    private boolean waitForEnter() throws IOException {
        keys.discardTypedAhead();
        while (signalled == null) {
            Action action = keys.read(POLL);
            if (action == Action.COMPLETE || action == Action.END) {
                return true;
            }
            if (action == Action.QUIT) {
                return false;
            }
        }
        return false;
    }

    private Coach.Result coach(Session session) throws IOException {
        State before = null;
        boolean inputEnded = false;
        while (true) {
            if (signalled != null) {
                return new Coach.Result(signalled, session.on(Event.QUIT, clock.nanoTime()));
            }
            State state = session.at(clock.nanoTime());
            Transition change = Transition.between(before, state);
            before = state;
            tell(change, state);
            sound.react(change, state);
            if (state.finished()) {
                return new Coach.Result(state.quit() ? Coach.Ending.QUIT : Coach.Ending.FINISHED, state);
            }
            long wait = Math.min(POLL, untilNews(state));
            Action action;
            if (inputEnded || (scripted() && !(state.segment().counted() && !state.handsFree()))) {
                // A script's lines are read only when one is needed (Enter for reps, then the
                // check-in's answers): a timed hold never takes an answer meant for a question.
                sleep(wait);
                action = null;
            } else {
                action = keys.read(wait);
            }
            if (action == Action.END) {
                // Nothing more can be typed: timers go on, and reps run for their estimate, counted.
                inputEnded = true;
                State now = session.on(Event.HANDS_FREE, clock.nanoTime());
                // Said only where it changes something: reps still to come.
                if (!now.finished() && now.plan().segments().subList(now.index(), now.plan().segments().size())
                        .stream().anyMatch(Segment::counted)) {
                    out.println("[" + Durations.clock(now.elapsedNanos() / 1_000_000_000L) + "] The input has ended:"
                            + " timers go on, and reps are counted at their pace.");
                }
            } else if (action != null) {
                Event event = switch (action) {
                    case COMPLETE -> Event.COMPLETE;
                    case QUIT -> Event.QUIT;
                    case NEXT -> Event.NEXT;
                    case TOGGLE_PAUSE -> Event.TOGGLE_PAUSE;
                    default -> Event.TICK;
                };
                session.on(event, clock.nanoTime());
            }
        }
    }

    /** Lines from a script, not typed at a terminal: each is read only when one is needed. */
    private boolean scripted() {
        return keys instanceof LineKeys lines && !lines.typed();
    }

    /** Until the segment ends or reaches ten seconds left, whichever comes first. */
    private static long untilNews(State state) {
        if (state.paused() || (state.segment().counted() && !state.handsFree())) {
            return POLL;
        }
        long remaining = state.remainingNanos();
        long ten = 10_000_000_000L;
        return Math.max(1_000_000L, remaining > ten ? remaining - ten : remaining);
    }

    private void sleep(long nanos) {
        try {
            clock.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            signalled = Coach.Ending.INTERRUPTED;
        }
    }

    private void tell(Transition change, State state) {
        String at = "[" + Durations.clock(state.elapsedNanos() / 1_000_000_000L) + "] ";
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
}
