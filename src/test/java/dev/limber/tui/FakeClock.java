package dev.limber.tui;

/** A clock that moves only when told to, or when something waits on it. */
final class FakeClock implements Clock {

    static final long S = 1_000_000_000L;
    /** Where the clock starts: anywhere will do, as with System.nanoTime. */
    static final long ORIGIN = 7_000 * S;

    private long now = ORIGIN;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleep(long nanos) {
        now += Math.max(0, nanos);
    }

    synchronized void moveTo(long time) {
        now = Math.max(now, time);
    }

    /** Seconds since the origin, for assertions. */
    synchronized double seconds() {
        return (now - ORIGIN) / (double) S;
    }
}
