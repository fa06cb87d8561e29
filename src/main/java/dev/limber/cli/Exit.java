package dev.limber.cli;

/**
 * Limber's exit statuses, the one place they are decided; the README's table mirrors this. The
 * numbers follow sysexits(3) where one fits, so scripts can tell bad data from a missing file.
 */
public final class Exit {

    private Exit() {
    }

    /** Done as asked. */
    public static final int OK = 0;
    /** Something went wrong inside Limber: a bug to report. */
    public static final int FAILURE = 1;
    /** The command line was wrong: an unknown option, a missing argument, a bad value. */
    public static final int USAGE = 2;
    /** A routine file is invalid (sysexits EX_DATAERR). */
    public static final int DATA = 65;
    /** No routine with that id, or no such file or folder (sysexits EX_NOINPUT). */
    public static final int NOT_FOUND = 66;
}
