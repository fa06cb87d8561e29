package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.limber.history.HistoryLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

class ShowCommandTest {

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    @Test
    void on_a_narrow_terminal_the_cues_caution_and_disclaimer_wrap_to_the_window() {
        Cli.Result result = cli().columns(40).run("show", "post-run-stretches", "--no-color");

        assertThat(result.out().lines())
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(result.out())
                .contains(" 4:15       5s  Get ready · Hip-flexor\n                stretch · left side\n");
        assertThat(result.out()).contains("Limber is not medical advice.");
    }

    @Test
    void text_shows_every_segment_with_its_start_length_and_cues() {
        Cli.Result result = cli().run("show", "post-run-stretches");

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .startsWith("Post-run stretches  post-run-stretches · built-in\n"
                        + "Release hamstrings, hips and lower back after a run.\n"
                        + "Tags: post-run, lower-back, stretch\n\n"
                        + " 0:00       5s  Get ready · Knee-to-chest stretch · left side\n"
                        + " 0:05      30s  Knee-to-chest stretch · left side\n"
                        + "                - Lie on your back with both knees bent.\n");
        assertThat(result.out())
                .contains(" 0:35       5s  Switch sides\n 0:40      30s  Knee-to-chest stretch · right side\n"
                        + " 1:10       5s  Get ready · Cat-cow\n 1:15  10 reps  Cat-cow\n");
        assertThat(result.out()).contains(" 5:25           Done · 5 steps, about 5m25s\n");
        assertThat(result.out())
                .contains("Caution: Stretch to a gentle pull")
                .contains("Limber is not medical advice.");
    }

    @Test
    void json_has_the_routine_the_total_and_every_segment() throws IOException {
        JsonNode show = new ObjectMapper()
                .readTree(cli().run("show", "post-run-stretches", "--format", "json")
                        .out());

        List<String> fields = new ArrayList<>();
        show.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly("id", "title", "summary", "tags", "steps", "seconds", "source", "caution", "segments");
        JsonNode first = show.get("segments").get(0);
        List<String> segmentFields = new ArrayList<>();
        first.fieldNames().forEachRemaining(segmentFields::add);
        assertThat(segmentFields)
                .containsExactly("kind", "name", "side", "seconds", "reps", "set", "sets", "step", "start", "cues");
        assertThat(first.get("kind").asText()).isEqualTo("prepare");
        assertThat(first.get("side").asText()).isEqualTo("left");
        assertThat(show.get("segments").get(4).get("kind").asText()).isEqualTo("prepare");
        JsonNode catCow = show.get("segments").get(5);
        assertThat(catCow.get("name").asText()).isEqualTo("Cat-cow");
        assertThat(catCow.get("reps").asInt()).isEqualTo(10);
        assertThat(catCow.get("seconds").asInt()).isEqualTo(40);
        assertThat(catCow.get("side").isNull()).isTrue();
        long clock = 0;
        for (JsonNode segment : show.get("segments")) {
            assertThat(segment.get("start").asLong()).isEqualTo(clock);
            clock += segment.get("seconds").asLong();
        }
        assertThat(show.get("seconds").asLong()).isEqualTo(clock).isEqualTo(325);
    }

    @Test
    void yaml_carries_the_same_data_as_json() throws IOException {
        JsonNode json = new ObjectMapper()
                .readTree(cli().run("show", "run-day", "--format", "json").out());
        JsonNode yaml = new ObjectMapper(new YAMLFactory())
                .readTree(cli().run("show", "run-day", "--format", "yaml").out());

        assertThat(yaml).isEqualTo(json);
    }

    @Test
    void a_file_path_shows_that_file_with_its_includes_resolved() throws IOException {
        Path file = Files.writeString(
                home.resolve("mine.yaml"),
                "title: Mine\nsteps:\n  - include: run-day\n" + "  - {name: Extra, reps: 5}\n");

        Cli.Result result = cli().run("show", file.toString(), "--format", "json");

        assertThat(result.status()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).get("steps").asInt())
                .isEqualTo(12);
    }

    @Test
    void a_step_on_the_right_side_only_shows_its_cues_once() throws IOException {
        Path file = Files.writeString(
                home.resolve("right.yaml"),
                "title: Right\ndefaults: {prepare: 0s}\nsteps:\n"
                        + "  - {name: Right lunge, time: 20s, sides: right, sets: 2, cues: [Knee over the ankle.]}\n");

        Cli.Result result = cli().run("show", file.toString());

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .contains(" 0:00  20s  Right lunge · right side · set 1 of 2\n"
                        + "            - Knee over the ankle.\n"
                        + " 0:20  20s  Right lunge · right side · set 2 of 2\n");
        assertThat(result.out().split("Knee over the ankle", -1)).hasSize(2);
    }

    @Test
    void a_growing_routine_is_shown_at_todays_length_from_the_history() throws IOException {
        HistoryLog log = new HistoryLog(home.resolve(".local/state/limber"));
        // Three walks at 10 minutes, then three at the 12 they grew to: each walked at that day's length.
        for (int day = 6; day >= 1; day--) {
            dev.limber.progress.Entry e = HistoryCommandTest.entry("d" + day, "back-friendly-walk", day, true, 2, 2);
            log.append(new dev.limber.progress.Entry(
                    e.id(),
                    e.routine(),
                    e.title(),
                    e.started(),
                    e.ended(),
                    e.plannedSeconds(),
                    e.activeSeconds(),
                    e.pausedSeconds(),
                    e.segmentsDone(),
                    e.segmentsSkipped(),
                    e.completed(),
                    e.endedBy(),
                    e.painBefore(),
                    e.painAfter(),
                    e.redFlag(),
                    day >= 4 ? 600 : 720,
                    e.effort(),
                    e.counts(),
                    e.version()));
        }

        Cli.Result text = cli().run("show", "back-friendly-walk");
        JsonNode json = new ObjectMapper()
                .readTree(cli().run("show", "back-friendly-walk", "--format", "json")
                        .out());

        assertThat(text.out())
                .contains("Today: 14 min, building toward 30 min; 2–3 times a day\n", " 0:05  14m  Walk\n");
        assertThat(json.get("seconds").asInt()).isEqualTo(845);
        assertThat(json.get("progression").get("today_s").asInt()).isEqualTo(840);
        assertThat(json.get("progression").get("start_s").asInt()).isEqualTo(600);
        assertThat(json.get("progression").get("max_s").asInt()).isEqualTo(1800);
        assertThat(json.get("per_day").get("min").asInt()).isEqualTo(2);
    }

    @Test
    void a_growing_routine_with_no_history_starts_at_its_own_length() throws IOException {
        JsonNode json = new ObjectMapper()
                .readTree(cli().run("show", "back-friendly-walk", "--format", "json")
                        .out());

        assertThat(json.get("progression").get("today_s").asInt()).isEqualTo(600);
        assertThat(cli().run("show", "back-friendly-walk").out()).contains("Today: 10 min, building toward 30 min");
    }

    @Test
    void an_unknown_id_suggests_the_one_meant() {
        Cli.Result result = cli().run("show", "post-run");

        assertThat(result.status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .isEqualTo("limber: no routine 'post-run' (did you mean 'post-run-stretches'?);"
                        + " 'limber list' shows them all\n");
    }

    @Test
    void a_missing_file_is_not_found() {
        Cli.Result result = cli().run("show", "nope.yaml");

        assertThat(result.status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(result.err()).isEqualTo("limber: nope.yaml: no such file\n");
    }

    @Test
    void a_broken_routine_prints_its_problems_and_exits_65() throws IOException {
        Path folder = Files.createDirectories(home.resolve(".config/limber/routines"));
        Path file = Files.writeString(
                folder.resolve("mine.yaml"), "title: Mine\nsteps:\n  - name: X\n" + "    reps: many\n");

        Cli.Result byId = cli().run("show", "mine");
        Cli.Result byPath = cli().run("show", file.toString());

        assertThat(byId.status()).isEqualTo(Exit.DATA);
        assertThat(byId.err())
                .isEqualTo("limber: " + file + ":4:11: 'reps' must be a whole number from 1 to 1000;"
                        + " found text 'many'\nlimber: routine 'mine' is not valid; fix the problems above\n");
        assertThat(byPath.status()).isEqualTo(Exit.DATA);
        assertThat(byPath.err()).endsWith("limber: " + file + " is not a valid routine; fix the problems above\n");
    }

    @Test
    void an_id_is_required() {
        Cli.Result result = cli().run("show");

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err()).startsWith("limber: missing ID: a routine id from 'limber list'");
    }

    /**
     * Strings that a YAML 1.1 reader (SnakeYAML, PyYAML) would take for a number, a date, a boolean,
     * null or a merge key, and a YAML 1.2 octal: quoted, so the YAML reads back as the JSON does.
     */
    @Test
    void yaml_output_reads_back_as_the_same_data_in_a_yaml_1_1_reader() throws IOException {
        Path folder = Files.createDirectories(home.resolve("routines"));
        Files.writeString(
                folder.resolve("times.yaml"),
                "id: 2026-11-30\ntitle: \"12:30\"\nsummary: \"1:20:30\"\n"
                        + "tags: [0o17, 2001-12-14, 1-2]\ncaution: \"~\"\nsteps:\n"
                        + "  - name: \"2001-12-14t21:59:43.10-05:00\"\n    reps: 5\n"
                        + "    cues: [\"=\", \"<<\", \"1_000\", \".5\", \"0b101\", \"NO\", \"y\", \"-.inf\", \"0x1F\", \"12:30:15\"]\n");
        ObjectMapper json = new ObjectMapper();

        Object shownJson = json.readValue(
                cli().run("show", "2026-11-30", "--routines", folder.toString(), "--format", "json")
                        .out(),
                Object.class);
        Object shownYaml = new Yaml()
                .load(cli().run("show", "2026-11-30", "--routines", folder.toString(), "--format", "yaml")
                        .out());
        Object listedJson = json.readValue(
                cli().run("list", "--routines", folder.toString(), "--format", "json")
                        .out(),
                Object.class);
        Object listedYaml = new Yaml()
                .load(cli().run("list", "--routines", folder.toString(), "--format", "yaml")
                        .out());

        assertThat(shownYaml).isEqualTo(shownJson);
        assertThat(listedYaml).isEqualTo(listedJson);
        assertThat(((Map<?, ?>) shownYaml).get("title")).isEqualTo("12:30");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1 | Once a day", "2 | Twice a day", "3 | 3 times a day", "1-2 | 1–2 times a day"})
    void how_often_a_day_is_said_in_words(String perDay, String said) throws IOException {
        Path file = Files.writeString(
                home.resolve("daily.yaml"), "title: Daily\nper_day: " + perDay + "\nsteps: [{name: a, time: 30s}]\n");

        assertThat(cli().run("show", file.toString()).out()).contains("\n" + said + "\n");
    }
}
