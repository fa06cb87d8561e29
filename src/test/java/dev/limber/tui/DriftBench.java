package dev.limber.tui;

import dev.limber.document.Position;
import dev.limber.plan.Plan;
import dev.limber.routine.Amount;
import dev.limber.routine.Sides;
import dev.limber.routine.Step;
import dev.limber.routine.Timing;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A benchmark, not a test (bench/coach.sh runs it): how late the coach notices the end of a real
 * hold, on the real clock, against a naive countdown that sleeps a second at a time.
 */
public final class DriftBench {

    private DriftBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Timing none = new Timing(0, 0, 0, 3);
        Plan plan = Plans.plan(
                "Drift",
                new Step.Exercise("Hold", new Amount.Timed(seconds), Sides.NONE, 1, List.of(), none, Position.START),
                new Step.Exercise("After", new Amount.Timed(2), Sides.NONE, 1, List.of(), none, Position.START));

        AtomicLong started = new AtomicLong();
        Clock clock = new Clock() {
            @Override
            public long nanoTime() {
                long now = System.nanoTime();
                started.compareAndSet(0, now);
                return now;
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                Clock.SYSTEM.sleep(nanos);
            }
        };
        List<Long> bells = new CopyOnWriteArrayList<>();
        try (StreamTerminal term = new StreamTerminal(100, 30)) {
            Coach coach = new Coach(
                    term.terminal,
                    new TerminalKeys(term.terminal),
                    clock,
                    new Look(true),
                    new Audio(() -> bells.add(System.nanoTime()), Optional.empty()));
            coach.run(plan, false);
        }
        long deadline = started.get() + seconds * 1_000_000_000L;
        long end = bells.stream()
                .filter(t -> t >= deadline - 500_000_000L)
                .findFirst()
                .orElseThrow();
        System.out.printf("coach: the %ds hold ended %.3f ms after its deadline%n", seconds, (end - deadline) / 1e6);

        long start = System.nanoTime();
        for (int i = 0; i < seconds; i++) {
            String.valueOf(seconds - i).repeat(1000).hashCode();
            Thread.sleep(1000);
        }
        System.out.printf(
                "naive loop of Thread.sleep(1000): ended %.3f ms after its deadline%n",
                (System.nanoTime() - start - seconds * 1_000_000_000L) / 1e6);
    }
}
