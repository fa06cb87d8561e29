package dev.limber.tui;

import dev.limber.plan.Plan;
import dev.limber.session.Ending;
import dev.limber.session.Event;
import dev.limber.session.Session;
import dev.limber.session.State;
import java.io.IOError;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;
import org.jspecify.annotations.Nullable;

/**
 * Coaches a plan: the one loop that feeds clock ticks and keys to the session, answers signals,
 * rings the bell and speaks on the way, and hands each moment to its {@link View}, full screen or
 * plain lines. It wakes when the view would show something new, and at least four times a second to
 * see a signal; keys wake it at once.
 *
 * <p>Every way out gives the output back as it was: q, the end, Ctrl-C (or Ctrl-\ on a full
 * screen), SIGTERM, SIGHUP and the other signals that ask a program to end ({@link StopSignals}), an
 * exception, and the JVM shutting down. On a full screen Ctrl-Z pauses, gives the terminal back and
 * stops; {@code fg} takes it again and redraws.
 *
 * <p>When the input ends (a script's {@code </dev/null}), the timers go on and each rep step takes
 * its reps at its pace, counted rather than confirmed.
 */
public final class Coach {

    /**
     * How a coached session ended.
     *
     * @param state the session's last state, or null when it never started
     * @param error what went wrong, for {@link Ending#ERROR}; else null
     * @param stop  the signal that ended it, for {@link Ending#TERMINATE} and {@link Ending#HANGUP}; else null
     */
    public record Result(
            Ending ending, @Nullable State state, @Nullable RuntimeException error, StopSignals.@Nullable Stop stop) {

        public Result(Ending ending, @Nullable State state) {
            this(ending, state, null, null);
        }

        public Result(Ending ending, @Nullable State state, RuntimeException error) {
            this(ending, state, error, null);
        }

        /** This result, as ended by that signal, if it is the ending the signal asked for. */
        Result by(StopSignals.@Nullable Stop signal) {
            return signal == null || signal.ending() != ending ? this : new Result(ending, state, error, signal);
        }
    }

    /** At most this long between frames: ten a second. */
    static final long FRAME = 100_000_000L;
    /**
     * The longest the coach sleeps when the view shows nothing new: how soon a resize or a signal is
     * seen. Keys wake it at once.
     */
    static final long IDLE = 250_000_000L;
    /** How long a signalled stop may take before the JVM is told to exit anyway. */
    private static final long STOP_GRACE_MILLIS = 3_000;

    private final View view;
    private final Keys keys;
    private final Clock clock;
    private final Audio sound;
    private final Object lock = new Object();

    private volatile @Nullable Ending signalled;
    private volatile StopSignals.@Nullable Stop stoppedBy;
    private volatile @Nullable Thread watchdog;
    /** The loop is waiting for a key: the terminal's read timeouts depend on raw mode, so leave it be. */
    private boolean reading;
    /** A Ctrl-Z waits for the loop to finish its read; meanwhile the loop starts no other. */
    private boolean suspending;

    private @Nullable Session session;
    private @Nullable State previous;
    /** What ends the process when a signalled stop hangs; the caller's, as the exit status is. */
    private Consumer<Result> whenStuck = result -> {};

    private boolean help;
    /** The keys were opened while the session ran, so closing them goes on. */
    private boolean helpPaused;

    Coach(View view, Keys keys, Clock clock, Audio sound) {
        this.view = view;
        this.keys = keys;
        this.clock = clock;
        this.sound = sound;
    }

    /** A full-screen coach on {@code terminal}, its keys from {@code keys}. */
    Coach(Terminal terminal, Keys keys, Clock clock, Look look, Audio sound) {
        this(new FullScreenView(terminal, look), keys, clock, sound);
    }

    /**
     * A full-screen coach on a real terminal, with its keys and the system clock.
     *
     * @param bell  whether to ring the terminal bell ({@code --sound bell})
     * @param voice speaks segment names, when {@code --voice} found a command
     */
    public static Coach on(Terminal terminal, boolean color, boolean bell, Optional<Voice> voice) {
        Audio sound = new Audio(bell ? () -> terminal.puts(Capability.bell) : null, voice);
        return new Coach(terminal, new TerminalKeys(terminal), Clock.SYSTEM, new Look(color), sound);
    }

    /**
     * A coach in plain lines written to {@code out}, its keys lines typed on standard input, and the
     * system clock.
     *
     * @param prompts where the person sees what asks for them (the start, and the caution before it)
     * @param width   the terminal's width, where the lines are read on one (broken at spaces to it); else 0
     * @param bell    rings the terminal bell, or null for none (output that is not a terminal gets none)
     */
    public static Coach plain(
            PrintWriter out,
            PrintWriter prompts,
            int width,
            LineKeys lines,
            @Nullable Runnable bell,
            Optional<Voice> voice) {
        return new Coach(new PlainView(out, prompts, width), lines, Clock.SYSTEM, new Audio(bell, voice));
    }

    /**
     * What to do should a stop that a signal asked for take longer than a few seconds (the loop is
     * stuck): the output is back as it was by then; {@code exit} ends the process with the status
     * the result calls for.
     */
    public Coach whenStuck(Consumer<Result> exit) {
        this.whenStuck = exit;
        return this;
    }

    /** Runs the plan to its end or until stopped; the output is back as it was when this returns. */
    public Result run(Plan plan, boolean waitToStart) {
        return coachPlan(plan, waitToStart).by(stoppedBy);
    }

    /** The lines a full screen shows now, for tests; none in plain mode. */
    List<AttributedString> drawn() {
        return view instanceof FullScreenView full ? full.drawn() : List.of();
    }

    private Result coachPlan(Plan plan, boolean waitToStart) {
        Runnable signals = view.handleSignals(() -> stop(Ending.INTERRUPT), this::suspend);
        StopSignals.Registration stops = StopSignals.onEach(this::stop);
        Thread restore = new Thread(view::close, "limber-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            view.open();
            view.introduce(plan, waitToStart);
            if (waitToStart && !waitForStart(plan)) {
                return new Result(signalled != null ? signalled : Ending.QUIT, null);
            }
            synchronized (lock) {
                session = new Session(plan, clock.nanoTime());
            }
            return coach();
        } catch (IOException | IOError e) {
            // The terminal went away under us (a hang-up); what was done still counts.
            return new Result(Ending.HANGUP, quit());
        } catch (RuntimeException e) {
            // A bug: the session still ends cleanly, so what was done can be kept and the terminal restored.
            return new Result(Ending.ERROR, quit(), e);
        } finally {
            view.close();
            Thread stopping = watchdog;
            if (stopping != null) {
                // The session ended in time: the caller decides how the process exits.
                stopping.interrupt();
            }
            signals.run();
            stops.close();
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down; the hook runs anyway and finds nothing to do.
            }
        }
    }

    private boolean waitForStart(Plan plan) throws IOException {
        // An Enter typed ahead during the check-in must not start the session unseen.
        keys.discardTypedAhead();
        while (signalled == null) {
            synchronized (lock) {
                view.waiting(plan);
            }
            Action action = readKey(FRAME);
            if (action == Action.COMPLETE || action == Action.END) {
                return true;
            }
            if (action == Action.QUIT) {
                return false;
            }
            if (action == Action.INTERRUPT) {
                stop(Ending.INTERRUPT);
            }
        }
        return false;
    }

    private Result coach() throws IOException {
        Session session = Objects.requireNonNull(this.session); // made before coach() is called
        boolean inputEnded = false;
        while (true) {
            State state;
            synchronized (lock) {
                if (signalled != null) {
                    return new Result(signalled, quit());
                }
                state = show(session.at(clock.nanoTime()));
                if (state.finished()) {
                    return new Result(state.quit() ? Ending.QUIT : Ending.FINISHED, state);
                }
            }
            long wait = Math.max(1, Math.min(IDLE, view.untilChange(state)));
            Action action = null;
            if (!inputEnded && (!keys.onlyWhenNeeded() || state.waitingForEnter())) {
                action = readKey(wait);
            } else {
                sleep(wait);
            }
            if (action == Action.END) {
                // Nothing more can be typed: timers go on (a pause too, as no key can end it now), and
                // reps run for their estimate, counted.
                inputEnded = true;
                synchronized (lock) {
                    session.on(Event.HANDS_FREE, clock.nanoTime());
                    view.inputEnded(session.on(Event.RESUME, clock.nanoTime()));
                }
            } else if (action != null) {
                synchronized (lock) {
                    apply(action);
                }
            }
        }
    }

    /** Bell and voice for what changed since the moment shown before, then this one on the view. */
    private State show(State state) {
        Transition change = Transition.between(previous, state);
        previous = state;
        sound.react(change, state);
        view.show(state, change, sound.muted(), help);
        // Keys said in a line are said once for each time they are asked for.
        help &= view.keysStayOpen();
        return state;
    }

    private @Nullable State quit() {
        synchronized (lock) {
            return session == null ? null : session.on(Event.QUIT, clock.nanoTime());
        }
    }

    private void apply(Action action) {
        Session session = Objects.requireNonNull(this.session); // keys are applied while coach() runs
        long now = clock.nanoTime();
        if (help) {
            if (action == Action.HELP && view.nextKeysPage()) {
                return;
            }
            // Any key closes the keys, and ends the pause they made; only q and Ctrl-C do more, as the
            // keys screen says: a key pressed to close them must not also skip or add time.
            help = false;
            if (helpPaused) {
                helpPaused = false;
                session.on(Event.RESUME, now);
            }
            if (action != Action.QUIT && action != Action.INTERRUPT) {
                return;
            }
        } else if (action == Action.HELP) {
            help = true;
            if (view.keysStayOpen()) {
                // Reading the keys is no time for a countdown to run out.
                helpPaused = !session.at(now).paused();
                session.on(Event.PAUSE, now);
            }
            return;
        }
        switch (action) {
            case TOGGLE_PAUSE -> session.on(Event.TOGGLE_PAUSE, now);
            case COMPLETE -> session.on(Event.COMPLETE, now);
            case NEXT -> session.on(Event.NEXT, now);
            case BACK -> session.on(Event.BACK, now);
            case RESTART -> session.on(Event.RESTART, now);
            case MORE_TIME -> session.on(Event.MORE_TIME, now);
            case LESS_TIME -> session.on(Event.LESS_TIME, now);
            case QUIT -> session.on(Event.QUIT, now);
            case INTERRUPT -> stop(Ending.INTERRUPT);
            case MUTE -> sound.toggleMute();
            case OTHER -> view.unknownKey(session.at(now));
            case HELP, END -> {}
        }
    }

    private void sleep(long nanos) {
        try {
            clock.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(Ending.INTERRUPT);
        }
    }

    /** From SIGTERM, SIGHUP and their kind. */
    private void stop(StopSignals.Stop signal) {
        if (signalled == null) {
            stoppedBy = signal;
        }
        stop(signal.ending());
    }

    /** From a signal: end the session at the next wake-up; if that hangs, {@link #whenStuck} is called. */
    private void stop(Ending ending) {
        if (signalled != null) {
            return;
        }
        signalled = ending;
        watchdog = new Thread(
                () -> {
                    try {
                        Thread.sleep(STOP_GRACE_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    view.close();
                    // The caller decides the status and ends the process: the loop is stuck, and can't return.
                    whenStuck.accept(new Result(ending, null, null, stoppedBy));
                },
                "limber-stop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /**
     * Reads a key, unless a Ctrl-Z is being handled. A read started while the terminal is out of raw
     * mode would block until a key comes (JLine's read timeouts rely on raw mode), and the screen
     * would stay blank after {@code fg}.
     */
    private @Nullable Action readKey(long wait) throws IOException {
        synchronized (lock) {
            while (suspending) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            reading = true;
        }
        try {
            return keys.read(wait);
        } finally {
            synchronized (lock) {
                reading = false;
                lock.notifyAll();
            }
        }
    }

    /** Ctrl-Z on a full screen: pause, give the terminal back, stop; on {@code fg}, take it again and redraw. */
    private void suspend() {
        synchronized (lock) {
            suspending = true;
            try {
                // The loop's read ends within its timeout, which needs raw mode still on.
                while (reading) {
                    lock.wait();
                }
                if (session != null) {
                    previous = session.on(Event.PAUSE, clock.nanoTime());
                }
                // The pause is Ctrl-Z's now: closing the keys after fg leaves it paused.
                helpPaused = false;
                view.close();
                Suspension.stopThisProcess();
                view.open();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                suspending = false;
                lock.notifyAll();
            }
        }
    }
}
