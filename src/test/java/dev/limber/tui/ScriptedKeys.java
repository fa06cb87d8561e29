package dev.limber.tui;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keys typed at set moments of a fake clock. Waiting for a key moves the clock on instead of
 * sleeping, so a half-hour routine is coached in milliseconds.
 */
final class ScriptedKeys implements Keys {

    private record Step(long at, Action action, Runnable effect) {}

    /** Simulated time after which a test must be stuck: a day and a bit. */
    private static final long GIVE_UP = 30 * 3600 * FakeClock.S;

    private final FakeClock clock;
    private final Deque<Step> steps = new ArrayDeque<>();

    ScriptedKeys(FakeClock clock) {
        this.clock = clock;
    }

    /** The key is pressed this many seconds after the clock's origin. */
    ScriptedKeys at(double seconds, Action action) {
        steps.add(new Step(time(seconds), action, null));
        return this;
    }

    /** Something happens (a snapshot, a signal) this many seconds after the clock's origin. */
    ScriptedKeys at(double seconds, Runnable effect) {
        steps.add(new Step(time(seconds), null, effect));
        return this;
    }

    private static long time(double seconds) {
        return FakeClock.ORIGIN + Math.round(seconds * FakeClock.S);
    }

    @Override
    public Action read(long timeoutNanos) {
        if (clock.nanoTime() - FakeClock.ORIGIN > GIVE_UP) {
            throw new AssertionError("the coach is still running after a simulated day; a key missing?");
        }
        Step next = steps.peek();
        if (next != null && next.at() <= clock.nanoTime() + timeoutNanos) {
            steps.poll();
            clock.moveTo(next.at());
            if (next.effect() != null) {
                next.effect().run();
                return null;
            }
            return next.action();
        }
        clock.sleep(timeoutNanos);
        return null;
    }
}
