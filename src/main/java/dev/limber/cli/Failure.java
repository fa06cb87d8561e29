package dev.limber.cli;

import dev.limber.document.Problem;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A user-facing failure: one line for stderr and the exit status that goes with it. */
final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    Failure(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The one line for stderr: never null. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }

    int status() {
        return status;
    }

    /**
     * Tells whatever stopped a command in one line a person can act on, and answers the exit status:
     * a Failure as it says; a file that could not be read or written, with what went wrong, 74;
     * anything else is a bug in Limber, 1. Never with Java's names for things, which mean nothing to
     * the person: {@code --debug} shows those, with the stack trace.
     */
    static int tell(Throwable e, PrintWriter err, boolean debug) {
        int status;
        IOException io = ioCause(e);
        if (io == null && e instanceof LinkageError) {
            // A class that can't be loaded is most often a jar that can't be opened: see if any file can.
            io = cannotOpen();
        }
        if (e instanceof Failure failure) {
            err.println("limber: " + failure.getMessage());
            return failure.status();
        } else if (io != null) {
            err.println("limber: cannot go on: " + Problem.reason(io));
            status = Exit.IO;
        } else if (e instanceof LinkageError) {
            err.println("limber: cannot go on: part of Limber could not be loaded; reinstall it");
            status = Exit.IO;
        } else if (e instanceof java.nio.file.InvalidPathException path) {
            // Java holds file names in the locale's character set: with none (POSIX), ASCII only.
            err.println("limber: cannot go on: the file name '" + dev.limber.document.Printable.of(path.getInput(), 60)
                    + "' can't be used in this locale's character set; run with a UTF-8 locale, such as"
                    + " LANG=C.UTF-8");
            status = Exit.IO;
        } else {
            String what = e instanceof StackOverflowError
                    ? " (it recursed too deep)"
                    : e instanceof OutOfMemoryError ? " (it ran out of memory)" : "";
            err.println("limber: unexpected error inside Limber" + what
                    + (debug ? "" : "; this is a bug: run again with --debug for the details, and report it"));
            status = Exit.FAILURE;
        }
        if (debug) {
            // Tabs would be escaped on their way to stderr like any control character.
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace.toString().replace("\t", "    "));
        }
        return status;
    }

    /**
     * The I/O error behind {@code e}, if one is. Java fails to initialise some of its classes when
     * the process runs out of file descriptors (FileChannel's needs one), and after the first time
     * says so only in the message of the error it throws: that counts too.
     */
    private static @Nullable IOException ioCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
            if (cause.getMessage() != null && cause.getMessage().contains(TOO_MANY_FILES)) {
                return new IOException(TOO_MANY_FILES);
            }
        }
        return null;
    }

    private static final String TOO_MANY_FILES = "Too many open files";

    /** Why no file can be opened just now, or null when one can. */
    @SuppressWarnings("try") // the probe is only opened, to see whether it can be
    private static @Nullable IOException cannotOpen() {
        File nothing = new File("/dev/null");
        if (!nothing.exists()) {
            return null;
        }
        try (FileInputStream probe = new FileInputStream(nothing)) {
            return null;
        } catch (IOException e) {
            return e;
        }
    }
}
