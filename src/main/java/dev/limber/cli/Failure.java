package dev.limber.cli;

/** A user-facing failure: one line for stderr and the exit status that goes with it. */
final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    Failure(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
