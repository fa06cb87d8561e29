package dev.limber.session;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan being run: a state machine that takes events with the monotonic time they happened at
 * (nanoseconds, as {@link System#nanoTime()} gives them) and answers the state to show. It never
 * reads a clock, sleeps or prints, so a 30-minute routine runs through in microseconds in a test.
 *
 * <p>A timed segment ends at a deadline: its start, plus its length, plus time added or removed,
 * plus time paused. However late the ticks come, the next segment starts at that deadline, so
 * lateness never adds up. A rep segment has no deadline and waits for {@link Event#COMPLETE}, unless
 * its reps end by themselves ({@code auto_reps}): then its estimate is its deadline, and it is done.
 */
public final class Session {

    static final long SECOND = 1_000_000_000L;
    /** What {@code +} and {@code -} change. */
    static final long STEP = 15 * SECOND;
    /** Pressing back this early in a segment goes to the previous one, as in a music player. */
    static final long BACK_TO_PREVIOUS = 2 * SECOND;

    private final Plan plan;
    private final Outcome[] outcomes;
    private final long[] spent;
    /** Planned nanoseconds after each segment, so the time left is one lookup, not a sum per frame. */
    private final long[] after;

    private int index;
    /** Segments started so far, over again included: the first one at construction. */
    private int starts = 1;

    private long startedAt;
    private long extra;
    private long pausedTotal;
    /** Time paused in segments already left, so the whole session's pauses can be told. */
    private long pausedBefore;

    private boolean paused;
    private long pausedAt;
    private boolean finished;
    private boolean quit;
    private boolean handsFree;
    private long lastNow;

    /** Starts the plan's first segment at {@code now}. */
    public Session(Plan plan, long now) {
        if (plan.segments().isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one segment");
        }
        this.plan = plan;
        this.outcomes = new Outcome[plan.segments().size()];
        this.spent = new long[plan.segments().size()];
        this.after = new long[plan.segments().size()];
        for (int i = after.length - 2; i >= 0; i--) {
            after[i] = after[i + 1] + plan.segments().get(i + 1).seconds() * SECOND;
        }
        this.startedAt = now;
        this.lastNow = now;
    }

    /** Applies one event that happened at {@code now} and answers the state after it. */
    public State on(Event event, long now) {
        // A monotonic clock never goes back; a caller's mistake must not make time run backwards.
        now = Math.max(now, lastNow);
        lastNow = now;
        if (finished) {
            return state(now);
        }
        advanceTo(now);
        if (finished) {
            return state(now);
        }
        switch (event) {
            case TICK -> {}
            case PAUSE -> pause(now);
            case RESUME -> resume(now);
            case TOGGLE_PAUSE -> {
                if (paused()) {
                    resume(now);
                } else {
                    pause(now);
                }
            }
            case NEXT -> leave(Outcome.SKIPPED, now, index + 1);
            case BACK -> back(now);
            case RESTART -> restart(now);
            case MORE_TIME -> changeTime(STEP, now);
            case LESS_TIME -> changeTime(-STEP, now);
            case COMPLETE -> {
                if (segment().counted()) {
                    leave(Outcome.DONE, now, index + 1);
                }
            }
            case HANDS_FREE -> {
                handsFree = true;
                // A rep segment under way now runs out at its estimate, counted from its start.
                advanceTo(now);
            }
            case QUIT -> {
                leave(Outcome.SKIPPED, now, index);
                closePauses(now);
                paused = false;
                finished = true;
                quit = true;
            }
        }
        return state(now);
    }

    /** The state at {@code now} without changing anything. */
    public State at(long now) {
        return on(Event.TICK, now);
    }

    private Segment segment() {
        return plan.segments().get(index);
    }

    private boolean paused() {
        return paused;
    }

    /** Active time in the current segment: pauses don't count. */
    private long active(long now) {
        long until = paused() ? pausedAt : now;
        return Math.max(0, until - startedAt - pausedTotal);
    }

    private long length() {
        return segment().seconds() * SECOND + extra;
    }

    /**
     * Ends every segment whose deadline has passed, each next one starting at that deadline. A rep
     * segment that waits for Enter has a deadline only once the session is hands-free, and is then
     * counted rather than done.
     */
    private void advanceTo(long now) {
        while (!finished && !paused() && (handsFree || !segment().waitsForEnter())) {
            long deadline = startedAt + pausedTotal + length();
            if (now < deadline) {
                return;
            }
            spent[index] += length();
            outcomes[index] = segment().waitsForEnter() ? Outcome.COUNTED : Outcome.DONE;
            start(index + 1, deadline);
        }
    }

    /** Leaves the current segment with an outcome and goes to segment {@code to} at {@code now}. */
    private void leave(Outcome outcome, long now, int to) {
        spent[index] += active(now);
        outcomes[index] = outcome;
        if (to != index) {
            start(to, now);
        }
    }

    private void start(int to, long now) {
        boolean wasPaused = paused();
        closePauses(now);
        if (to >= plan.segments().size()) {
            finished = true;
            paused = false;
            return;
        }
        index = to;
        starts++;
        outcomes[index] = null;
        startedAt = now;
        extra = 0;
        // Moving about while paused stays paused: the person pressed pause, not us.
        pausedAt = now;
        paused = wasPaused;
    }

    /** Moves the current segment's pauses, up to {@code now}, into the session's total. */
    private void closePauses(long now) {
        pausedBefore += pausedTotal + (paused ? now - pausedAt : 0);
        pausedTotal = 0;
        pausedAt = now;
    }

    private void pause(long now) {
        if (!paused) {
            paused = true;
            pausedAt = now;
        }
    }

    private void resume(long now) {
        if (paused) {
            pausedTotal += now - pausedAt;
            paused = false;
        }
    }

    private void back(long now) {
        if (active(now) < BACK_TO_PREVIOUS && index > 0) {
            spent[index] += active(now);
            outcomes[index] = null;
            start(index - 1, now);
        } else {
            restart(now);
        }
    }

    private void restart(long now) {
        spent[index] += active(now);
        start(index, now);
    }

    private void changeTime(long change, long now) {
        if (segment().counted()) {
            return;
        }
        long remaining = length() - active(now);
        long wanted = Math.max(SECOND, remaining + change);
        extra += wanted - remaining;
    }

    private State state(long now) {
        List<SegmentRecord> records = new ArrayList<>(outcomes.length);
        long elapsed = 0;
        for (int i = 0; i < outcomes.length; i++) {
            long time = spent[i] + (i == index && !finished ? active(now) : 0);
            elapsed += time;
            records.add(new SegmentRecord(plan.segments().get(i), outcomes[i], time));
        }
        long segmentNanos = finished ? 0 : active(now);
        long remaining = finished ? 0 : Math.max(0, length() - segmentNanos);
        long later = finished ? 0 : after[index];
        long paused = pausedBefore + pausedTotal + (paused() ? now - pausedAt : 0);
        return new State(
                plan,
                index,
                starts,
                remaining,
                segmentNanos,
                elapsed,
                remaining + later,
                paused,
                paused(),
                finished,
                quit,
                handsFree,
                records);
    }
}
