package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.plan.Preferences;
import dev.limber.routine.Disclaimer;
import dev.limber.routine.Routine;
import dev.limber.settings.Flags;
import dev.limber.settings.Setting;
import dev.limber.settings.Settings;
import dev.limber.settings.Sound;
import dev.limber.tui.Coach;
import dev.limber.tui.LineKeys;
import dev.limber.tui.LinePrompter;
import dev.limber.tui.Picker;
import dev.limber.tui.StopSignals;
import dev.limber.tui.SystemTerminal;
import dev.limber.tui.TerminalPrompter;
import dev.limber.tui.Voice;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
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

    @Mixin
    private CommandContext context;

    @Mixin
    private CatalogOptions catalogOptions;

    @Mixin
    private HistoryOptions historyOptions;

    @Mixin
    private PauseOptions pauseOptions;

    @Parameters(
            paramLabel = "ID",
            arity = "0..1",
            completionCandidates = CompletionCommand.RoutineIds.class,
            description = "A routine id from 'limber list', or a routine file's path. Without it, on a terminal,"
                    + " you choose from a list.")
    private @Nullable String id;

    @Option(names = "--plain", description = "Plain lines, no full screen.")
    private boolean plain;

    @Option(
            names = {"-y", "--yes"},
            description = "Start at once, without waiting for Enter.")
    private boolean yes;

    @Option(
            names = "--no-checkin",
            description = "Ask no pain questions (also 'checkin: false' in the config" + " file, LIMBER_NO_CHECKIN=1).")
    private boolean noCheckin;

    @Option(
            names = "--auto-reps",
            description = "Reps end on their own at their pace, with no Enter to press:"
                    + " for when the keyboard is out of reach (also 'auto_reps: true' in the config file, LIMBER_AUTO_REPS=1;"
                    + " a step of a routine can ask for it with 'auto_reps: true').")
    private boolean autoReps;

    @Option(
            names = "--time",
            paramLabel = "LENGTH",
            converter = Length.Converter.class,
            description = "For a routine that grows (such as back-friendly-walk): its growing step's length this"
                    + " once, such as 20m, instead of today's from the history.")
    private @Nullable Length time;

    @Option(
            names = "--sound",
            paramLabel = "SOUND",
            converter = FlagValue.Sound.class,
            description = "bell (default): the terminal bell at the end of each hold and on its last three"
                    + " seconds; none: silence (also 'sound' in the config file, LIMBER_SOUND).")
    private @Nullable Sound sound;

    @Option(
            names = "--voice",
            description = "Speak each step through espeak-ng, spd-say or say, whichever is"
                    + " installed (also 'voice: true' in the config file, LIMBER_VOICE=1).")
    private boolean voice;

    @Option(
            names = "--voice-cmd",
            paramLabel = "CMD",
            converter = FlagValue.VoiceCommand.class,
            description = "Speak through CMD instead (the phrase is added as its last argument); implies --voice"
                    + " (also 'voice_cmd' in the config file, LIMBER_VOICE_CMD).")
    private @Nullable String voiceCommand;

    /** Flags, environment, config file and defaults, resolved once at the start. */
    private Settings settings;

    @Override
    public Integer call() throws IOException {
        boolean fullScreen =
                !plain && context.terminal() && !"dumb".equals(context.env().get("TERM"));
        if (id == null && !fullScreen) {
            throw new Failure(
                    Exit.USAGE,
                    "run needs a routine id when there is no terminal to choose on;" + " 'limber list' shows them");
        }
        Integer length = length();
        settings = context.settings(flags(), catalogOptions.folders());
        Preferences preferences = new Preferences(settings.prepare(), settings.rest(), settings.autoReps());
        Optional<Voice> speaker = speaker();
        try {
            if (fullScreen) {
                try (Terminal terminal = SystemTerminal.open()) {
                    Optional<CatalogOptions.Found> found = chosen(terminal);
                    if (found.isEmpty()) {
                        return Exit.OK;
                    }
                    TerminalPrompter prompter = new TerminalPrompter(terminal);
                    return Exit.of(session(terminal::getWidth, speaker)
                            .run(
                                    prompter,
                                    history -> {
                                        TodaysPlan today = TodaysPlan.of(
                                                found.get(),
                                                history,
                                                length,
                                                preferences,
                                                context.clock().getZone());
                                        if (yes) {
                                            // No start screen: its caution and Limber's own line come before the
                                            // session here.
                                            Routine routine = today.plan().routine();
                                            if (!routine.caution().isEmpty()) {
                                                prompter.say("Caution: " + routine.caution());
                                            }
                                            prompter.say(Disclaimer.TEXT);
                                        }
                                        return today;
                                    },
                                    plan -> Coach.on(terminal, color(), settings.bell(), speaker)
                                            .whenStuck(Exit::now)
                                            .run(plan, !yes)));
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
            Runnable bell = settings.bell() && context.terminal()
                    ? () -> {
                        out.print('\007');
                        out.flush();
                    }
                    : null;
            // Plain lines stay whole, for logs and screen readers.
            return Exit.of(session(() -> 0, speaker)
                    .run(
                            prompter,
                            history -> TodaysPlan.of(
                                    found,
                                    history,
                                    length,
                                    preferences,
                                    context.clock().getZone()),
                            plan -> Coach.plain(
                                            out,
                                            person != null ? person : out,
                                            context.terminal() ? context.columns() : 0,
                                            lines,
                                            bell,
                                            speaker)
                                    .whenStuck(Exit::now)
                                    .run(plan, !yes)));
        } finally {
            speaker.ifPresent(Voice::close);
        }
    }

    /** The session's workflow with this command's parts; {@code columns} is the width to wrap its summary at. */
    private CoachedSession session(IntSupplier columns, Optional<Voice> speaker) {
        return new CoachedSession(
                context.clock(),
                context.out(),
                context.err(),
                columns,
                historyOptions.log(context.env()),
                () -> historyOptions.readAllIfPossible(context),
                settings.checkIns(),
                context.terminal(),
                speaker);
    }

    /** The settings this command's flags give: only those typed, so the others come from elsewhere. */
    private Flags flags() {
        Flags flags = pauseOptions.flags();
        if (sound != null) {
            flags.set(Setting.SOUND, sound);
        }
        if (voice || voiceCommand != null) {
            flags.set(Setting.VOICE, true);
        }
        if (voiceCommand != null) {
            flags.set(Setting.VOICE_CMD, voiceCommand);
        }
        if (noCheckin) {
            flags.set(Setting.CHECKIN, false);
        }
        if (autoReps) {
            flags.set(Setting.AUTO_REPS, true);
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
        List<Picker.Choice> choices = catalog.entries().stream()
                .map(e -> new Picker.Choice(
                        e.id(),
                        e.routine().title(),
                        e.plan().time(),
                        String.join(", ", e.routine().tags())))
                .toList();
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

    private Optional<Voice> speaker() {
        if (!settings.voice()) {
            return Optional.empty();
        }
        StringBuilder why = new StringBuilder();
        Optional<Voice> found = Voice.find(settings.voiceCommand(), settings.voiceCommandWhere(), context.env(), why);
        if (found.isEmpty()) {
            context.err().println("limber: " + why);
            context.err().flush();
        }
        return found;
    }
}
