package dev.limber.tui;

/** Where the coach gets the time and waits for it: the monotonic clock, or a fake one in tests. */
public interface Clock {

    /** Nanoseconds from an arbitrary origin, never going back, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Waits about this long; a fake clock just moves on. */
    void sleep(long nanos) throws InterruptedException;

    Clock SYSTEM = new Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
            }
        }
    };
}
