package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.routine.Sides;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlainCoachTest {

    private final FakeClock clock = new FakeClock();
    private final StringWriter out = new StringWriter();
    private final AtomicInteger bells = new AtomicInteger();

    private Coach.Result run(Plan plan, String typed, boolean waitToStart) {
        LineKeys keys = new LineKeys(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
        PlainCoach coach = new PlainCoach(new PrintWriter(out), keys, clock,
                new Sound(bells::incrementAndGet, Optional.empty()));
        return coach.run(plan, waitToStart);
    }

    @Test
    void a_three_step_routine_of_short_holds_prints_a_line_per_segment_and_no_more() {
        Plan plan = Plans.plan("Three holds",
                Plans.hold("Reach up", 8, Sides.NONE, "Arms long."),
                Plans.hold("Side bend", 25, Sides.BOTH, "Lean gently."),
                Plans.hold("Fold", 6, Sides.NONE));

        Coach.Result result = run(plan, "", false);

        assertThat(result.ending()).isEqualTo(Coach.Ending.FINISHED);
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "Three holds · 3 steps, 1m24s",
                "Caution: Stop if it hurts.",
                "Limber is not medical advice. Stop if pain gets worse; sharp, shooting pain down a leg, numbness"
                        + " or tingling: see a specialist.",
                "Type q and Enter to stop at any time.",
                "[0:00] Get ready · Reach up · 5s",
                "[0:05] Reach up · 8s",
                "        · Arms long.",
                "[0:13] Get ready · Side bend · left side · 5s",
                "[0:18] Side bend · left side · 25s",
                "        · Lean gently.",
                "[0:33] 10 seconds left",
                "[0:43] Switch sides · 5s",
                "[0:48] Side bend · right side · 25s",
                "[1:03] 10 seconds left",
                "[1:13] Get ready · Fold · 5s",
                "[1:18] Fold · 6s",
                "[1:24] Done.",
                ""));
        assertThat(clock.seconds()).isEqualTo(84);
    }

    @Test
    void reps_wait_for_a_line_and_the_start_waits_for_enter() {
        Plan plan = Plans.plan("Reps", Plans.reps("Cat-cow", 10, 4));

        Coach.Result result = run(plan, "\n\n", true);

        assertThat(out.toString()).contains("Press Enter to start (q and Enter to stop at any time).\n"
                + "[0:00] Cat-cow · 10 reps, press Enter when done\n        · Slowly.\n[0:00] Done.\n");
        assertThat(result.ending()).isEqualTo(Coach.Ending.FINISHED);
    }

    @Test
    void the_end_of_input_counts_as_done() {
        Plan plan = Plans.plan("Reps", Plans.reps("Cat-cow", 10, 4), Plans.reps("Bridge", 5, 3));

        Coach.Result result = run(plan, "", false);

        assertThat(result.ending()).isEqualTo(Coach.Ending.FINISHED);
        assertThat(result.state().count(dev.limber.session.Outcome.DONE)).isEqualTo(2);
    }

    @Test
    void q_stops_with_what_was_done() {
        Plan plan = Plans.plan("Reps", Plans.reps("Cat-cow", 10, 4), Plans.reps("Bridge", 5, 3));

        Coach.Result result = run(plan, "\nq\n", false);

        assertThat(result.ending()).isEqualTo(Coach.Ending.QUIT);
        assertThat(out.toString()).endsWith("Stopped.\n");
    }
}
