package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limber program}: list, show and use, through the real command line, in a home of the test's own. */
class ProgramCommandTest {

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    private Path userFolder() throws IOException {
        return Files.createDirectories(home.resolve(".config/limber/routines"));
    }

    private Path config() {
        return home.resolve(".config/limber/config.yaml");
    }

    private Path config(String yaml) throws IOException {
        Files.createDirectories(config().getParent());
        return Files.writeString(config(), yaml);
    }

    /** A second program of the user's own, weekly only. */
    private Path strength() throws IOException {
        return Files.writeString(
                userFolder().resolve("strength.yaml"),
                "kind: program\ntitle: Strength\n" + "weekly:\n  - routine: core-and-glutes\n    times: 3\n");
    }

    @Test
    void list_shows_each_program_with_what_it_asks_and_marks_the_one_in_use() throws IOException {
        strength();

        Cli.Result result = cli().run("program", "list");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines().toList())
                .containsExactly(
                        "   ID         TITLE      EVERY DAY                                   EVERY WEEK          SOURCE",
                        "*  back-care  Back care  back-friendly-walk ×2–3, thoracic-mobility  core-and-glutes ×2  built-in",
                        "   strength   Strength                                               core-and-glutes ×3  "
                                + "~/.config/limber/routines/strength.yaml",
                        "* in use; 'limber program show' shows it, 'limber program use ID' picks another.");
    }

    @Test
    void on_a_terminal_the_list_fits_the_window_and_never_wraps() throws IOException {
        strength();

        Cli.Result result = cli().columns(60).run("program", "list", "--no-color");

        List<String> lines = result.out().lines().toList();
        assertThat(lines.subList(0, 3))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        assertThat(lines.get(1)).startsWith("*  back-care  Back care  back-friendly-walk ×2–3, thoracic");
    }

    @Test
    void show_and_the_notes_under_list_fit_a_narrow_window() {
        for (String[] command : new String[][] {{"program", "show"}, {"program", "list"}, {"stats"}, {"config"}}) {
            String[] args = java.util.stream.Stream.concat(
                            java.util.Arrays.stream(command), java.util.stream.Stream.of("--no-color"))
                    .toArray(String[]::new);
            Cli.Result result = cli().columns(50).run(args);

            assertThat(result.out().lines().toList())
                    .as(String.join(" ", command))
                    .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(50));
        }
    }

    @Test
    void list_as_json_has_stable_fields_and_ids_are_one_a_line() throws IOException {
        Path mine = strength();

        Cli.Result result = cli().env("LIMBER_PROGRAM", "strength").run("program", "list", "--format", "json");

        JsonNode list = new ObjectMapper().readTree(result.out());
        assertThat(result.status()).isZero();
        List<String> fields = new ArrayList<>();
        list.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "title", "summary", "in_use", "daily", "weekly", "source");
        assertThat(list.get(0).get("in_use").asBoolean()).isFalse();
        assertThat(list.get(0).at("/daily/0").toString())
                .isEqualTo("{\"routine\":\"back-friendly-walk\",\"title\":\"Back-friendly walk\",\"min\":2,\"max\":3}");
        assertThat(list.get(1).get("in_use").asBoolean()).isTrue();
        assertThat(list.get(1).get("summary").isNull()).isTrue();
        assertThat(list.get(1).get("daily")).isEmpty();
        assertThat(list.get(1).get("source").asText())
                .isEqualTo(mine.toAbsolutePath().normalize().toString());
        assertThat(cli().run("program", "list", "--format", "ids").out()).isEqualTo("back-care\nstrength\n");
    }

    @Test
    void show_without_an_id_shows_the_one_in_use_with_every_routine_titled() {
        Cli.Result result = cli().run("program", "show");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .startsWith("Back care  back-care · built-in · in use\n")
                .contains("Every day\n"
                        + "  2–3×     Back-friendly walk  back-friendly-walk\n"
                        + "  1×       Thoracic mobility   thoracic-mobility\n")
                .contains("Every week\n  2×       Core and glutes     core-and-glutes\n")
                .contains("Around a run\n"
                        + "  before   Dynamic warm-up     dynamic-warm-up\n"
                        + "  after    Post-run stretches  post-run-stretches\n"
                        + "  instead  Back-friendly walk  back-friendly-walk, 1 run a week\n")
                .contains("Reminders  08:00, 13:00, 18:00\n")
                .contains("Caution: Ease off when pain gets worse")
                .contains("File: built-in/back-care.yaml\n")
                .contains("Limber is not medical advice.");
    }

    /**
     * A routine titled with what terminals draw at different widths (a ZWJ family and a flag), and a
     * program that names it: the title goes by the tables' rule, drawable on a terminal, whole in a pipe.
     */
    static void familyProgram(Path routines) throws IOException {
        Files.writeString(
                routines.resolve("family.yaml"),
                "title: Walk \uD83D\uDC68\u200D\uD83D\uDC69\u200D"
                        + "\uD83D\uDC67 with \uD83C\uDDEB\uD83C\uDDF7 friends\nsteps:\n  - name: Walk\n    time: 30s\n");
        Files.writeString(
                routines.resolve("together.yaml"),
                "kind: program\ntitle: Together\n" + "daily:\n  - routine: family\n");
    }

    static final String FAMILY_WHOLE =
            "Walk \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 with" + " \uD83C\uDDEB\uD83C\uDDF7 friends";
    static final String FAMILY_DRAWN = "Walk \uD83D\uDC68\uD83D\uDC69\uD83D\uDC67 with FR friends";

    @Test
    void show_draws_emoji_sequences_and_flags_alike_on_a_terminal_and_keeps_them_whole_in_a_pipe() throws IOException {
        familyProgram(userFolder());

        String piped = cli().run("program", "show", "together").out();
        String seen = cli().columns(200)
                .run("program", "show", "together", "--no-color")
                .out();

        assertThat(piped).contains("  1×  " + FAMILY_WHOLE + "  family\n");
        assertThat(seen).contains("  1×  " + FAMILY_DRAWN + "  family\n").doesNotContain(FAMILY_WHOLE);
    }

    @Test
    void show_as_json_has_the_run_day_the_reminders_and_the_caution() throws IOException {
        Files.writeString(
                userFolder().resolve("runner.yaml"),
                "kind: program\ntitle: Runner\ndaily: [{routine:"
                        + " thoracic-mobility}]\nrun: {after: post-run-stretches, days: [sat, tue]}\nremind: 19:30\n");

        JsonNode runner = new ObjectMapper()
                .readTree(cli().run("program", "show", "runner", "--format", "json")
                        .out());
        JsonNode backCare = new ObjectMapper()
                .readTree(cli().run("program", "show", "--format", "json").out());

        assertThat(runner.get("in_use").asBoolean()).isFalse();
        assertThat(runner.get("caution").isNull()).isTrue();
        assertThat(runner.at("/run").toString())
                .isEqualTo("{\"before\":[],\"after\":[{\"routine\":"
                        + "\"post-run-stretches\",\"title\":\"Post-run stretches\"}],\"walk_instead\":null,\"days\":"
                        + "[\"tue\",\"sat\"]}");
        assertThat(runner.get("remind").toString()).isEqualTo("[\"19:30\"]");
        assertThat(backCare.at("/run/walk_instead").toString())
                .isEqualTo("{\"routine\":\"back-friendly-walk\"," + "\"title\":\"Back-friendly walk\",\"per_week\":1}");
        assertThat(backCare.get("caution").asText()).contains("specialist");
        assertThat(backCare.get("in_use").asBoolean()).isTrue();
    }

    @Test
    void an_unknown_program_id_is_not_found_with_a_suggestion() {
        Cli.Result show = cli().run("program", "show", "bak-care");
        Cli.Result routine = cli().run("program", "show", "run-day");
        Cli.Result use = cli().run("program", "use", "back-car");

        assertThat(show.status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(show.err())
                .isEqualTo("limber: no program 'bak-care' (did you mean 'back-care'?);"
                        + " 'limber program list' shows them\n");
        assertThat(routine.err())
                .isEqualTo("limber: 'run-day' is a routine, not a program; 'limber program list'"
                        + " shows the programs\n");
        assertThat(use.status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(use.err()).contains("(did you mean 'back-care'?)");
        assertThat(config()).doesNotExist();
    }

    @Test
    void a_program_set_to_one_there_is_not_is_told_where_it_was_set() throws IOException {
        Path file = config("sound: none\nprogram: bak-care\n");

        Cli.Result show = cli().run("program", "show");
        Cli.Result list = cli().run("program", "list");
        Cli.Result fromEnvironment = cli().env("LIMBER_PROGRAM", "strenght").run("program", "show");
        Cli.Result config = cli().run("config");

        assertThat(show.status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(show.err())
                .isEqualTo("limber: " + file + ":2:10: no program 'bak-care' (did you mean"
                        + " 'back-care'?); 'limber program list' shows them\n");
        assertThat(list.status()).isZero();
        assertThat(list.err()).isEqualTo(show.err());
        assertThat(fromEnvironment.err())
                .isEqualTo("limber: LIMBER_PROGRAM: no program 'strenght'; 'limber program" + " list' shows them\n");
        assertThat(config.status()).isEqualTo(Exit.CONFIG);
        assertThat(config.out()).containsPattern("program +bak-care +" + file + ":2:10\n");
        assertThat(config.err()).isEqualTo(show.err());
    }

    @Test
    void use_writes_the_program_into_the_config_file_keeping_the_rest_byte_for_byte() throws IOException {
        strength();
        String before = "# My settings\nsound: none      # quiet, please\nprogram: back-care   # for my back\r\n"
                + "rest: 15s\n";
        Path file = config(before);

        Cli.Result result = cli().run("program", "use", "strength");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("Using Strength (strength): 'program: strength' is in " + file + ".\n");
        assertThat(Files.readString(file)).isEqualTo(before.replace("program: back-care", "program: strength"));
        assertThat(cli().run("program", "show").out()).startsWith("Strength  strength");
        assertThat(cli().run("config").out()).containsPattern("program +strength +" + file + ":3:10\n");
    }

    @Test
    void use_none_turns_the_program_off_and_appends_the_line_when_the_file_has_none() throws IOException {
        Path file = config("sound: none");

        Cli.Result result = cli().run("program", "use", "none");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("No program in use: 'program: none' is in " + file + ".\n");
        assertThat(Files.readString(file)).isEqualTo("sound: none\nprogram: none\n");
        assertThat(cli().run("program", "list").out())
                .doesNotContain("*  ")
                .contains("No program in use ('program: none', from " + file + ":2:10)");
        Cli.Result show = cli().run("program", "show");
        assertThat(show.status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(show.err())
                .isEqualTo("limber: no program in use ('program: none', from " + file + ":2:10);"
                        + " give an id, or choose one with 'limber program use ID'\n");
        assertThat(cli().run("program", "show", "--program", "back-care").status())
                .isZero();
    }

    @Test
    void use_makes_the_config_file_0600_and_its_folder_when_there_are_none() throws IOException {
        Cli.Result result = cli().run("program", "use", "back-care");

        assertThat(result.status()).isZero();
        assertThat(Files.readString(config())).isEqualTo("program: back-care\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config())))
                .isEqualTo("rw-------");
    }

    @Test
    void use_keeps_a_config_file_kept_elsewhere_through_a_link_where_it_is() throws IOException {
        Path dotfiles = Files.createDirectories(home.resolve("dotfiles"));
        Path real = Files.writeString(dotfiles.resolve("limber.yaml"), "program: none\n");
        Files.createDirectories(config().getParent());
        Files.createSymbolicLink(config(), real);

        assertThat(cli().run("program", "use", "back-care").status()).isZero();

        assertThat(Files.isSymbolicLink(config())).isTrue();
        assertThat(Files.readString(real)).isEqualTo("program: back-care\n");
    }

    @Test
    void use_writes_through_a_dangling_link_where_it_points_and_leaves_a_read_only_file_alone() throws IOException {
        Path dotfiles = home.resolve("dotfiles");
        Files.createDirectories(config().getParent());
        Files.createSymbolicLink(config(), dotfiles.resolve("limber.yaml"));

        assertThat(cli().run("program", "use", "back-care").status()).isZero();
        assertThat(Files.readString(dotfiles.resolve("limber.yaml"))).isEqualTo("program: back-care\n");

        Path real = dotfiles.resolve("limber.yaml");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("r--------"));
        Cli.Result result = cli().run("program", "use", "none");

        assertThat(result.status()).isEqualTo(Exit.IO);
        assertThat(result.err())
                .isEqualTo("limber: " + config() + ": is read-only, so Limber leaves it as it is;"
                        + " make it writable (chmod u+w) or set 'program: none' in it yourself\n");
        assertThat(Files.readString(real)).isEqualTo("program: back-care\n");
    }

    @Test
    void use_leaves_a_file_it_cannot_change_safely_as_it_is_and_says_what_to_do() throws IOException {
        String braces = "{sound: none}\n";
        Path file = config(braces);

        Cli.Result result = cli().run("program", "use", "back-care");

        assertThat(result.status()).isEqualTo(Exit.CONFIG);
        assertThat(result.err())
                .isEqualTo("limber: " + file + ":1:1: Limber can't set 'program' here (its settings"
                        + " are not written one 'key: value' to a line); write 'program: back-care' on a line of its own and"
                        + " try again\n");
        assertThat(Files.readString(file)).isEqualTo(braces);

        config("program:\n  back-care\n");
        assertThat(cli().run("program", "use", "none").err())
                .contains(":1:1: Limber can't set 'program' here (its" + " value is not all on that line)");
        assertThat(cli().run("program", "use", "Not An Id").status()).isEqualTo(Exit.USAGE);
    }

    @Test
    void a_program_naming_a_routine_there_is_not_is_told_and_can_be_shown_but_not_chosen() throws IOException {
        Path broken = Files.writeString(
                userFolder().resolve("broken.yaml"),
                "kind: program\ntitle: Broken\n" + "daily:\n  - routine: thoracic-mobilty\n");

        Cli.Result list = cli().run("program", "list");
        Cli.Result routines = cli().run("list", "--format", "json");
        Cli.Result show = cli().run("program", "show", "broken");
        Cli.Result use = cli().run("program", "use", "broken");

        String problem = "limber: " + broken + ":4:14: no routine 'thoracic-mobilty' (did you mean"
                + " 'thoracic-mobility'?); 'limber list' shows them\n";
        assertThat(list.status()).isZero();
        assertThat(list.err()).isEqualTo(problem);
        assertThat(list.out()).contains("back-care", "broken");
        assertThat(routines.status()).isZero();
        assertThat(routines.err()).isEqualTo(problem);
        assertThat(new ObjectMapper().readTree(routines.out())).hasSize(7);
        assertThat(show.status()).isZero();
        assertThat(show.err()).isEqualTo(problem);
        assertThat(use.status()).isEqualTo(Exit.DATA);
        assertThat(use.err())
                .isEqualTo(problem + "limber: program 'broken' names routines Limber can't use; fix"
                        + " the problems above first\n");
        assertThat(config()).doesNotExist();
    }

    @Test
    void a_program_is_no_routine_to_show_or_run() throws IOException {
        Path file = Files.writeString(
                home.resolve("mine.yaml"),
                "kind: program\ntitle: Mine\ndaily: [{routine: run-day}]\n",
                StandardCharsets.UTF_8);

        Cli.Result byId = cli().run("show", "back-care");
        Cli.Result byPath = cli().run("run", file.toString());

        assertThat(byId.status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(byId.err())
                .isEqualTo("limber: 'back-care' is a program, not a routine; 'limber program show"
                        + " back-care' shows what it asks\n");
        assertThat(byPath.status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(byPath.err())
                .isEqualTo("limber: " + file + " is a program, not a routine; 'limber validate " + file
                        + "' checks it, and 'limber program show mine' shows it from a routine folder\n");
    }

    @Test
    void program_use_reads_its_id_by_the_program_settings_rule_and_a_bad_one_is_a_usage_error() {
        Cli.Result result = cli().run("program", "use", "My Program");

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err())
                .isEqualTo("limber: PROGRAM 'My Program': must be a program id, such as back-care,"
                        + " or none; found 'My Program'\nTry 'limber program use --help' for more.\n");
        assertThat(cli().run("program", "use", "NONE").status()).isZero();
    }
}
