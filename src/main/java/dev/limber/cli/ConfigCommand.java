package dev.limber.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.SearchPath;
import dev.limber.document.Printable;
import dev.limber.document.Problem;
import dev.limber.settings.Setting;
import dev.limber.settings.Settings;
import dev.limber.settings.Sourced;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

    @Mixin
    private CommandContext context;

    @Mixin
    private FormatOption format = new FormatOption(Format.text, Format.json);

    @Override
    public Integer call() {
        Path file = ConfigFile.path(context.env());
        Settings settings = context.quietSettings();
        PrintWriter out = context.out();
        List<String> problems = new java.util.ArrayList<>(
                settings.problems().stream().map(Problem::toString).toList());
        String program = programProblem(settings);
        if (program != null) {
            problems.add(program);
        }
        // The problems first, as every command tells them: the table after them stays in sight.
        problems.forEach(problem -> context.err().println("limber: " + problem));
        switch (format.get()) {
            case json ->
                ScriptOutput.json(out, g -> {
                    g.writeStartObject();
                    g.writeStringField("file", file.toString());
                    g.writeBooleanField("exists", Files.exists(file));
                    g.writeObjectFieldStart("settings");
                    for (Setting<?> setting : Setting.ALL) {
                        json(g, setting, settings);
                    }
                    g.writeArrayFieldStart("routines");
                    for (Sourced<Path> folder : settings.folders()) {
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
                context.say(
                        out,
                        "Config file: " + Printable.of(CatalogFields.shortSource(file, context.env()))
                                + (Files.exists(file) ? "" : " (there is none; see 'limber config --help' for one)"));
                out.println();
                Table table = new Table("SETTING", "VALUE", "FROM");
                for (Setting<?> setting : Setting.ALL) {
                    row(table, setting, settings);
                }
                for (Sourced<Path> folder : settings.folders()) {
                    Path path = Objects.requireNonNull(folder.value(), "a folder named");
                    table.row(
                            "routines",
                            path.toString() + (Files.isDirectory(path) ? "" : " (no such folder)"),
                            folder.where());
                }
                table.print(out, context.style(), context.columns());
            }
            default -> throw format.notTaken();
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
        List<Path> folders = settings.folders().stream()
                .map(Sourced::value)
                .filter(Files::isDirectory)
                .toList();
        Catalog catalog = Catalog.load(SearchPath.sources(context.env(), folders));
        return Programs.problem(settings, catalog);
    }

    private static <T> void json(JsonGenerator g, Setting<T> setting, Settings settings) throws IOException {
        Sourced<T> sourced = settings.sourced(setting);
        g.writeObjectFieldStart(setting.key());
        g.writeObjectField("value", setting.json(sourced.value()));
        g.writeStringField("from", sourced.where());
        g.writeEndObject();
    }

    private static <T> void row(Table table, Setting<T> setting, Settings settings) {
        Sourced<T> sourced = settings.sourced(setting);
        table.row(setting.key(), setting.show(sourced.value()), sourced.where());
    }
}
