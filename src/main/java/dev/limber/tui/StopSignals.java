package dev.limber.tui;

import dev.limber.session.Ending;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The signals that ask a program to end, and how Limber answers each of them: a session in progress
 * ends and is saved, the terminal is given back, and the process exits with 128 + the signal's
 * number, as a shell reports a program a signal ended (143 for SIGTERM, 138 for SIGUSR1 on Linux).
 *
 * <p>The JVM answers SIGTERM, SIGHUP and SIGINT by running its shutdown hooks and exiting so; the
 * others here it leaves to the system, which ends the process at once with nothing saved. Not here,
 * and why, in docs/robustness.md ("Signals"): SIGQUIT, SIGSEGV, SIGBUS, SIGFPE and SIGILL, which the
 * JVM keeps for itself; SIGABRT, SIGTRAP and SIGSYS, which report a fault rather than ask for an end;
 * SIGKILL and SIGSTOP, which no program can catch; and the real-time signals, which Java cannot name.
 *
 * <p>A signal that someone else has claimed is left to them: one ignored when Limber started (as
 * {@code nohup} ignores SIGHUP), and one with a handler of its own, such as the flight recorder's
 * SIGPROF when it samples CPU time, or SIGUSR2, with which the JVM pauses threads for the flight
 * recorder's sampling (a stray one crashed Java 17). The launcher moves that to SIGRTMAX on Linux,
 * which leaves SIGUSR2 to Limber.
 *
 * <p>{@code sun.misc.Signal} is used directly (module jdk.unsupported, hence javac's warning): JLine's
 * reflective {@code Signals} builds a proxy class for it, 20 to 30 ms that every command would pay.
 */
public final class StopSignals {

    /** SIGINT is not here: Ctrl-C comes through the terminal, and stops a session its own way. */
    static final List<String> NAMES =
            List.of("TERM", "HUP", "USR1", "USR2", "ALRM", "VTALRM", "PROF", "IO", "PWR", "STKFLT", "XCPU");

    /** The signals the JVM itself answers with its shutdown hooks and an exit. */
    private static final List<String> JVM_ANSWERS = List.of("TERM", "HUP");

    /** A signal that stopped Limber: {@code name} as people know it ("SIGTERM"). */
    public record Stop(String name, int number) {

        /** How a shell reports a program this signal ended. */
        public int status() {
            return 128 + number;
        }

        Ending ending() {
            return name.equals("SIGHUP") ? Ending.HANGUP : Ending.TERMINATE;
        }
    }

    /** Handlers to put back: {@link #close} undoes {@link #onEach}. */
    static final class Registration implements AutoCloseable {
        private final List<Signal> signals = new ArrayList<>();
        private final List<SignalHandler> before = new ArrayList<>();

        @Override
        public void close() {
            for (int i = 0; i < signals.size(); i++) {
                handle(signals.get(i), before.get(i));
            }
        }
    }

    private StopSignals() {}

    /**
     * For the life of the process, the signals the JVM leaves to the system exit as SIGTERM does:
     * shutdown hooks first (a session's record, the terminal's settings), then 128 + the number,
     * through {@code exitWith} (the caller ends the process: {@code tui} never does).
     */
    public static void exitOnEach(IntConsumer exitWith) {
        SignalHandler exit = new Exit(exitWith);
        for (String name : NAMES) {
            Signal signal = JVM_ANSWERS.contains(name) ? null : signal(name);
            if (signal != null) {
                take(signal, exit);
            }
        }
    }

    /** A class rather than a lambda: this runs at every start, and a lambda's class is made then. */
    private static final class Exit implements SignalHandler {
        private final IntConsumer exit;

        Exit(IntConsumer exit) {
            this.exit = exit;
        }

        @Override
        public void handle(Signal signal) {
            exit.accept(128 + signal.getNumber());
        }
    }

    /** Until closed, each of these signals calls {@code stop} (on a thread of its own) instead. */
    static Registration onEach(Consumer<Stop> stop) {
        Registration registration = new Registration();
        SignalHandler handler = signal -> stop.accept(new Stop("SIG" + signal.getName(), signal.getNumber()));
        for (String name : NAMES) {
            Signal signal = signal(name);
            SignalHandler before = signal == null ? null : take(signal, handler);
            if (before != null) {
                registration.signals.add(signal);
                registration.before.add(before);
            }
        }
        return registration;
    }

    /** The signal of this name, or null where this system has none. */
    private static @Nullable Signal signal(String name) {
        try {
            return new Signal(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Hands the signal to {@code handler} unless someone else has claimed it: answers the handler
     * before, or null when the signal is left as it was (or the JVM keeps it).
     */
    private static @Nullable SignalHandler take(Signal signal, SignalHandler handler) {
        SignalHandler before;
        try {
            before = Signal.handle(signal, handler);
        } catch (IllegalArgumentException e) {
            return null;
        }
        // Ours: the system's default, our own exit, or the JVM's for SIGTERM and SIGHUP (not ignored).
        boolean ours = before == SignalHandler.SIG_DFL
                || before instanceof Exit
                || (JVM_ANSWERS.contains(signal.getName()) && before != SignalHandler.SIG_IGN);
        if (!ours) {
            handle(signal, before);
            return null;
        }
        return before;
    }

    private static void handle(Signal signal, SignalHandler handler) {
        try {
            Signal.handle(signal, handler);
        } catch (IllegalArgumentException e) {
            // The JVM keeps it: nothing was changed.
        }
    }
}
