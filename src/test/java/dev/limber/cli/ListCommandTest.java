package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.limber.tui.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListCommandTest {

    private static final List<String> BUILT_INS = List.of(
            "back-friendly-walk",
            "core-and-glutes",
            "dynamic-warm-up",
            "morning-upper-back",
            "post-run-stretches",
            "run-day",
            "thoracic-mobility");

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    private Path userFolder() throws IOException {
        return Files.createDirectories(home.resolve(".config/limber/routines"));
    }

    @Test
    void lists_the_built_in_routines_as_a_table() {
        Cli.Result result = cli().run("list");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).matches("ID +TITLE +STEPS +TIME +TAGS +SOURCE");
        assertThat(lines.subList(1, lines.size())).hasSize(BUILT_INS.size() + 2);
        assertThat(lines.get(5))
                .matches("post-run-stretches +Post-run stretches +5 +~5m25s +post-run, lower-back,"
                        + " stretch +built-in");
        // Programs are no routines: told of after the table, never in it nor in the JSON.
        assertThat(lines.subList(lines.size() - 2, lines.size()))
                .containsExactly("", "And 1 program (what to do each day and week): 'limber program list' shows it.");
    }

    @Test
    void json_is_an_array_of_routines_with_stable_fields() throws IOException {
        Cli.Result result = cli().run("list", "--format", "json");

        JsonNode list = new ObjectMapper().readTree(result.out());
        assertThat(result.status()).isZero();
        assertThat(list.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode routine : list) {
            ids.add(routine.get("id").asText());
            List<String> fields = new ArrayList<>();
            routine.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("id", "title", "summary", "tags", "steps", "seconds", "source");
            assertThat(routine.get("seconds").asInt()).isPositive();
            assertThat(routine.get("source").asText()).isEqualTo("built-in");
        }
        assertThat(ids).containsExactlyElementsOf(BUILT_INS);
        assertThat(list.get(0).get("seconds").asInt()).isEqualTo(605);
        assertThat(list.get(0).get("tags")).hasSize(3);
    }

    @Test
    void yaml_carries_the_same_data_as_json() throws IOException {
        JsonNode json = new ObjectMapper()
                .readTree(cli().run("list", "--format", "json").out());
        JsonNode yaml = new ObjectMapper(new YAMLFactory())
                .readTree(cli().run("list", "--format", "yaml").out());

        assertThat(yaml).isEqualTo(json);
    }

    @Test
    void ids_are_one_a_line_for_scripts_and_completion() {
        assertThat(cli().run("list", "--format", "ids").out().lines()).containsExactlyElementsOf(BUILT_INS);
    }

    @Test
    void a_tag_filters_the_list() {
        assertThat(cli().run("list", "--tag", "lower-back", "--format", "ids")
                        .out()
                        .lines())
                .containsExactly("back-friendly-walk", "core-and-glutes", "post-run-stretches");
        assertThat(cli().run("list", "--tag", "nothing").out()).isEqualTo("No routines tagged 'nothing'.\n");
    }

    @Test
    void a_broken_user_routine_is_reported_and_never_breaks_the_list() throws IOException {
        Path broken = Files.writeString(
                userFolder().resolve("mine.yaml"), "title: Mine\nsteps:\n  - name: X\n" + "    tiem: 30s\n");

        Cli.Result result = cli().run("list", "--format", "ids");

        assertThat(result.status()).isZero();
        assertThat(result.out().lines()).containsExactlyElementsOf(BUILT_INS);
        assertThat(result.err().lines())
                .containsExactly(
                        "limber: " + broken
                                + ":3:5: step 'X' needs 'time' (like 'time: 30s') or 'reps' (like 'reps: 10')",
                        "limber: " + broken + ":4:5: unknown key 'tiem' in a step (did you mean 'time'?)");
    }

    @Test
    void user_routines_show_where_they_come_from() throws IOException {
        Path mine = Files.writeString(userFolder().resolve("mine.yaml"), "title: Mine\nsteps: [{name: a, reps: 1}]\n");

        Cli.Result table = cli().run("list");
        JsonNode json = new ObjectMapper()
                .readTree(cli().run("list", "--format", "json").out());

        assertThat(table.out()).containsPattern("mine +Mine +1 +~8s +~/.config/limber/routines/mine.yaml");
        assertThat(json.get(3).get("id").asText()).isEqualTo("mine");
        assertThat(json.get(3).get("source").asText())
                .isEqualTo(mine.toAbsolutePath().toString());
    }

    @Test
    void routines_option_adds_a_folder_that_wins_and_must_exist() throws IOException {
        Path extra = Files.createDirectories(home.resolve("extra"));
        Files.writeString(extra.resolve("run-day.yaml"), "title: My run day\nsteps: [{name: a, reps: 1}]\n");

        Cli.Result result = cli().run("list", "--routines", extra.toString());
        Cli.Result missing =
                cli().run("list", "--routines", home.resolve("nope").toString());

        assertThat(result.out()).containsPattern("run-day +My run day");
        assertThat(missing.status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(missing.err()).isEqualTo("limber: --routines " + home.resolve("nope") + ": no such folder\n");
    }

    @Test
    void limber_routines_adds_folders_separated_by_colons() throws IOException {
        Path one = Files.createDirectories(home.resolve("one"));
        Path two = Files.createDirectories(home.resolve("two"));
        Files.writeString(one.resolve("a.yaml"), "title: A\nsteps: [{name: a, reps: 1}]\n");
        Files.writeString(two.resolve("b.yaml"), "title: B\nsteps: [{name: a, reps: 1}]\n");

        Cli.Result result = cli().env("LIMBER_ROUTINES", one + ":" + two).run("list", "--format", "ids");

        assertThat(result.out().lines()).contains("a", "b");
    }

    @Test
    void a_bad_format_is_a_usage_error() {
        Cli.Result result = cli().run("list", "--format", "xml");

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err())
                .isEqualTo("limber: --format 'xml': choose text, json, yaml or ids\n"
                        + "Try 'limber list --help' for more.\n");
    }

    @Test
    void a_broken_program_file_is_reported_and_never_breaks_the_list() throws IOException {
        Path broken = Files.writeString(
                userFolder().resolve("mine.yaml"), "kind: program\ntitle: Mine\n" + "daly: [{routine: run-day}]\n");

        Cli.Result table = cli().run("list");
        Cli.Result json = cli().run("list", "--format", "json");

        assertThat(table.status()).isZero();
        assertThat(table.err().lines())
                .containsExactly(
                        "limber: " + broken
                                + ":1:1: a program needs at least one routine under 'daily' or 'weekly'; add"
                                + " lines like 'daily:' and '  - routine: back-friendly-walk'",
                        "limber: " + broken + ":3:1: unknown key 'daly' in a program (did you mean 'daily'?)");
        assertThat(table.out()).contains("post-run-stretches").endsWith("'limber program list' shows it.\n");
        assertThat(json.status()).isZero();
        assertThat(new ObjectMapper().readTree(json.out())).hasSize(BUILT_INS.size());
    }

    /**
     * Routines whose titles take two cells a character (Japanese, emoji), and one with what terminals
     * draw at different widths: a ZWJ family and a flag.
     */
    private void wideTitles() throws IOException {
        Files.writeString(
                userFolder().resolve("family.yaml"),
                "title: Walk \uD83D\uDC68\u200D\uD83D\uDC69"
                        + "\u200D\uD83D\uDC67 with \uD83C\uDDEB\uD83C\uDDF7 friends\n"
                        + "tags: [walk]\nsteps: [{name: Walk, time: 10m}]\n");
        Files.writeString(
                userFolder().resolve("asa.yaml"),
                "title: 朝のストレッチと背中のほぐし\n" + "tags: [morning, back]\nsteps: [{name: 猫のポーズ, time: 30s}]\n");
        Files.writeString(
                userFolder().resolve("hips.yaml"),
                "title: Hip openers 🧘 with a strap 🧘\n"
                        + "tags: [hips]\nsteps: [{name: Pigeon, time: 45s, sides: both}]\n");
    }

    /** A planned time in a row of the table: "35s", "~15m48s". */
    private static final Pattern TIME = Pattern.compile("(?<= )~?\\d+[hms][0-9hms]*(?= |$)");

    /** Where {@code part} starts in {@code line}, in terminal cells. */
    private static int cellOf(String line, String part) {
        assertThat(line).contains(part);
        return Words.columns(line.substring(0, line.indexOf(part)));
    }

    @ParameterizedTest
    @CsvSource({
        "80, ID +TITLE +STEPS +TIME +TAGS",
        "60, ID +TITLE +TIME",
        "40, ID +TITLE",
        "20, ID",
    })
    void on_a_terminal_the_table_fits_the_window_dropping_the_least_needed_columns(int columns, String header)
            throws IOException {
        wideTitles();

        Cli.Result result = cli().columns(columns).run("list", "--no-color");

        List<String> lines = result.out().lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(Words.columns(line)).isLessThanOrEqualTo(columns));
        assertThat(lines.get(0)).matches(header);
        List<String> rows = lines.subList(1, BUILT_INS.size() + 4);
        // Every id whole, at the start of its line, and the next column starting in the same cell on every line.
        assertThat(rows)
                .extracting(row -> row.split(" ")[0])
                .containsExactly(
                        "asa",
                        "back-friendly-walk",
                        "core-and-glutes",
                        "dynamic-warm-up",
                        "family",
                        "hips",
                        "morning-upper-back",
                        "post-run-stretches",
                        "run-day",
                        "thoracic-mobility");
        if (columns >= 40) {
            int title = cellOf(lines.get(0), "TITLE");
            assertThat(rows)
                    .allSatisfy(row -> assertThat(cellOf(row, row.split(" +")[1].substring(0, 1)))
                            .isEqualTo(title));
            assertThat(cellOf(lines.get(1), "朝のストレッチ")).isEqualTo(title);
        }
        if (columns >= 60) {
            // Times are right-aligned: each ends in the cell where the header's TIME ends.
            int time = cellOf(lines.get(0), "TIME") + 4;
            assertThat(rows).allSatisfy(row -> {
                Matcher cell = TIME.matcher(row);
                assertThat(cell.find()).isTrue();
                assertThat(Words.columns(row.substring(0, cell.end()))).isEqualTo(time);
            });
        }
    }

    @Test
    void a_title_that_does_not_fit_is_shortened_with_an_ellipsis_never_wrapped() throws IOException {
        wideTitles();

        Cli.Result result = cli().columns(40).run("list", "--no-color");

        assertThat(result.out())
                .contains(
                        "asa                 朝のストレッチと背…\n",
                        "hips                Hip openers 🧘 with…\n",
                        "back-friendly-walk  Back-friendly walk\n");
        // The line after the table is wrapped at spaces to the window too.
        assertThat(result.out())
                .endsWith("\nAnd 1 program (what to do each day and\nweek): 'limber program list'" + " shows it.\n");
    }

    @Test
    void piped_the_table_keeps_every_column_lined_up_by_cells_whatever_the_width() throws IOException {
        wideTitles();

        Cli.Result result = cli().env("COLUMNS", "40").run("list");

        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).matches("ID +TITLE +STEPS +TIME +TAGS +SOURCE");
        int source = cellOf(lines.get(0), "SOURCE");
        assertThat(lines.subList(1, BUILT_INS.size() + 4))
                .allSatisfy(row -> assertThat(cellOf(row, row.contains("built-in") ? "built-in" : "~/.config"))
                        .isEqualTo(source));
        assertThat(lines.get(1))
                .matches("asa +朝のストレッチと背中のほぐし +1 +35s +morning, back +~/.config/limber/routines/asa.yaml");
        // Piped, the title is whole; on a terminal, the family and the flag as every terminal draws them
        // alike: emoji side by side, the flag's letters.
        assertThat(lines)
                .anyMatch(line -> line.startsWith("family ")
                        && line.contains("Walk \uD83D\uDC68\u200D"
                                + "\uD83D\uDC69\u200D\uD83D\uDC67 with \uD83C\uDDEB\uD83C\uDDF7 friends"));
        assertThat(cli().columns(200).run("list", "--no-color").out().lines())
                .anyMatch(line -> line.startsWith("family ")
                        && line.contains("Walk \uD83D\uDC68\uD83D\uDC69\uD83D\uDC67 with FR friends"));
    }

    @Test
    void on_a_terminal_the_problems_come_before_the_table() throws IOException {
        Path broken = Files.writeString(
                userFolder().resolve("mine.yaml"), "title: Mine\nsteps:\n  - name: X\n" + "    tiem: 30s\n");

        String seen = cli().terminal().seen("list", "--no-color");

        assertThat(seen)
                .startsWith("limber: " + broken + ":3:5: step 'X' needs 'time' (like 'time: 30s') or 'reps'"
                        + " (like 'reps: 10')\nlimber: " + broken + ":4:5: unknown key 'tiem' in a step (did you mean"
                        + " 'time'?)\nID ");
    }
}
