package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.document.Problem;
import dev.limber.history.HistoryLog;
import dev.limber.plan.Preferences;
import dev.limber.progress.Advice;
import dev.limber.progress.Effort;
import dev.limber.progress.Entry;
import dev.limber.progress.MorningPain;
import dev.limber.routine.Disclaimer;
import dev.limber.routine.Durations;
import dev.limber.routine.Routine;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.State;
import dev.limber.settings.Setting;
import dev.limber.settings.Settings;
import dev.limber.tui.CheckIn;
import dev.limber.tui.Coach;
import dev.limber.tui.LineKeys;
import dev.limber.tui.LinePrompter;
import dev.limber.tui.Picker;
import dev.limber.tui.Prompter;
import dev.limber.tui.StopSignals;
import dev.limber.tui.SystemTerminal;
import dev.limber.tui.TerminalPrompter;
import dev.limber.tui.Voice;
import dev.limber.tui.Words;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.spi.SystemStream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limber run}: coach a routine step by step, with check-ins, and keep it in the history. */
@Command(
        name = "run",
        description = {
            "Coach a routine, step by step.",
            "",
            "Full screen on a terminal: a big countdown for each hold, its form cues, what comes next, and"
                    + " a bell at the end of each hold. Keys: space pause, Enter reps done, n/→ next, b/← back,"
                    + " r restart, +/- 15 seconds, m mute, ?/h keys (and a pause), q/Esc quit, Ctrl-C or Ctrl-\\ stop at"
                    + " once, Ctrl-Z suspend.",
            "",
            "Plain lines instead with --plain, or when output is not a terminal or TERM=dumb: a line as each"
                    + " segment starts. Keys are lines, each typed with Enter: p pause, n next, b back, r restart,"
                    + " + or - 15 seconds, m mute, ? the keys, q stop; Enter alone when reps are done.",
            "",
            "Before and after, Limber asks how much pain you have (0 to 10, or Enter to skip), and after,"
                    + " about sharp, shooting pain down a leg, numbness or tingling. Every session is kept in the"
                    + " history (see 'limber history'), however it ends. A session counts toward progress (the"
                    + " walk's growth, streaks, daily goals) when it reaches the end with at least 80 %% of its work"
                    + " done. A routine that grows, such as back-friendly-walk, runs at today's length from that"
                    + " history.",
            "",
            "Exit status: 0 when finished or stopped with q, 130 after Ctrl-C, 143 after SIGTERM, 129 after"
                    + " SIGHUP, 128 + N after another signal N that asks it to end (such as SIGUSR1), 65 for an"
                    + " invalid routine, 66 when there is no such routine."
        },
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber run post-run-stretches",
            "  limber run                             choose from a list",
            "  limber run back-friendly-walk --voice  hear each step named",
            "  limber run back-friendly-walk --time 20m",
            "  limber run core-and-glutes --auto-reps",
            "  limber run ./my-routine.yaml --yes     start without waiting for Enter",
            "  limber run thoracic-mobility --plain   plain lines: screen readers, logs"
        })
final class RunCommand implements Callable<Integer> {

    // Lowercase so that help and completion show the words people type.
    enum Sound { bell, none }

    @Mixin
    private CommandContext context;

    @Mixin
    private CatalogOptions catalogOptions;

    @Mixin
    private HistoryOptions historyOptions;

    @Mixin
    private PauseOptions pauseOptions;

    @Parameters(paramLabel = "ID", arity = "0..1", completionCandidates = CompletionCommand.RoutineIds.class,
            description = "A routine id from 'limber list', or a routine file's path. Without it, on a terminal,"
                    + " you choose from a list.")
    private @Nullable String id;

    @Option(names = "--plain", description = "Plain lines, no full screen.")
    private boolean plain;

    @Option(names = {"-y", "--yes"}, description = "Start at once, without waiting for Enter.")
    private boolean yes;

    @Option(names = "--no-checkin", description = "Ask no pain questions (also 'checkin: false' in the config"
            + " file, LIMBER_NO_CHECKIN=1).")
    private boolean noCheckin;

    @Option(names = "--auto-reps", description = "Reps end on their own at their pace, with no Enter to press:"
            + " for when the keyboard is out of reach (also 'auto_reps: true' in the config file, LIMBER_AUTO_REPS=1;"
            + " a step of a routine can ask for it with 'auto_reps: true').")
    private boolean autoReps;

    @Option(names = "--time", paramLabel = "LENGTH", converter = Length.Converter.class,
            description = "For a routine that grows (such as back-friendly-walk): its growing step's length this"
                    + " once, such as 20m, instead of today's from the history.")
    private @Nullable Length time;

    @Option(names = "--sound", paramLabel = "SOUND",
            description = "bell (default): the terminal bell at the end of each hold and on its last three"
                    + " seconds; none: silence (also 'sound' in the config file, LIMBER_SOUND).")
    private @Nullable Sound sound;

    @Option(names = "--voice", description = "Speak each step through espeak-ng, spd-say or say, whichever is"
            + " installed (also 'voice: true' in the config file, LIMBER_VOICE=1).")
    private boolean voice;

    @Option(names = "--voice-cmd", paramLabel = "CMD",
            description = "Speak through CMD instead (the phrase is added as its last argument); implies --voice"
                    + " (also 'voice_cmd' in the config file, LIMBER_VOICE_CMD).")
    private @Nullable String voiceCommand;

    /** Flags, environment, config file and defaults, resolved once at the start. */
    private Settings settings;
    /** This morning's pain was asked a moment ago in this run (answered or skipped). */
    private boolean askedJustNow;
    /** Its answer, or null when it was skipped. */
    private @Nullable Integer answeredJustNow;

    /**
     * The terminal's width, to wrap what is said after the full screen at words; 0 in plain mode,
     * whose lines stay whole for logs and screen readers.
     */
    private IntSupplier columns = () -> 0;

    @Override
    public Integer call() throws IOException {
        boolean fullScreen = !plain && context.terminal() && !"dumb".equals(context.env().get("TERM"));
        if (id == null && !fullScreen) {
            throw new Failure(Exit.USAGE, "run needs a routine id when there is no terminal to choose on;"
                    + " 'limber list' shows them");
        }
        Integer length = length();
        settings = context.settings(flags(), catalogOptions.folders());
        Preferences preferences = new Preferences(settings.prepare(), settings.rest(), settings.autoReps());
        speaker = speaker();
        try {
            if (fullScreen) {
                try (Terminal terminal = SystemTerminal.open()) {
                    Optional<CatalogOptions.Found> found = chosen(terminal);
                    if (found.isEmpty()) {
                        return Exit.OK;
                    }
                    TerminalPrompter prompter = new TerminalPrompter(terminal);
                    HistoryLog.Read history;
                    try {
                        history = history(prompter);
                    } catch (Prompter.Interrupted e) {
                        return Exit.INTERRUPTED;
                    }
                    TodaysPlan today = TodaysPlan.of(found.get(), () -> read(history), length, preferences, context.clock().getZone());
                    if (yes) {
                        // No start screen: its caution and Limber's own line come before the session here.
                        Routine routine = today.plan().routine();
                        if (!routine.caution().isEmpty()) {
                            prompter.say("Caution: " + routine.caution());
                        }
                        prompter.say(Disclaimer.TEXT);
                    }
                    columns = terminal::getWidth;
                    return session(today, prompter,
                            () -> Coach.on(terminal, color(), settings.bell(), speaker).whenStuck(Exit::now)
                                    .run(today.plan(), !yes));
                }
            }
            // Not null: without a terminal to choose on, call() has refused to go on.
            CatalogOptions.Found found = catalogOptions.routine(context, settings, Objects.requireNonNull(id));
            PrintWriter out = context.out();
            // Questions go where the person sees them, never into a file stdout was sent to; with no
            // terminal at all (a script), to stderr, and what only a person needs stays in the log.
            PrintWriter person = StandardStreams.person(out, context.err());
            LineKeys lines = new LineKeys(StandardStreams.stdin(), SystemTerminal.isTerminal(SystemStream.Input));
            LinePrompter prompter = new LinePrompter(person != null ? person : context.err(), lines);
            HistoryLog.Read history;
            try {
                history = history(prompter);
            } catch (Prompter.Interrupted e) {
                return Exit.INTERRUPTED;
            }
            TodaysPlan today = TodaysPlan.of(found, () -> read(history), length, preferences, context.clock().getZone());
            Runnable bell = settings.bell() && context.terminal() ? () -> {
                out.print('\007');
                out.flush();
            } : null;
            return session(today, prompter,
                    () -> Coach.plain(out, person != null ? person : out, context.terminal() ? context.columns() : 0,
                            lines, bell, speaker)
                            .whenStuck(Exit::now).run(today.plan(), !yes));
        } finally {
            speaker.ifPresent(Voice::close);
        }
    }

    /**
     * The history, with this morning's pain asked first when it is due: today's length of a walk
     * goes by it. Null when the question can't be due (no terminal, or check-ins off): the history
     * is then read only for a routine that grows.
     */
    private HistoryLog.@Nullable Read history(Prompter prompter) throws Prompter.Interrupted {
        if (!settings.checkIns() || !context.terminal()) {
            return null;
        }
        HistoryLog.Read read = historyOptions.readAllIfPossible(context);
        if (!MorningQuestion.due(context, settings.checkIns(), read.mornings())) {
            return read;
        }
        List<MorningPain> mornings = new ArrayList<>(read.mornings());
        MorningPain morning = MorningQuestion.ask(context, historyOptions.log(context.env()), new CheckIn(prompter));
        askedJustNow = true;
        answeredJustNow = morning.pain();
        mornings.add(morning);
        return new HistoryLog.Read(read.entries(), mornings, read.warnings());
    }

    private HistoryLog.Read read(HistoryLog.@Nullable Read already) {
        return already != null ? already : historyOptions.readAllIfPossible(context);
    }

    /** One session: check in, be coached, summarize, check out, remember. */
    private int session(TodaysPlan today, Prompter prompter, Supplier<Coach.Result> coach) {
        boolean checkIns = settings.checkIns();
        CheckIn checkIn = new CheckIn(prompter);
        if (today.note() != null) {
            prompter.say(today.plan().routine().title() + ": " + today.note() + ".");
        }
        Integer before = null;
        if (checkIns && askedJustNow) {
            // Asked a moment ago as this morning's pain: the same answer (or the same skip), not the
            // same question twice.
            before = answeredJustNow;
        } else if (checkIns) {
            try {
                before = checkIn.pain();
            } catch (Prompter.Interrupted e) {
                return Exit.INTERRUPTED;
            }
        }
        Coach.Result result = coach.get();
        State state = result.state();
        if (state == null) {
            if (result.error() != null) {
                throw result.error();
            }
            return Exit.of(result);
        }
        if (result.error() != null) {
            // A bug mid-session: what was done is still kept, then the error is reported as one.
            new SessionRecord(today, state, result.ending(), before).save(null, null);
            throw result.error();
        }
        SessionRecord record = new SessionRecord(today, state, result.ending(), before);
        Thread safety = new Thread(() -> record.save(null, null), "limber-save-history");
        // A signal while the last questions are asked must not cost the session its record.
        Runtime.getRuntime().addShutdownHook(safety);
        summarize(result, record.effort);
        speakerProblems();
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
        record.save(after, redFlag);
        try {
            Runtime.getRuntime().removeShutdownHook(safety);
        } catch (IllegalStateException e) {
            // Shutting down already: the hook finds the record saved.
        }
        // Even after Ctrl-C at a question: what was answered, and the red-flag line, are said.
        Advice.after(before, after, redFlag, asked).forEach(prompter::say);
        return interrupted ? Exit.INTERRUPTED : Exit.of(result);
    }

    /** The history record of one session, saved once, whichever way out comes first. */
    private final class SessionRecord {
        private final TodaysPlan today;
        private final State state;
        private final Ending ending;
        private final @Nullable Integer before;
        private final Effort effort;
        private final OffsetDateTime ended = OffsetDateTime.now(context.clock());
        private final AtomicBoolean saved = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);

        SessionRecord(TodaysPlan today, State state, Ending ending, @Nullable Integer before) {
            this.today = today;
            this.state = state;
            this.ending = ending;
            this.before = before;
            this.effort = Effort.of(state.records());
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
            long active = seconds(state.elapsedNanos());
            long paused = seconds(state.pausedNanos());
            boolean completed = ending == Ending.FINISHED;
            Entry entry = new Entry(UUID.randomUUID().toString(), state.plan().routine().id(),
                    state.plan().routine().title(), ended.minusSeconds(active + paused), ended,
                    state.plan().seconds(), active, paused, (int) state.done(),
                    (int) state.count(Outcome.SKIPPED), completed, ending, before,
                    after, redFlag, today.lengthSeconds(), effort, effort.counts(completed), Entry.VERSION);
            HistoryLog log = historyOptions.log(context.env());
            try {
                log.append(entry, waiting -> {
                    context.err().println("limber: " + waiting);
                    context.err().flush();
                }).forEach(w -> context.err().println("limber: " + w));
            } catch (HistoryLog.Unusable e) {
                context.err().println("limber: this session was not saved: " + e.getMessage());
            } catch (IOException e) {
                context.err().println("limber: this session was not saved to the history (" + log.file() + ": "
                        + Problem.reason(e) + "); 'limber history' will not show it");
            } catch (RuntimeException e) {
                context.err().println("limber: this session was not saved to the history (" + log.file()
                        + ": an error inside Limber); 'limber history' will not show it");
            }
            context.err().flush();
        }
    }

    private static long seconds(long nanos) {
        return Durations.seconds(nanos);
    }

    /** The settings this command's flags give: only those typed, so the others come from elsewhere. */
    private Map<Setting, Object> flags() {
        Map<Setting, Object> flags = new EnumMap<>(Setting.class);
        flags.putAll(pauseOptions.flags());
        if (sound != null) {
            flags.put(Setting.SOUND, sound.name());
        }
        if (voice || voiceCommand != null) {
            flags.put(Setting.VOICE, true);
        }
        if (voiceCommand != null) {
            flags.put(Setting.VOICE_CMD, voiceCommand);
        }
        if (noCheckin) {
            flags.put(Setting.CHECKIN, false);
        }
        if (autoReps) {
            flags.put(Setting.AUTO_REPS, true);
        }
        return flags;
    }

    /** {@code --time}, read with the one duration syntax. */
    private @Nullable Integer length() {
        return time == null ? null : time.seconds();
    }

    private boolean color() {
        return context.style().ansi() != Ansi.OFF;
    }

    /** The routine named, or the one chosen in the picker; empty when the person left the picker. */
    private Optional<CatalogOptions.Found> chosen(Terminal terminal) {
        if (id != null) {
            return Optional.of(catalogOptions.routine(context, settings, id));
        }
        Catalog catalog = catalogOptions.catalog(context, settings);
        context.report(catalog.problems());
        List<Picker.Choice> choices = catalog.entries().stream().map(e -> new Picker.Choice(e.id(),
                e.routine().title(), e.plan().time(),
                String.join(", ", e.routine().tags()))).toList();
        Picker picker = new Picker(terminal, color());
        Optional<String> picked = picker.pick(choices);
        if (picker.interrupted()) {
            throw new Failure(Exit.INTERRUPTED, "stopped");
        }
        if (picker.stopped().isPresent()) {
            StopSignals.Stop signal = picker.stopped().get();
            throw new Failure(Exit.of(signal), "stopped by " + signal.name());
        }
        return picked.flatMap(catalog::entry).map(entry -> new CatalogOptions.Found(catalog, entry));
    }

    /** The voice for this run, when --voice or --voice-cmd found a speech command. */
    private Optional<Voice> speaker = Optional.empty();

    private Optional<Voice> speaker() {
        if (!settings.voice()) {
            return Optional.empty();
        }
        StringBuilder why = new StringBuilder();
        Optional<Voice> found = Voice.find(settings.voiceCommand(), settings.voiceCommandWhere(), context.env(),
                why);
        if (found.isEmpty()) {
            context.err().println("limber: " + why);
            context.err().flush();
        }
        return found;
    }

    private void speakerProblems() {
        speaker.flatMap(Voice::problem).ifPresent(p -> context.err().println("limber: " + p));
    }

    /**
     * After the screen is back: how long, how much was done, how much skipped, and why a session
     * that reached its end does not count, when it doesn't.
     */
    private void summarize(Coach.Result result, Effort effort) {
        State state = Objects.requireNonNull(result.state());
        PrintWriter out = context.out();
        String title = state.plan().routine().title();
        String active = Durations.format(seconds(state.elapsedNanos()));
        long done = state.done();
        long skipped = state.count(Outcome.SKIPPED);
        long notReached = state.records().size() - done - skipped;
        String how = switch (result.ending()) {
            case FINISHED -> "finished";
            case QUIT -> "stopped";
            case INTERRUPT -> "stopped with Ctrl-C";
            case TERMINATE -> "stopped by " + (result.stop() != null ? result.stop().name() : "SIGTERM");
            case HANGUP -> "stopped: the terminal hung up";
            case ERROR -> "stopped by an error in Limber";
        };
        say(out, title + ": " + how + " after " + active + " of activity. " + done + " of "
                + state.records().size() + " segments done, " + skipped + " skipped"
                + (notReached > 0 ? ", " + notReached + " not reached." : "."));
        if (effort.unconfirmedReps() > 0) {
            say(out, "With no input to confirm them, " + effort.unconfirmedReps()
                    + (effort.unconfirmedReps() == 1 ? " set of reps was counted at its pace."
                            : " sets of reps were counted at their pace."));
        }
        if (result.ending() == Ending.FINISHED && !effort.enough()) {
            say(out, "It does not count toward your progress: " + effort.percent() + " % of its work was done, and "
                    + Effort.PERCENT + " % is needed.");
        }
        out.flush();
    }

    /** A line said after the session, wrapped at words to the terminal's width when there is one. */
    private void say(PrintWriter out, String line) {
        int width = columns.getAsInt();
        (width > 0 ? Words.wrap(line, width) : List.of(line)).forEach(out::println);
    }
}
