package dev.limber.cli;

import dev.limber.settings.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Limber's commands as their man pages show them: picocli-codegen's ManPageGenerator writes limber(1),
 * limber-run(1), ... from this class (pom.xml, the release profile's man-page-asciidoc). It is
 * {@link AllCommands}, help and all, with what a man page has that help has not: NAME in man-pages(7)'s
 * words, section names without help's colon ("EXAMPLES", not "EXAMPLES:"), and SEE ALSO at the end of
 * each page, naming the pages of the command above and of those below, from the same model, so that a
 * new command is never left out.
 */
@Command(modelTransformer = ManPages.Sections.class)
final class ManPages extends AllCommands {

    ManPages() {}

    /** The change from help to man page, made by picocli to the model of this class once it is built. */
    static final class Sections implements CommandLine.IModelTransformer {

        @Override
        public CommandSpec transform(CommandSpec limber) {
            sections(limber);
            return limber;
        }

        private static void sections(CommandSpec command) {
            UsageMessageSpec usage = command.usageMessage();
            if (usage.header().length == 0 && usage.description().length > 0) {
                usage.header(name(usage.description()[0]));
            }
            usage.exitCodeListHeading(section(usage.exitCodeListHeading()));
            List<String> pages = new ArrayList<>();
            if (command.parent() != null) {
                pages.add(page(command.parent()));
            }
            // A subcommand's aliases are more keys to the same command: each page once.
            Set<CommandSpec> below = new LinkedHashSet<>();
            for (CommandLine subcommand : command.subcommands().values()) {
                below.add(subcommand.getCommandSpec());
            }
            below.removeIf(spec -> spec.usageMessage().hidden() || spec.helpCommand());
            below.forEach(spec -> pages.add(page(spec)));
            // The generator writes the footer last, its lines as they are: a heading among them starts
            // a section of its own after the examples.
            String seeAlso = String.join(", ", pages);
            if (usage.footer().length == 0) {
                usage.footerHeading("See also");
                usage.footer(seeAlso);
            } else {
                usage.footerHeading(section(usage.footerHeading()));
                List<String> footer = new ArrayList<>(Arrays.asList(usage.footer()));
                if (command.parent() == null) {
                    footer.addAll(environmentAndFiles());
                }
                footer.addAll(List.of("", "== See also", "", seeAlso));
                usage.footer(footer.toArray(String[]::new));
            }
            below.forEach(ManPages.Sections::sections);
        }

        /**
         * What NAME says after the command, from help's first line: as man-pages(7) writes it, lower case
         * and with no full stop ("limber-run - coach a routine, step by step").
         */
        private static String name(String line) {
            String name = line.strip();
            name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            boolean word = name.length() > 1 && !Character.isUpperCase(name.charAt(1));
            return word ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
        }

        /** A man page's name for a section that help heads {@code "%nExamples:%n"}. */
        private static String section(String heading) {
            String name = heading.replace("%n", "").strip();
            return name.endsWith(":") ? name.substring(0, name.length() - 1) : name;
        }

        /**
         * limber(1)'s ENVIRONMENT and FILES, as man-pages(7) orders them after EXAMPLES: each setting's
         * variable from the settings themselves, so a new one is never left out, and the folders
         * README describes.
         */
        static List<String> environmentAndFiles() {
            List<String> lines = new ArrayList<>(List.of("", "== Environment", ""));
            for (Setting<?> setting : Setting.ALL) {
                String what = switch (setting.key()) {
                    case "color" -> "Set to anything: no colour, as for --no-color (no-color.org).";
                    case "checkin" ->
                        "Set to anything but 0, no, false or off: no pain check-ins, as for" + " --no-checkin.";
                    default ->
                        "The config file's '" + setting.key() + "' (" + setting.expected() + "); " + setting.flag()
                                + " overrides it.";
                };
                lines.addAll(List.of("*" + setting.variable() + "*::", "  " + what));
            }
            lines.addAll(List.of(
                    "*LIMBER_ROUTINES*::",
                    "  More routine folders, separated by ':', read after your own; --routines adds more.",
                    "*LIMBER_CONFIG*::",
                    "  The config file to read instead of $XDG_CONFIG_HOME/limber/config.yaml.",
                    "*LIMBER_STATE_DIR*::",
                    "  Where the history is kept instead of $XDG_STATE_HOME/limber; --state-dir overrides it.",
                    "*XDG_CONFIG_HOME*, *XDG_STATE_HOME*, *XDG_CACHE_HOME*::",
                    "  The base folders below, by default ~/.config, ~/.local/state and ~/.cache.",
                    "*JAVA_HOME*::",
                    "  The Java the plain zip and a checkout run on (the runtime image and the Debian package"
                            + " bring their own).",
                    "",
                    "== Files",
                    "",
                    "_~/.config/limber/config.yaml_::",
                    "  Settings: every key optional (limber config shows what is in use and where from).",
                    "_~/.config/limber/routines/_::",
                    "  Your own routines and programs, one YAML file each; they override built-in ones of the"
                            + " same id.",
                    "_~/.local/state/limber/_::",
                    "  The history of sessions and morning pain scores, and the reminders' log: health data,"
                            + " private to you (0700, files 0600).",
                    "_~/.cache/limber/_::",
                    "  The plain zip's class-data archive, made on first use; deleting it is harmless."));
            return lines;
        }

        /** A command's page as SEE ALSO names it, in bold as man-pages(7) asks: *limber-run*(1). */
        private static String page(CommandSpec command) {
            return "*" + command.qualifiedName("-") + "*(1)";
        }
    }
}
