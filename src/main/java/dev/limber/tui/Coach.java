package dev.limber.tui;

import dev.limber.plan.Plan;
import dev.limber.session.Event;
import dev.limber.session.Session;
import dev.limber.session.State;
import java.io.IOError;
import java.io.IOException;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * Coaches a plan full screen: feeds clock ticks and keys to the session, draws each state, rings the
 * bell and speaks on the way. It wakes at most about ten times a second, and exactly when the
 * countdown's second turns over, and draws only lines that changed.
 *
 * <p>Every way out gives the terminal back as it was: q, the end, Ctrl-C (or Ctrl-\), SIGTERM, SIGHUP
 * and the other signals that ask a program to end ({@link StopSignals}), an exception, and the JVM
 * shutting down. Ctrl-Z pauses, gives the terminal back and stops; {@code fg} takes it again and
 * redraws.
 */
public final class Coach {

    /** How a run ended; ERROR is a bug in Limber, after which the terminal is back all the same. */
    public enum Ending { FINISHED, QUIT, INTERRUPTED, TERMINATED, HANGUP, NOT_STARTED, ERROR }

    /**
     * @param state the session's last state, or null when it never started
     * @param error what went wrong, for {@link Ending#ERROR}; else null
     * @param stop  the signal that ended it, for {@link Ending#TERMINATED} and {@link Ending#HANGUP}; else null
     */
    public record Result(Ending ending, State state, RuntimeException error, StopSignals.Stop stop) {

        public Result(Ending ending, State state) {
            this(ending, state, null, null);
        }

        public Result(Ending ending, State state, RuntimeException error) {
            this(ending, state, error, null);
        }

        /** This result, as ended by that signal, if it is the ending the signal asked for. */
        Result by(StopSignals.Stop signal) {
            return signal == null || signal.ending() != ending ? this : new Result(ending, state, error, signal);
        }
    }

    /** At most this long between frames: ten a second. */
    static final long FRAME = 100_000_000L;
    /**
     * The longest the coach sleeps when nothing on screen changes: how soon a resize or a signal is
     * seen. Keys wake it at once.
     */
    static final long IDLE = 250_000_000L;
    /** How long a signalled stop may take before the JVM is told to exit anyway. */
    private static final long STOP_GRACE_MILLIS = 3_000;

    private final Terminal terminal;
    private final Keys keys;
    private final Clock clock;
    private final Screen screen;
    private final Sound sound;
    private final FullScreen full;
    private final Display display;
    private final Object lock = new Object();

    private volatile Ending signalled;
    private volatile StopSignals.Stop stoppedBy;
    private volatile Thread watchdog;
    /** The loop is waiting for a key: the terminal's read timeouts depend on raw mode, so leave it be. */
    private boolean reading;
    /** A Ctrl-Z waits for the loop to finish its read; meanwhile the loop starts no other. */
    private boolean suspending;
    private volatile boolean resized = true;
    private Session session;
    private State previous;
    private List<AttributedString> drawn;
    private boolean help;
    /** The keys were opened while the session ran, so closing them goes on. */
    private boolean helpPaused;
    private int rows;
    private int columns;

    Coach(Terminal terminal, Keys keys, Clock clock, Look look, Sound sound) {
        this.terminal = terminal;
        this.keys = keys;
        this.clock = clock;
        this.screen = new Screen(look);
        this.sound = sound;
        this.full = new FullScreen(terminal);
        this.display = new Display(terminal, true);
    }

    /**
     * A coach on a real terminal, with its keys and the system clock.
     *
     * @param bell  whether to ring the terminal bell ({@code --sound bell})
     * @param voice speaks segment names, when {@code --voice} found a command
     */
    public static Coach on(Terminal terminal, boolean color, boolean bell, java.util.Optional<Voice> voice) {
        Sound sound = new Sound(bell ? () -> terminal.puts(Capability.bell) : null, voice);
        return new Coach(terminal, new TerminalKeys(terminal), Clock.SYSTEM, new Look(color), sound);
    }

    /** Runs the plan to its end or until stopped; the terminal is back as it was when this returns. */
    public Result run(Plan plan, boolean waitToStart) {
        return coachPlan(plan, waitToStart).by(stoppedBy);
    }

    private Result coachPlan(Plan plan, boolean waitToStart) {
        SignalHandler oldInt = terminal.handle(Signal.INT, s -> stop(Ending.INTERRUPTED));
        SignalHandler oldWinch = terminal.handle(Signal.WINCH, s -> resized = true);
        SignalHandler oldTstp = terminal.handle(Signal.TSTP, s -> suspend());
        SignalHandler oldCont = terminal.handle(Signal.CONT, s -> resized = true);
        StopSignals.Registration stops = StopSignals.onEach(this::stop);
        Thread restore = new Thread(full::leave, "limber-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            full.enter();
            if (waitToStart) {
                // An Enter typed ahead during the check-in must not start the session unseen.
                keys.discardTypedAhead();
            }
            if (waitToStart && !waitForStart(plan)) {
                return new Result(signalled != null ? signalled : Ending.NOT_STARTED, null);
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
            full.leave();
            Thread stopping = watchdog;
            if (stopping != null) {
                // The session ended in time: the caller decides how the process exits.
                stopping.interrupt();
            }
            terminal.handle(Signal.INT, oldInt);
            terminal.handle(Signal.WINCH, oldWinch);
            terminal.handle(Signal.TSTP, oldTstp);
            terminal.handle(Signal.CONT, oldCont);
            stops.close();
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down; the hook runs anyway and finds nothing to do.
            }
        }
    }

    private boolean waitForStart(Plan plan) throws IOException {
        while (signalled == null) {
            synchronized (lock) {
                resize();
                draw(screen.start(plan, columns, rows));
                full.title("Limber · " + plan.routine().title());
            }
            Action action = readKey(FRAME);
            if (action == Action.COMPLETE || action == Action.END) {
                return true;
            }
            if (action == Action.QUIT) {
                return false;
            }
            if (action == Action.INTERRUPT) {
                stop(Ending.INTERRUPTED);
            }
        }
        return false;
    }

    private Result coach() throws IOException {
        boolean inputEnded = false;
        while (true) {
            State state;
            synchronized (lock) {
                if (signalled != null) {
                    return new Result(signalled, quit());
                }
                state = session.at(clock.nanoTime());
                react(state);
                if (state.finished()) {
                    return new Result(state.quit() ? Ending.QUIT : Ending.FINISHED, state);
                }
                resize();
                draw(screen.frame(state, columns, rows, sound.muted(), help));
                full.title(Screen.title(state));
            }
            long wait = untilNextFrame(state, columns);
            Action action;
            if (inputEnded) {
                try {
                    clock.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop(Ending.INTERRUPTED);
                }
                action = null;
            } else {
                action = readKey(wait);
            }
            if (action == Action.END) {
                // Nothing more can be typed: timers go on, and reps run for their estimate, counted, as
                // in plain mode.
                inputEnded = true;
                synchronized (lock) {
                    session.on(Event.HANDS_FREE, clock.nanoTime());
                }
                continue;
            }
            if (action != null) {
                synchronized (lock) {
                    apply(action);
                }
            }
        }
    }

    private State quit() {
        synchronized (lock) {
            return session == null ? null : session.on(Event.QUIT, clock.nanoTime());
        }
    }

    private void apply(Action action) {
        long now = clock.nanoTime();
        if (help) {
            // Any key closes the keys, and ends the pause they made; space or ? only closes them.
            help = false;
            if (helpPaused) {
                helpPaused = false;
                session.on(Event.RESUME, now);
                if (action == Action.TOGGLE_PAUSE) {
                    return;
                }
            }
            if (action == Action.HELP) {
                return;
            }
        } else if (action == Action.HELP) {
            // Reading the keys is no time for a countdown to run out.
            help = true;
            helpPaused = !session.at(now).paused();
            session.on(Event.PAUSE, now);
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
            case INTERRUPT -> stop(Ending.INTERRUPTED);
            case MUTE -> sound.toggleMute();
            case HELP, OTHER, END -> { }
        }
    }

    /** Bell and voice for what changed since the last state. */
    private void react(State state) {
        Transition change = Transition.between(previous, state);
        previous = state;
        sound.react(change, state);
    }

    /**
     * Until the screen would next change, exactly, so the countdown turns over on time; but no more
     * than ten frames a second, and no longer than {@link #IDLE} when nothing changes.
     */
    private static long untilNextFrame(State state, int columns) {
        long other = Math.max(FRAME, Screen.untilChange(state, columns));
        long countdown = state.paused() || state.segment().counted() ? Long.MAX_VALUE
                : Math.max(1_000_000L, (state.remainingNanos() - 1) % 1_000_000_000L + 1);
        return Math.min(IDLE, Math.min(countdown, other));
    }

    private void resize() {
        if (!resized) {
            return;
        }
        resized = false;
        Size size = terminal.getSize();
        // One column short of the edge, so the bottom line never makes the screen scroll.
        columns = Math.max(1, (size.getColumns() > 0 ? size.getColumns() : 80) - 1);
        rows = Math.max(1, size.getRows() > 0 ? size.getRows() : 24);
        display.clear();
        display.resize(rows, columns + 1);
        drawn = null;
    }

    /** The lines last handed to the display: what the screen shows now. */
    List<AttributedString> drawn() {
        synchronized (lock) {
            return drawn == null ? List.of() : drawn;
        }
    }

    private void draw(List<AttributedString> lines) {
        if (lines.equals(drawn)) {
            return;
        }
        display.update(lines, 0);
        drawn = lines;
    }

    /** From SIGTERM, SIGHUP and their kind. */
    private void stop(StopSignals.Stop signal) {
        if (signalled == null) {
            stoppedBy = signal;
        }
        stop(signal.ending());
    }

    /** From a signal: end the session at the next frame; if that hangs, the JVM exits anyway. */
    private void stop(Ending ending) {
        if (signalled != null) {
            return;
        }
        signalled = ending;
        watchdog = new Thread(() -> {
            try {
                Thread.sleep(STOP_GRACE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            full.leave();
            StopSignals.Stop signal = stoppedBy;
            System.exit(signal != null ? signal.status() : ending == Ending.TERMINATED ? 143
                    : ending == Ending.HANGUP ? 129 : 130);
        }, "limber-stop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /**
     * Reads a key, unless a Ctrl-Z is being handled. A read started while the terminal is out of raw
     * mode would block until a key comes (JLine's read timeouts rely on raw mode), and the screen
     * would stay blank after {@code fg}.
     */
    private Action readKey(long wait) throws IOException {
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

    /** Ctrl-Z: pause, give the terminal back, stop; on {@code fg}, take it again and redraw. */
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
                full.leave();
                Suspension.stopThisProcess();
                full.enter();
                resized = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                suspending = false;
                lock.notifyAll();
            }
        }
    }
}
