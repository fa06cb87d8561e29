package dev.limber.cli;

import static dev.limber.testing.Segments.plan;
import static dev.limber.testing.Segments.reps;
import static dev.limber.testing.Segments.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.limber.history.HistoryLog;
import dev.limber.plan.Plan;
import dev.limber.plan.SegmentKind;
import dev.limber.progress.Advice;
import dev.limber.progress.Entry;
import dev.limber.progress.MorningPain;
import dev.limber.session.Ending;
import dev.limber.session.Event;
import dev.limber.session.Session;
import dev.limber.tui.Coach;
import dev.limber.tui.Prompter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limber run}'s workflow with real parts: the check-in questions over a scripted prompter, a
 * session driven with explicit nanoseconds, the history in a temporary folder, a fixed clock.
 */
class CoachedSessionTest {

    private static final long S = 1_000_000_000L;
    private static final long T0 = 40 * S;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T06:45:00Z"), ZONE);
    /** An answer that stands for Ctrl-C at a question. */
    private static final String CTRL_C = "^C";

    /** Get ready 5 s, a 30 s hold, 5 reps at 4 s: 55 s, 50 of them work. */
    private static final Plan PLAN = plan(
            "hips",
            "Hip openers",
            timed(SegmentKind.PREPARE, "Get ready", 5),
            timed(SegmentKind.WORK, "Pigeon", 30),
            reps("Bridge", 5, 4));

    @TempDir
    Path state;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Scripted prompter = new Scripted();
    private boolean coached;

    private CoachedSession workflow(boolean checkIns, boolean atTerminal) {
        HistoryLog log = log();
        return new CoachedSession(
                CLOCK,
                new PrintWriter(out),
                new PrintWriter(err),
                () -> 0,
                log,
                () -> {
                    try {
                        return log.read();
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                },
                checkIns,
                atTerminal,
                Optional.empty());
    }

    private HistoryLog log() {
        return new HistoryLog(state);
    }

    private CoachedSession.Ended run(CoachedSession workflow, Function<Plan, Coach.Result> coach) {
        return workflow.run(prompter, history -> new TodaysPlan(PLAN, null, null), plan -> {
            coached = true;
            return coach.apply(plan);
        });
    }

    /** The whole plan done: the hold in full, the reps confirmed after 20 s. */
    private static Coach.Result finished(Plan plan) {
        Session session = new Session(plan, T0);
        session.on(Event.COMPLETE, T0 + 55 * S);
        return new Coach.Result(Ending.FINISHED, session.at(T0 + 55 * S));
    }

    /** Stopped with q ten seconds into the hold. */
    private static Coach.Result quit(Plan plan) {
        Session session = new Session(plan, T0);
        return new Coach.Result(Ending.QUIT, session.on(Event.QUIT, T0 + 15 * S));
    }

    private List<Entry> entries() throws IOException {
        return log().read().entries();
    }

    @Test
    void a_finished_session_is_kept_with_the_pain_before_and_after_summarized_and_advised() throws IOException {
        prompter.answers("3", "2", "n");

        CoachedSession.Ended ended = run(workflow(true, false), CoachedSessionTest::finished);

        assertThat(Exit.of(ended)).isEqualTo(Exit.OK);
        assertThat(prompter.questions).containsExactly(Question.PAIN, Question.PAIN, Question.RED_FLAG);
        Entry entry = entries().get(0);
        assertThat(entry.routine()).isEqualTo("hips");
        assertThat(entry.endedBy()).isEqualTo(Ending.FINISHED);
        assertThat(entry.ended()).isEqualTo(OffsetDateTime.now(CLOCK));
        assertThat(entry.activeSeconds()).isEqualTo(55);
        assertThat(entry.painBefore()).isEqualTo(3);
        assertThat(entry.painAfter()).isEqualTo(2);
        assertThat(entry.redFlag()).isFalse();
        assertThat(entry.counts()).isTrue();
        assertThat(out.toString())
                .isEqualTo("Hip openers: finished after 55s. 3 of 3 segments done," + " 0 skipped.\n");
        assertThat(prompter.said).containsExactly("Pain 3 before, 2 after. Good.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void this_mornings_pain_asked_first_is_the_pain_before_not_asked_twice() throws IOException {
        prompter.answers("5", "4", "");

        CoachedSession.Ended ended = run(workflow(true, true), CoachedSessionTest::finished);

        assertThat(Exit.of(ended)).isEqualTo(Exit.OK);
        assertThat(prompter.questions).containsExactly(Question.MORNING, Question.PAIN, Question.RED_FLAG);
        HistoryLog.Read read = log().read();
        assertThat(read.mornings()).extracting(MorningPain::pain).containsExactly(5);
        assertThat(read.entries().get(0).painBefore()).isEqualTo(5);
        assertThat(read.entries().get(0).painAfter()).isEqualTo(4);
    }

    @Test
    void the_morning_question_is_asked_once_a_day() throws IOException {
        prompter.answers("5", "4", "n", "3", "3", "n");

        run(workflow(true, true), CoachedSessionTest::finished);
        run(workflow(true, true), CoachedSessionTest::finished);

        assertThat(prompter.questions)
                .containsExactly(
                        Question.MORNING,
                        Question.PAIN,
                        Question.RED_FLAG,
                        Question.PAIN,
                        Question.PAIN,
                        Question.RED_FLAG);
        assertThat(entries()).extracting(Entry::painBefore).containsExactly(5, 3);
    }

    @Test
    void the_plan_is_made_from_the_history_with_this_mornings_answer_in_it() {
        prompter.answers("6", "", "");
        List<Integer> seen = new ArrayList<>();

        workflow(true, true)
                .run(
                        prompter,
                        history -> {
                            seen.addAll(history.get().mornings().stream()
                                    .map(MorningPain::pain)
                                    .toList());
                            return new TodaysPlan(PLAN, 900, "today: 15 min, building toward 30 min");
                        },
                        CoachedSessionTest::finished);

        assertThat(seen).containsExactly(6);
        assertThat(prompter.said).startsWith("Hip openers: today: 15 min, building toward 30 min.");
    }

    @Test
    void ctrl_c_at_the_question_before_ends_the_run_with_no_session_and_nothing_kept() throws IOException {
        prompter.answers(CTRL_C);

        CoachedSession.Ended ended = run(workflow(true, false), CoachedSessionTest::finished);

        assertThat(Exit.of(ended)).isEqualTo(Exit.INTERRUPTED);
        assertThat(coached).isFalse();
        assertThat(entries()).isEmpty();
    }

    @Test
    void ctrl_c_at_the_question_after_keeps_the_session_and_says_the_red_flag_line() throws IOException {
        prompter.answers("2", CTRL_C);

        CoachedSession.Ended ended = run(workflow(true, false), CoachedSessionTest::finished);

        assertThat(Exit.of(ended)).isEqualTo(Exit.INTERRUPTED);
        Entry entry = entries().get(0);
        assertThat(entry.painBefore()).isEqualTo(2);
        assertThat(entry.painAfter()).isNull();
        assertThat(entry.redFlag()).isNull();
        assertThat(prompter.said).containsExactly(Advice.RED_FLAG_LINE);
    }

    @Test
    void a_session_ended_by_a_signal_asks_nothing_after_and_is_kept_as_ended() throws IOException {
        prompter.answers("1");

        CoachedSession.Ended ended = run(workflow(true, false), plan -> {
            Session session = new Session(plan, T0);
            return new Coach.Result(Ending.TERMINATE, session.on(Event.QUIT, T0 + 8 * S));
        });

        assertThat(Exit.of(ended)).isEqualTo(Exit.TERMINATED);
        assertThat(prompter.questions).containsExactly(Question.PAIN);
        assertThat(entries()).extracting(Entry::endedBy).containsExactly(Ending.TERMINATE);
        assertThat(out.toString())
                .startsWith("Hip openers: stopped by SIGTERM after 8s. 1 of 3"
                        + " segments done, 1 skipped, 1 not reached.");
    }

    @Test
    void a_session_stopped_with_q_is_kept_and_its_questions_after_are_asked() throws IOException {
        prompter.answers("", "", "");

        CoachedSession.Ended ended = run(workflow(true, false), CoachedSessionTest::quit);

        assertThat(Exit.of(ended)).isEqualTo(Exit.OK);
        assertThat(prompter.questions).containsExactly(Question.PAIN, Question.PAIN, Question.RED_FLAG);
        Entry entry = entries().get(0);
        assertThat(entry.completed()).isFalse();
        assertThat(entry.counts()).isFalse();
        assertThat(entry.redFlag()).isFalse();
        assertThat(out.toString()).doesNotContain("does not count");
    }

    @Test
    void reaching_the_end_with_too_little_work_says_why_it_does_not_count() throws IOException {
        CoachedSession.Ended ended = run(workflow(false, false), plan -> {
            Session session = new Session(plan, T0);
            session.on(Event.NEXT, T0 + 15 * S);
            session.on(Event.COMPLETE, T0 + 35 * S);
            return new Coach.Result(Ending.FINISHED, session.at(T0 + 35 * S));
        });

        assertThat(Exit.of(ended)).isEqualTo(Exit.OK);
        assertThat(out.toString())
                .endsWith("It does not count toward your progress: 60 % of its work was done, and"
                        + " 80 % is needed.\n");
        assertThat(entries()).extracting(Entry::completed, Entry::counts).containsExactly(tuple(true, false));
    }

    @Test
    void with_check_ins_off_nothing_is_asked_and_the_session_is_kept() throws IOException {
        CoachedSession.Ended ended = run(workflow(false, true), CoachedSessionTest::finished);

        assertThat(Exit.of(ended)).isEqualTo(Exit.OK);
        assertThat(prompter.questions).isEmpty();
        assertThat(prompter.said).isEmpty();
        assertThat(entries())
                .extracting(Entry::painBefore, Entry::painAfter, Entry::redFlag)
                .containsExactly(tuple(null, null, null));
    }

    @Test
    void an_error_in_the_coach_keeps_what_was_done_then_is_reported() throws IOException {
        IllegalStateException bug = new IllegalStateException("a bug");

        assertThatThrownBy(() -> run(workflow(false, false), plan -> {
                    Session session = new Session(plan, T0);
                    return new Coach.Result(Ending.ERROR, session.at(T0 + 20 * S), bug);
                }))
                .isSameAs(bug);

        assertThat(entries()).extracting(Entry::endedBy).containsExactly(Ending.ERROR);
    }

    @Test
    void a_session_that_never_started_is_not_kept() throws IOException {
        CoachedSession.Ended ended = run(workflow(false, false), plan -> new Coach.Result(Ending.QUIT, null));

        assertThat(Exit.of(ended)).isEqualTo(Exit.OK);
        assertThat(entries()).isEmpty();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_history_that_cannot_be_written_is_said_and_the_run_ends_as_the_session_did() throws IOException {
        Files.writeString(state.resolve("blocked"), "a file where a folder should be");
        HistoryLog blocked = new HistoryLog(state.resolve("blocked/limber"));
        CoachedSession workflow = new CoachedSession(
                CLOCK,
                new PrintWriter(out),
                new PrintWriter(err),
                () -> 0,
                blocked,
                () -> new HistoryLog.Read(List.of(), List.of(), List.of()),
                false,
                false,
                Optional.empty());

        CoachedSession.Ended ended = run(workflow, CoachedSessionTest::finished);

        assertThat(Exit.of(ended)).isEqualTo(Exit.OK);
        assertThat(err.toString()).startsWith("limber: this session was not saved");
    }

    private enum Question {
        MORNING,
        PAIN,
        RED_FLAG
    }

    /** Answers typed in advance, Ctrl-C as {@link #CTRL_C}; what was asked and said is kept. */
    private static final class Scripted implements Prompter {
        private final Deque<String> answers = new ArrayDeque<>();
        final List<Question> questions = new ArrayList<>();
        final List<String> said = new ArrayList<>();

        void answers(String... typed) {
            answers.addAll(List.of(typed));
        }

        @Override
        public String ask(String question) throws Interrupted {
            questions.add(
                    question.startsWith("Back pain this morning")
                            ? Question.MORNING
                            : question.startsWith("Pain right now") ? Question.PAIN : Question.RED_FLAG);
            String answer = answers.poll();
            if (CTRL_C.equals(answer)) {
                throw new Interrupted();
            }
            return answer;
        }

        @Override
        public void say(String line) {
            said.add(line);
        }

        @Override
        public boolean ended() {
            return answers.isEmpty();
        }

        @Override
        public void discardTypedAhead() {}
    }
}
