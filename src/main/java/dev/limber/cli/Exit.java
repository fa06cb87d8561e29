package dev.limber.cli;

import dev.limber.session.Ending;
import dev.limber.tui.Coach;
import dev.limber.tui.StopSignals;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Limber's exit statuses, the one place they are decided; the README's table mirrors this. The
 * numbers follow sysexits(3) where one fits, so scripts can tell bad data from a missing file.
 */
public final class Exit {

    private Exit() {}

    /** Done as asked. */
    public static final int OK = 0;
    /** Something went wrong inside Limber: a bug to report. */
    public static final int FAILURE = 1;
    /** The command line was wrong: an unknown option, a missing argument, a bad value. */
    public static final int USAGE = 2;
    /** A routine file is invalid (sysexits EX_DATAERR). */
    public static final int DATA = 65;
    /**
     * No routine with that id, or no such file or folder (sysexits EX_NOINPUT); for {@code remind
     * install}, no {@code limber} command a timer can run by its full path.
     */
    public static final int NOT_FOUND = 66;
    /**
     * Java could not start to run Limber (sysexits EX_UNAVAILABLE): told by the launchers, before any
     * Limber code runs (src/main/sh/limber-java.bash, {@code limber_java_starts}), never by Limber
     * itself; the number is here so that one place lists every status.
     */
    public static final int JAVA_CANNOT_START = 69;
    /**
     * A file could not be read or written for a reason outside Limber, said in the message
     * (sysexits EX_IOERR): the history is a link, a pipe or a folder, or its disk or permissions said
     * no; {@code remind} can't write or delete its timer's files, finds one there that isn't Limber's,
     * or systemctl fails; or Limber can't go on at all, such as when it runs out of file descriptors.
     */
    public static final int IO = 74;
    /** The config file has problems (sysexits EX_CONFIG); only {@code limber config} stops for them. */
    public static final int CONFIG = 78;
    /** The terminal hung up (SIGHUP), as a shell reports it: 128 + 1. */
    public static final int HANGUP = 129;
    /** Stopped with Ctrl-C (SIGINT): 128 + 2. */
    public static final int INTERRUPTED = 130;
    /** Stopped with SIGTERM: 128 + 15. */
    public static final int TERMINATED = 143;

    /**
     * How a session's ending is told to the shell: finishing and quitting with q are both fine; a
     * signal that asked it to end, as a shell reports a program that signal ended.
     */
    static int of(Coach.Result result) {
        return result.stop() != null ? of(result.stop()) : of(result.ending());
    }

    /** How a run of a session is told to the shell: Ctrl-C at a question before or after it, else its ending. */
    static int of(CoachedSession.Ended ended) {
        return ended.interrupted()
                ? INTERRUPTED
                : of(Objects.requireNonNull(ended.result(), "a run not stopped at a question"));
    }

    /** Ends the process with a status. A class, not a lambda: signals are set up at every start. */
    static final class SystemExit implements IntConsumer {
        @Override
        public void accept(int status) {
            System.exit(status);
        }
    }

    /** Ends the process now with the status for {@code result}: for a session stuck after a signal. */
    static void now(Coach.Result result) {
        System.exit(of(result));
    }

    /** Stopped by SIGTERM, SIGHUP or their kind: 128 + the signal's number, as a shell reports it. */
    static int of(StopSignals.Stop signal) {
        return signal.status();
    }

    /** How a session's ending is told to the shell: finishing and quitting with q are both fine. */
    static int of(Ending ending) {
        return switch (ending) {
            case FINISHED, QUIT -> OK;
            case INTERRUPT -> INTERRUPTED;
            case TERMINATE -> TERMINATED;
            case HANGUP -> HANGUP;
            case ERROR -> FAILURE;
        };
    }
}
