package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.plan.Plan;
import dev.limber.routine.Durations;
import dev.limber.session.Outcome;
import dev.limber.session.State;
import dev.limber.tui.Coach;
import dev.limber.tui.Picker;
import dev.limber.tui.PlainCoach;
import dev.limber.tui.SystemTerminal;
import dev.limber.tui.Voice;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limber run}: coach a routine step by step. */
@Command(
        name = "run",
        description = {
            "Coach a routine, step by step.",
            "",
            "Full screen on a terminal: a big countdown for each hold, its form cues, what comes next, and"
                    + " a bell at the end of each hold. Keys: space pause, Enter reps done, n/→ next, b/← back,"
                    + " r restart, +/- 15 seconds, m mute, ? help, q quit.",
            "",
            "Plain lines instead with --plain, or when output is not a terminal or TERM=dumb: a line as each"
                    + " segment starts; type Enter when reps are done, q and Enter to stop.",
            "",
            "Exit status: 0 when finished or stopped with q, 130 after Ctrl-C, 143 after SIGTERM, 129 after"
                    + " SIGHUP, 65 for an invalid routine, 66 when there is no such routine."
        },
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber run post-run-stretches",
            "  limber run                             choose from a list",
            "  limber run back-friendly-walk --voice  hear each step named",
            "  limber run ./my-routine.yaml --yes     start without waiting for Enter",
            "  limber run thoracic-mobility --plain   a line per step, for screen readers and logs"
        })
final class RunCommand implements Callable<Integer> {

    // Lowercase so that help and completion show the words people type.
    enum Sound { bell, none }

    @Mixin
    private CommandContext context;

    @Parameters(paramLabel = "ID", arity = "0..1", completionCandidates = CompletionCommand.RoutineIds.class,
            description = "A routine id from 'limber list', or a routine file's path. Without it, on a terminal,"
                    + " you choose from a list.")
    private String id;

    @Option(names = "--plain", description = "Plain lines, no full screen.")
    private boolean plain;

    @Option(names = {"-y", "--yes"}, description = "Start at once, without waiting for Enter.")
    private boolean yes;

    @Option(names = "--sound", paramLabel = "SOUND", defaultValue = "bell",
            description = "bell (default): the terminal bell at the end of each hold and on its last three"
                    + " seconds; none: silence.")
    private Sound sound;

    @Option(names = "--voice", description = "Speak each step through espeak-ng, spd-say or say, whichever is"
            + " installed.")
    private boolean voice;

    @Option(names = "--voice-cmd", paramLabel = "CMD",
            description = "Speak through CMD instead (the phrase is added as its last argument); implies --voice.")
    private String voiceCommand;

    @Override
    public Integer call() throws IOException {
        boolean fullScreen = !plain && context.terminal() && !"dumb".equals(context.env().get("TERM"));
        if (id == null && !fullScreen) {
            throw new Failure(Exit.USAGE, "run needs a routine id when there is no terminal to choose on;"
                    + " 'limber list' shows them");
        }
        Optional<Voice> speaker = speaker();
        try {
            Coach.Result result;
            if (fullScreen) {
                try (Terminal terminal = SystemTerminal.open()) {
                    Optional<Catalog.Entry> entry = chosen(terminal);
                    if (entry.isEmpty()) {
                        return Exit.OK;
                    }
                    result = Coach.on(terminal, color(), sound == Sound.bell, speaker)
                            .run(entry.get().plan(), !yes);
                }
            } else {
                Plan plan = context.routine(id).plan();
                PrintWriter out = context.out();
                Runnable bell = sound == Sound.bell && context.terminal() ? () -> {
                    out.print('\007');
                    out.flush();
                } : null;
                result = PlainCoach.on(out, System.in, bell, speaker).run(plan, !yes);
            }
            summarize(result);
            speaker.flatMap(Voice::problem).ifPresent(p -> context.err().println("limber: " + p));
            return Exit.of(result.ending());
        } finally {
            speaker.ifPresent(Voice::close);
        }
    }

    private boolean color() {
        return context.style().ansi() != picocli.CommandLine.Help.Ansi.OFF;
    }

    /** The routine named, or the one chosen in the picker; empty when the person left the picker. */
    private Optional<Catalog.Entry> chosen(Terminal terminal) {
        if (id != null) {
            return Optional.of(context.routine(id));
        }
        Catalog catalog = context.catalog();
        context.report(catalog.problems());
        List<Picker.Choice> choices = catalog.entries().stream().map(e -> new Picker.Choice(e.id(),
                e.routine().title(), Fields.about(e.plan()) + Durations.format(e.plan().seconds()) + "  "
                        + String.join(", ", e.routine().tags()))).toList();
        Picker picker = new Picker(terminal, color());
        Optional<String> picked = picker.pick(choices);
        if (picker.interrupted()) {
            throw new Failure(Exit.INTERRUPTED, "stopped");
        }
        return picked.flatMap(catalog::entry);
    }

    private Optional<Voice> speaker() {
        if (!voice && voiceCommand == null) {
            return Optional.empty();
        }
        StringBuilder why = new StringBuilder();
        Optional<Voice> found = Voice.find(voiceCommand, context.env(), why);
        if (found.isEmpty()) {
            context.err().println("limber: " + why);
            context.err().flush();
        }
        return found;
    }

    /** After the screen is back: how long, how much was done, how much skipped. */
    private void summarize(Coach.Result result) {
        State state = result.state();
        if (state == null) {
            return;
        }
        PrintWriter out = context.out();
        String title = state.plan().routine().title();
        String active = Durations.format((state.elapsedNanos() + 500_000_000L) / 1_000_000_000L);
        long done = state.count(Outcome.DONE);
        long skipped = state.count(Outcome.SKIPPED);
        long notReached = state.records().size() - done - skipped;
        String how = switch (result.ending()) {
            case FINISHED -> "finished";
            case QUIT -> "stopped";
            case INTERRUPTED -> "stopped with Ctrl-C";
            case TERMINATED -> "stopped by SIGTERM";
            case HANGUP -> "stopped: the terminal hung up";
            case NOT_STARTED -> "not started";
        };
        out.println(title + ": " + how + " after " + active + " of activity. " + done + " of "
                + state.records().size() + " segments done, " + skipped + " skipped"
                + (notReached > 0 ? ", " + notReached + " not reached." : "."));
        out.flush();
    }
}
