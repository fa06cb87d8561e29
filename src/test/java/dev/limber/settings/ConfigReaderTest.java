package dev.limber.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.document.Problem;
import dev.limber.document.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigReaderTest {

    private static final Path HOME = Path.of("/home/ana");
    private static final Path FOLDER = Path.of("/home/ana/.config/limber");

    private static Layer read(String yaml) {
        YamlReader.Parsed parsed =
                YamlReader.read(yaml.getBytes(StandardCharsets.UTF_8), "config.yaml", ConfigReader.KIND);
        assertThat(parsed.problems()).as("the YAML itself is fine").isEmpty();
        return ConfigReader.read(parsed.root(), "config.yaml", HOME, FOLDER);
    }

    private static List<String> problems(String yaml) {
        return read(yaml).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void every_setting_is_read_with_where_it_was_written() {
        Layer layer = read("""
                sound: none
                voice: true
                voice_cmd: espeak-ng -s 140
                color: false
                checkin: off
                prepare: 10s
                rest: 1m
                program: none
                routines:
                  - ~/stretches
                  - shared
                  - /srv/routines
                """);

        assertThat(layer.problems()).isEmpty();
        assertThat(layer.size()).isEqualTo(8);
        assertThat(layer.get(Setting.SOUND)).contains(new Sourced<>(Sound.none, Origin.FILE, "config.yaml:1:8"));
        assertThat(layer.get(Setting.VOICE).orElseThrow().value()).isTrue();
        assertThat(layer.get(Setting.VOICE_CMD).orElseThrow().value()).isEqualTo("espeak-ng -s 140");
        assertThat(layer.get(Setting.COLOR).orElseThrow().value()).isFalse();
        assertThat(layer.get(Setting.CHECKIN).orElseThrow().value()).isFalse();
        assertThat(layer.get(Setting.PREPARE).orElseThrow().value()).isEqualTo(10);
        assertThat(layer.get(Setting.REST)).contains(new Sourced<>(60, Origin.FILE, "config.yaml:7:7"));
        assertThat(layer.get(Setting.PROGRAM)).contains(new Sourced<>("none", Origin.FILE, "config.yaml:8:10"));
        assertThat(layer.get(Setting.AUTO_REPS)).isEmpty();
        assertThat(layer.folders())
                .extracting(Sourced::value)
                .containsExactly(HOME.resolve("stretches"), FOLDER.resolve("shared"), Path.of("/srv/routines"));
        assertThat(layer.folders())
                .extracting(Sourced::where)
                .containsExactly("config.yaml:10:5", "config.yaml:11:5", "config.yaml:12:5");
    }

    @Test
    void one_folder_may_be_written_without_a_list() {
        assertThat(read("routines: ~/stretches\n").folders())
                .extracting(Sourced::value)
                .containsExactly(HOME.resolve("stretches"));
    }

    @Test
    void an_empty_file_or_one_of_only_comments_sets_nothing_and_is_fine() {
        for (Layer layer : List.of(ConfigReader.read(null, "config.yaml", HOME, FOLDER), read("# nothing yet\n"))) {
            assertThat(layer.size()).isZero();
            assertThat(layer.folders()).isEmpty();
            assertThat(layer.problems()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sound: nonee                  | config.yaml:1:8: 'sound' must be bell or none; found 'nonee' (did you mean 'none'?)
            voice: maybe                  | config.yaml:1:8: 'voice' must be true or false; found 'maybe'
            color: 2                      | config.yaml:1:8: 'color' must be true or false; found '2'
            checkin:                      | config.yaml:1:9: 'checkin' needs a value: true or false; found nothing
            prepare: soon                 | config.yaml:1:10: 'prepare' is not a length ('soon'); write it like 45s, 2m, 1m30s or 1h
            rest: 2h                      | config.yaml:1:7: 'rest' is at most 1h; found '2h'
            rest: -5s                     | config.yaml:1:7: 'rest' is negative ('-5s'); write a length like 45s, 2m or 1m30s
            program: Back Care            | config.yaml:1:10: 'program' must be a program id, such as back-care, or none; found 'Back Care'
            program: [back-care]          | config.yaml:1:10: 'program' needs a value: a program id, such as back-care, or none; found a list
            voice_cmd: [a, b]             | config.yaml:1:12: 'voice_cmd' needs a value: a command, such as 'espeak-ng -s 140'; found a list
            sounds: none                  | config.yaml:1:1: unknown setting 'sounds' (did you mean 'sound'?)
            favourite: cat-cow            | config.yaml:1:1: unknown setting 'favourite'; known: sound, voice, voice_cmd, color, checkin, prepare, rest, auto_reps, program, routines
            routines: [1, {a: b}]         | config.yaml:1:12: 'routines' is a list of folders, such as [~/stretches]; found a whole number
            - sound: none                 | config.yaml:1:1: a config file is a mapping of settings, such as 'sound: none'; found a list
            """)
    void each_bad_value_is_one_problem_at_its_line_and_column(String yaml, String problem) {
        assertThat(problems(yaml + "\n")).first().isEqualTo(problem);
    }

    @Test
    void control_characters_written_in_a_setting_are_shown_escaped_never_sent_to_the_terminal() {
        assertThat(problems("sound: \"\\e[31mred\"\nrest: \"\\e[2J\"\n\"\\e[1mkey\": x\n"))
                .allSatisfy(problem -> assertThat(problem).doesNotContain("\u001b"));
    }

    @Test
    void every_problem_in_a_file_is_found_and_the_good_values_still_count() {
        Layer layer = read("""
                sound: loud
                prepare: 10s
                sound: none
                rest: forever
                """);

        assertThat(layer.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "config.yaml:1:8: 'sound' must be bell or none; found 'loud'",
                        "config.yaml:3:1: duplicate key 'sound' (first on line 1); keep one",
                        "config.yaml:4:7: 'rest' is not a length ('forever'); write it like 45s, 2m, 1m30s or 1h");
        assertThat(layer.size()).isEqualTo(1);
        assertThat(layer.get(Setting.PREPARE).orElseThrow().value()).isEqualTo(10);
    }
}
