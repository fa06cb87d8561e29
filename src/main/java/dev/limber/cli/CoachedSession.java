package dev.limber.cli;

import dev.limber.document.Problem;
import dev.limber.history.HistoryLog;
import dev.limber.plan.Plan;
import dev.limber.progress.Advice;
import dev.limber.progress.Effort;
import dev.limber.progress.EndedSession;
import dev.limber.progress.MorningPain;
import dev.limber.routine.Durations;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.State;
import dev.limber.tui.CheckIn;
import dev.limber.tui.Coach;
import dev.limber.tui.Prompter;
import dev.limber.tui.Voice;
import dev.limber.tui.Words;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One session of {@code limber run}, in its order: this morning's pain when it is due, the pain
 * before, the coach, the history entry (kept however the session ends, a signal at the last
 * questions included), the summary, the questions after and what they advise. {@link RunCommand}
 * makes the parts and tells the ending to the shell through {@link Exit}.
 */
final class CoachedSession {

    /**
     * How a run ended.
     *
     * @param result      the coach's, or null when a question before the session was stopped with Ctrl-C
     * @param interrupted a question before or after the session was stopped with Ctrl-C
     */
    record Ended(Coach.@Nullable Result result, boolean interrupted) {}

    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    private final IntSupplier columns;
    private final HistoryLog log;
    private final Supplier<HistoryLog.Read> history;
    private final boolean checkIns;
    private final boolean atTerminal;
    private final Optional<Voice> speaker;

    /**
     * @param out        where the summary goes
     * @param err        where problems go: a history that could not be kept, a voice that failed
     * @param columns    the terminal's width, to wrap the summary at words; 0 keeps its lines whole
     *                   (plain mode, for logs and screen readers)
     * @param log        where the session and this morning's answer are kept
     * @param history    reads the history, saying once on {@code err} what was wrong with it
     * @param checkIns   whether to ask about pain at all
     * @param atTerminal whether a person sits at a terminal, so that this morning's question can be due
     * @param speaker    the voice of this run, if any, whose problems are told after the summary
     */
    CoachedSession(
            Clock clock,
            PrintWriter out,
            PrintWriter err,
            IntSupplier columns,
            HistoryLog log,
            Supplier<HistoryLog.Read> history,
            boolean checkIns,
            boolean atTerminal,
            Optional<Voice> speaker) {
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.columns = columns;
        this.log = log;
        this.history = history;
        this.checkIns = checkIns;
        this.atTerminal = atTerminal;
        this.speaker = speaker;
    }

    /**
     * Runs the session from the first question to the last advice.
     *
     * @param prompter asks the questions and says the lines around the session
     * @param today    today's plan, given the history (read only when it is needed, or once already)
     * @param coach    coaches the plan and answers how the session ended
     */
    Ended run(
            Prompter prompter,
            Function<Supplier<HistoryLog.Read>, TodaysPlan> today,
            Function<Plan, Coach.Result> coach) {
        CheckIn checkIn = new CheckIn(prompter);
        HistoryLog.Read read = null;
        Optional<MorningPain> morning = Optional.empty();
        if (checkIns && atTerminal) {
            // Today's length of a walk goes by this morning's pain, so it is asked before the plan is made.
            read = history.get();
            if (!MorningQuestion.askedToday(clock, read.mornings())) {
                try {
                    morning = Optional.of(MorningQuestion.ask(clock, err, log, checkIn));
                } catch (Prompter.Interrupted e) {
                    return new Ended(null, true);
                }
                List<MorningPain> mornings = new ArrayList<>(read.mornings());
                mornings.add(morning.get());
                read = new HistoryLog.Read(read.entries(), mornings, read.warnings());
            }
        }
        HistoryLog.Read already = read;
        TodaysPlan plan = today.apply(() -> already != null ? already : history.get());
        if (plan.note() != null) {
            prompter.say(plan.plan().routine().title() + ": " + plan.note() + ".");
        }
        Integer before = null;
        if (morning.isPresent()) {
            // Asked a moment ago as this morning's pain: the same answer (or the same skip), not the
            // same question twice.
            before = morning.get().pain();
        } else if (checkIns) {
            try {
                before = checkIn.pain();
            } catch (Prompter.Interrupted e) {
                return new Ended(null, true);
            }
        }
        Coach.Result result = coach.apply(plan.plan());
        State state = result.state();
        if (state == null) {
            if (result.error() != null) {
                throw result.error();
            }
            return new Ended(result, false);
        }
        Kept kept = new Kept(
                new EndedSession(state, result.ending(), OffsetDateTime.now(clock), before, plan.lengthSeconds()));
        if (result.error() != null) {
            // A bug mid-session: what was done is still kept, then the error is reported as one.
            kept.save(null, null);
            throw result.error();
        }
        Thread safety = new Thread(() -> kept.save(null, null), "limber-save-history");
        // A signal while the last questions are asked must not cost the session its entry.
        Runtime.getRuntime().addShutdownHook(safety);
        summarize(result, kept.session.effort());
        speaker.flatMap(Voice::problem).ifPresent(p -> err.println("limber: " + p));
        Integer after = null;
        Boolean redFlag = null;
        boolean asked = false;
        boolean interrupted = false;
        if (checkIns && (result.ending() == Ending.FINISHED || result.ending() == Ending.QUIT)) {
            try {
                asked = true;
                // An Enter too many on the last reps must not answer the questions after them.
                prompter.discardTypedAhead();
                after = checkIn.pain();
                redFlag = checkIn.redFlag();
            } catch (Prompter.Interrupted e) {
                interrupted = true;
            }
        }
        kept.save(after, redFlag);
        try {
            Runtime.getRuntime().removeShutdownHook(safety);
        } catch (IllegalStateException e) {
            // Shutting down already: the hook finds the entry saved.
        }
        // Even after Ctrl-C at a question: what was answered, and the red-flag line, are said.
        Advice.after(before, after, redFlag, asked).forEach(prompter::say);
        return new Ended(result, interrupted);
    }

    /** The history entry of one session, saved once, whichever way out comes first. */
    private final class Kept {
        private final EndedSession session;
        private final AtomicBoolean saved = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);

        Kept(EndedSession session) {
            this.session = session;
        }

        void save(@Nullable Integer after, @Nullable Boolean redFlag) {
            if (!saved.compareAndSet(false, true)) {
                // Being saved already: by the main thread when a signal runs the shutdown hook while it
                // waits for the history's lock. The hook waits for that save, or the JVM would end
                // half-way and the session be lost.
                try {
                    done.await(HistoryLog.PATIENCE.toSeconds() + 5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            try {
                write(after, redFlag);
            } finally {
                done.countDown();
            }
        }

        private void write(@Nullable Integer after, @Nullable Boolean redFlag) {
            try {
                log.append(session.entry(UUID.randomUUID().toString(), after, redFlag), waiting -> {
                            err.println("limber: " + waiting);
                            err.flush();
                        })
                        .forEach(w -> err.println("limber: " + w));
            } catch (HistoryLog.Unusable e) {
                err.println("limber: this session was not saved: " + e.getMessage());
            } catch (IOException e) {
                err.println("limber: this session was not saved to the history (" + log.file() + ": "
                        + Problem.reason(e) + "); 'limber history' will not show it");
            } catch (RuntimeException e) {
                err.println("limber: this session was not saved to the history (" + log.file()
                        + ": an error inside Limber); 'limber history' will not show it");
            }
            err.flush();
        }
    }

    /**
     * After the screen is back: how long, how much was done, how much skipped, and why a session
     * that reached its end does not count, when it doesn't.
     */
    private void summarize(Coach.Result result, Effort effort) {
        State state = Objects.requireNonNull(result.state(), "a session that started");
        String title = state.plan().routine().title();
        String active = Durations.format(Durations.seconds(state.elapsedNanos()));
        long done = state.done();
        long skipped = state.count(Outcome.SKIPPED);
        long notReached = state.records().size() - done - skipped;
        String how = switch (result.ending()) {
            case FINISHED -> "finished";
            case QUIT -> "stopped";
            case INTERRUPT -> "stopped with Ctrl-C";
            case TERMINATE ->
                "stopped by " + (result.stop() != null ? result.stop().name() : "SIGTERM");
            case HANGUP -> "stopped: the terminal hung up";
            case ERROR -> "stopped by an error in Limber";
        };
        say(title + ": " + how + " after " + active + ". " + done + " of "
                + state.records().size() + " segments done, " + skipped + " skipped"
                + (notReached > 0 ? ", " + notReached + " not reached." : "."));
        if (effort.unconfirmedReps() > 0) {
            say("With no input to confirm them, " + effort.unconfirmedReps()
                    + (effort.unconfirmedReps() == 1
                            ? " set of reps was counted at its pace."
                            : " sets of reps were counted at their pace."));
        }
        if (result.ending() == Ending.FINISHED && !effort.enough()) {
            say("It does not count toward your progress: " + effort.percent() + " % of its work was done, and "
                    + Effort.PERCENT + " % is needed.");
        }
        out.flush();
    }

    /** A line said after the session, wrapped at words to the terminal's width when there is one. */
    private void say(String line) {
        int width = columns.getAsInt();
        (width > 0 ? Words.wrap(line, width) : List.of(line)).forEach(out::println);
    }
}
