package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.SearchPath;
import dev.limber.document.Printable;
import dev.limber.document.Problem;
import dev.limber.routine.Durations;
import dev.limber.settings.Choice;
import dev.limber.settings.Setting;
import dev.limber.settings.Settings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code limber config}: the settings in use, and where each came from. */
@Command(
        name = "config",
        description = {
            "Show the settings in use and where each came from.",
            "",
            "Settings live in one file:",
            "  $LIMBER_CONFIG, when it is set; else",
            "  $XDG_CONFIG_HOME/limber/config.yaml, when XDG_CONFIG_HOME is set; else",
            "  ~/.config/limber/config.yaml",
            "",
            "A flag beats the environment, which beats the file, which beats Limber's default. Routine"
                    + " folders add up: the file's, LIMBER_ROUTINES', then --routines'.",
            "",
            "Exit status: 0, or 78 when the config file or the environment has a problem (each is shown"
                    + " with its file, line and column; other commands say so too, and go on without that value)."
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber config                    the settings in use",
            "  limber config --format json      the same, for scripts",
            "",
            "A config file:",
            "  sound: none            # bell (default) or none",
            "  voice: true            # speak each step",
            "  voice_cmd: espeak-ng -s 140",
            "  color: false           # as --no-color and NO_COLOR",
            "  checkin: false         # no pain questions, as --no-checkin",
            "  prepare: 10s           # get-ready countdown before each step",
            "  rest: 15s              # rest after each step and between sets",
            "  auto_reps: true        # reps end at their pace, with no Enter to press",
            "  program: back-care     # the program in use ('limber program list'); none for none",
            "  routines:              # more routine folders; ~ is your home folder",
            "    - ~/stretches"
        })
final class ConfigCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    private CommandContext context;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    private Format format;

    @Override
    public Integer call() {
        Path file = ConfigFile.path(context.env());
        Settings settings = context.quietSettings();
        PrintWriter out = context.out();
        List<String> problems = new java.util.ArrayList<>(settings.problems().stream().map(Problem::toString).toList());
        String program = programProblem(settings);
        if (program != null) {
            problems.add(program);
        }
        List<Setting> shown = List.of(Setting.values()).stream().filter(s -> s != Setting.ROUTINES).toList();
        // The problems first, as every command tells them: the table after them stays in sight.
        problems.forEach(problem -> context.err().println("limber: " + problem));
        switch (format) {
            case json -> Documents.json(out, g -> {
                g.writeStartObject();
                g.writeStringField("file", file.toString());
                g.writeBooleanField("exists", Files.exists(file));
                g.writeObjectFieldStart("settings");
                for (Setting setting : shown) {
                    Choice choice = settings.choice(setting);
                    g.writeObjectFieldStart(setting.key());
                    Object value = choice.value();
                    if (value == null) {
                        g.writeNullField("value");
                    } else if (value instanceof Boolean b) {
                        g.writeBooleanField("value", b);
                    } else if (value instanceof Integer seconds) {
                        g.writeNumberField("value", seconds);
                    } else {
                        g.writeStringField("value", value.toString());
                    }
                    g.writeStringField("from", choice.where());
                    g.writeEndObject();
                }
                g.writeArrayFieldStart("routines");
                for (Choice folder : settings.folders()) {
                    g.writeStartObject();
                    g.writeStringField("value", String.valueOf(folder.value()));
                    g.writeStringField("from", folder.where());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeArrayFieldStart("problems");
                for (String problem : problems) {
                    g.writeString(problem);
                }
                g.writeEndArray();
                g.writeEndObject();
            });
            case text -> {
                context.say(out, "", "Config file: " + Printable.of(Fields.shortSource(file, context.env()))
                        + (Files.exists(file) ? "" : " (there is none; see 'limber config --help' for one)"));
                out.println();
                Table table = new Table("SETTING", "VALUE", "FROM");
                for (Setting setting : shown) {
                    Choice choice = settings.choice(setting);
                    table.row(setting.key(), text(setting, choice.value()), choice.where());
                }
                for (Choice folder : settings.folders()) {
                    Path path = (Path) Objects.requireNonNull(folder.value());
                    table.row("routines", path.toString()
                            + (Files.isDirectory(path) ? "" : " (no such folder)"), folder.where());
                }
                table.print(out, context.style(), context.columns());
            }
        }
        return problems.isEmpty() ? Exit.OK : Exit.CONFIG;
    }

    /**
     * What is wrong with the program the settings name, which only the programs can say: Limber's own
     * routines and programs, and those in the folders the settings name (the missing ones are in the
     * table already).
     */
    private @Nullable String programProblem(Settings settings) {
        if (settings.program().isEmpty()) {
            return null;
        }
        List<Path> folders = settings.folders().stream().map(c -> (Path) c.value()).filter(Files::isDirectory).toList();
        Catalog catalog = Catalog.load(SearchPath.sources(context.env(), folders));
        return Programs.problem(settings, catalog);
    }

    private static String text(Setting setting, @Nullable Object value) {
        return switch (setting) {
            case PREPARE, REST -> value == null ? "as each routine says" : Durations.format((Integer) value);
            case VOICE_CMD -> value == null ? "the first of espeak-ng, spd-say, say" : Printable.value(value.toString());
            default -> String.valueOf(value);
        };
    }
}
