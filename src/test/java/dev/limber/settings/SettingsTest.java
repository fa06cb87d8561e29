package dev.limber.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.limber.document.Problem;
import dev.limber.document.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsTest {

    private static final Path HOME = Path.of("/home/ana");

    private static <T> Layer file(Setting<T> setting, T value) {
        return new Layer.Builder()
                .set(setting, new Sourced<>(value, Origin.FILE, "config.yaml:1:1"))
                .build();
    }

    private static Layer file(String yaml) {
        YamlReader.Parsed parsed =
                YamlReader.read(yaml.getBytes(StandardCharsets.UTF_8), "config.yaml", ConfigReader.KIND);
        return ConfigReader.read(parsed.root(), "config.yaml", HOME, HOME);
    }

    private static Layer env(Map<String, String> variables) {
        return Layer.environment(variables, HOME);
    }

    private static <T> Flags flag(Setting<T> setting, T value) {
        return Flags.none().set(setting, value);
    }

    @Test
    void with_nothing_set_limber_uses_its_own_defaults() {
        Settings settings = Settings.resolve(Flags.none(), List.of(), Layer.EMPTY, Layer.EMPTY);

        assertThat(settings.bell()).isTrue();
        assertThat(settings.voice()).isFalse();
        assertThat(settings.voiceCommand()).isNull();
        assertThat(settings.color()).isTrue();
        assertThat(settings.checkIns()).isTrue();
        assertThat(settings.prepare()).isNull();
        assertThat(settings.rest()).isNull();
        assertThat(settings.autoReps()).isFalse();
        assertThat(settings.folders()).isEmpty();
        assertThat(settings.sourced(Setting.SOUND)).isEqualTo(new Sourced<>(Sound.bell, Origin.DEFAULT, "default"));
        assertThat(settings.program()).contains("back-care");
        for (Setting<?> setting : Setting.ALL) {
            assertThat(settings.sourced(setting).origin()).as(setting.key()).isEqualTo(Origin.DEFAULT);
        }
    }

    /** Each setting of one value, written as a person writes it, and what it means. */
    static Stream<Arguments> written() {
        return Stream.of(
                arguments(Setting.SOUND, "None", Sound.none),
                arguments(Setting.VOICE, "yes", true),
                arguments(Setting.VOICE_CMD, "espeak-ng -s 140", "espeak-ng -s 140"),
                arguments(Setting.COLOR, "off", false),
                arguments(Setting.CHECKIN, "no", false),
                arguments(Setting.PREPARE, "10s", 10),
                arguments(Setting.REST, "1m30s", 90),
                arguments(Setting.AUTO_REPS, "on", true),
                arguments(Setting.PROGRAM, "mine", "mine"));
    }

    @Test
    void every_setting_is_in_the_table_of_values_as_written() {
        assertThat(written().map(a -> a.get()[0])).containsExactlyElementsOf(Setting.ALL);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("written")
    <T> void each_setting_means_the_same_from_the_file_the_environment_and_a_flag(
            Setting<T> setting, String text, T value) throws BadValue {
        Settings fromFile =
                Settings.resolve(Flags.none(), List.of(), Layer.EMPTY, file(setting.key() + ": " + text + "\n"));
        Settings fromFlag = Settings.resolve(flag(setting, setting.parse(text)), List.of(), Layer.EMPTY, Layer.EMPTY);

        assertThat(fromFile.sourced(setting))
                .isEqualTo(new Sourced<>(
                        value, Origin.FILE, "config.yaml:1:" + (setting.key().length() + 3)));
        assertThat(fromFile.get(setting)).isEqualTo(value);
        assertThat(fromFlag.sourced(setting)).isEqualTo(new Sourced<>(value, Origin.FLAG, setting.flag()));
        if (setting != Setting.COLOR && setting != Setting.CHECKIN) {
            Settings fromEnvironment = Settings.resolve(
                    Flags.none(), List.of(), env(Map.of(setting.variable(), " " + text + " ")), Layer.EMPTY);
            assertThat(fromEnvironment.sourced(setting))
                    .isEqualTo(new Sourced<>(value, Origin.ENVIRONMENT, setting.variable()));
        }
    }

    /** A bad value for each setting, and the one reason its parser gives wherever it was written. */
    static Stream<Arguments> bad() {
        return Stream.of(
                arguments(Setting.SOUND, "loud", "must be bell or none; found 'loud'"),
                arguments(Setting.SOUND, "non", "must be bell or none; found 'non' (did you mean 'none'?)"),
                arguments(Setting.VOICE, "maybe", "must be true or false; found 'maybe'"),
                arguments(Setting.COLOR, "2", "must be true or false; found '2'"),
                arguments(Setting.CHECKIN, "sometimes", "must be true or false; found 'sometimes'"),
                arguments(Setting.PREPARE, "soon", "is not a length ('soon'); write it like 45s, 2m, 1m30s or 1h"),
                arguments(Setting.REST, "2h", "is at most 1h; found '2h'"),
                arguments(Setting.AUTO_REPS, "maybe", "must be true or false; found 'maybe'"),
                arguments(
                        Setting.PROGRAM,
                        "my program",
                        "must be a program id, such as back-care, or none;" + " found 'my program'"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("bad")
    void a_bad_value_has_the_same_reason_from_the_file_the_environment_and_a_flag(
            Setting<?> setting, String text, String reason) {
        Layer file = file(setting.key() + ": " + text + "\n");

        assertThat(file.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "config.yaml:1:" + (setting.key().length() + 3) + ": '" + setting.key() + "' " + reason);
        assertThat(file.get(setting)).isEmpty();
        assertThatThrownBy(() -> setting.parse(text))
                .isInstanceOf(BadValue.class)
                .hasMessage(reason);
        if (setting != Setting.COLOR && setting != Setting.CHECKIN) {
            assertThat(env(Map.of(setting.variable(), text)).problems())
                    .extracting(Problem::toString)
                    .containsExactly(setting.variable() + ": '" + setting.key() + "' " + reason + "; or unset it");
        }
    }

    @Test
    void the_program_is_an_id_or_none_from_the_flag_the_environment_or_the_file() {
        Layer file = file(Setting.PROGRAM, "mine");

        assertThat(Settings.resolve(Flags.none(), List.of(), Layer.EMPTY, file).program())
                .contains("mine");
        assertThat(Settings.resolve(Flags.none(), List.of(), env(Map.of("LIMBER_PROGRAM", "None")), file)
                        .program())
                .isEmpty();
        assertThat(Settings.resolve(
                                flag(Setting.PROGRAM, "other"), List.of(), env(Map.of("LIMBER_PROGRAM", "none")), file)
                        .sourced(Setting.PROGRAM))
                .isEqualTo(new Sourced<>("other", Origin.FLAG, "--program"));
        Settings bad = Settings.resolve(Flags.none(), List.of(), env(Map.of("LIMBER_PROGRAM", "my program")), file);
        assertThat(bad.program()).contains("mine");
        assertThat(bad.problems())
                .extracting(Problem::toString)
                .containsExactly("LIMBER_PROGRAM: 'program' must be a"
                        + " program id, such as back-care, or none; found 'my program'; or unset it");
    }

    @Test
    void reps_that_end_by_themselves_are_asked_for_by_flag_environment_or_file() {
        Layer file = file(Setting.AUTO_REPS, true);

        assertThat(Settings.resolve(Flags.none(), List.of(), Layer.EMPTY, file).autoReps())
                .isTrue();
        assertThat(Settings.resolve(Flags.none(), List.of(), env(Map.of("LIMBER_AUTO_REPS", "0")), file)
                        .autoReps())
                .isFalse();
        assertThat(Settings.resolve(Flags.none(), List.of(), env(Map.of("LIMBER_AUTO_REPS", "1")), Layer.EMPTY)
                        .sourced(Setting.AUTO_REPS))
                .isEqualTo(new Sourced<>(true, Origin.ENVIRONMENT, "LIMBER_AUTO_REPS"));
        assertThat(Settings.resolve(flag(Setting.AUTO_REPS, true), List.of(), Layer.EMPTY, Layer.EMPTY)
                        .sourced(Setting.AUTO_REPS))
                .isEqualTo(new Sourced<>(true, Origin.FLAG, "--auto-reps"));
        Settings bad = Settings.resolve(Flags.none(), List.of(), env(Map.of("LIMBER_AUTO_REPS", "maybe")), Layer.EMPTY);
        assertThat(bad.autoReps()).isFalse();
        assertThat(bad.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "LIMBER_AUTO_REPS: 'auto_reps' must" + " be true or false; found 'maybe'; or unset it");
    }

    @Test
    void an_empty_speech_command_is_refused_and_an_empty_variable_is_as_if_unset() {
        assertThatThrownBy(() -> Setting.VOICE_CMD.parse(" "))
                .isInstanceOf(BadValue.class)
                .hasMessage("is empty; name a speech command, such as 'espeak-ng -s 140'");
        assertThat(file("voice_cmd: \"\"\n").problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "config.yaml:1:12: 'voice_cmd' needs a value: a command, such as 'espeak-ng -s 140'; found nothing");
        assertThat(env(Map.of("LIMBER_VOICE_CMD", " ")).get(Setting.VOICE_CMD)).isEmpty();
    }

    @Test
    void a_flag_beats_the_environment_which_beats_the_file_which_beats_the_default() {
        Layer file = file(Setting.SOUND, Sound.none);
        Layer environment = env(Map.of("LIMBER_SOUND", "bell"));

        assertThat(Settings.resolve(Flags.none(), List.of(), Layer.EMPTY, file).sourced(Setting.SOUND))
                .isEqualTo(new Sourced<>(Sound.none, Origin.FILE, "config.yaml:1:1"));
        assertThat(Settings.resolve(Flags.none(), List.of(), environment, file).sourced(Setting.SOUND))
                .isEqualTo(new Sourced<>(Sound.bell, Origin.ENVIRONMENT, "LIMBER_SOUND"));
        assertThat(Settings.resolve(flag(Setting.SOUND, Sound.none), List.of(), environment, file)
                        .sourced(Setting.SOUND))
                .isEqualTo(new Sourced<>(Sound.none, Origin.FLAG, "--sound"));
    }

    @Test
    void a_later_flag_of_a_command_beats_an_earlier_one_for_the_same_setting() {
        Flags flags = flag(Setting.PREPARE, 5).add(flag(Setting.PREPARE, 0).set(Setting.REST, 3));

        Settings settings = Settings.resolve(flags, List.of(), Layer.EMPTY, Layer.EMPTY);

        assertThat(settings.prepare()).isZero();
        assertThat(settings.rest()).isEqualTo(3);
    }

    @Test
    void routine_folders_add_up_file_then_environment_then_flags() {
        Layer file = new Layer.Builder()
                .folder(new Sourced<>(Path.of("/a"), Origin.FILE, "config.yaml:2:5"))
                .build();
        Layer environment = env(Map.of("LIMBER_ROUTINES", "/b:~/c::"));

        Settings settings = Settings.resolve(Flags.none(), List.of(Path.of("/d")), environment, file);

        assertThat(settings.folders())
                .extracting(Sourced::value)
                .containsExactly(Path.of("/a"), Path.of("/b"), HOME.resolve("c"), Path.of("/d"));
        assertThat(settings.folders())
                .extracting(Sourced::where)
                .containsExactly("config.yaml:2:5", "LIMBER_ROUTINES", "LIMBER_ROUTINES", "--routines");
    }

    @Test
    void the_environment_reads_as_people_set_it() {
        Settings settings = Settings.resolve(
                Flags.none(),
                List.of(),
                env(Map.of(
                        "NO_COLOR",
                        "0",
                        "LIMBER_NO_CHECKIN",
                        "1",
                        "LIMBER_VOICE",
                        "yes",
                        "LIMBER_PREPARE",
                        "15s",
                        "LIMBER_REST",
                        "")),
                Layer.EMPTY);

        // no-color.org: any value but the empty one turns colour off, even "0".
        assertThat(settings.color()).isFalse();
        assertThat(settings.checkIns()).isFalse();
        assertThat(settings.voice()).isTrue();
        assertThat(settings.prepare()).isEqualTo(15);
        assertThat(settings.sourced(Setting.REST).origin()).isEqualTo(Origin.DEFAULT);
        assertThat(Settings.resolve(Flags.none(), List.of(), env(Map.of("LIMBER_NO_CHECKIN", "0")), Layer.EMPTY)
                        .checkIns())
                .isTrue();
        assertThat(Settings.resolve(Flags.none(), List.of(), env(Map.of("LIMBER_NO_CHECKIN", "whatever")), Layer.EMPTY)
                        .checkIns())
                .isFalse();
    }

    @Test
    void a_bad_environment_value_is_a_problem_named_by_its_variable_and_the_file_value_stands() {
        Settings settings = Settings.resolve(
                Flags.none(), List.of(), env(Map.of("LIMBER_PREPARE", "a while")), file(Setting.PREPARE, 20));

        assertThat(settings.prepare()).isEqualTo(20);
        assertThat(settings.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "LIMBER_PREPARE: 'prepare' is not a length ('a while'); write it like 45s, 2m, 1m30s or 1h;"
                                + " or unset it");
    }

    @Test
    void each_value_is_shown_as_limber_config_shows_it() {
        assertThat(Setting.SOUND.show(Sound.none)).isEqualTo("none");
        assertThat(Setting.PREPARE.show(null)).isEqualTo("as each routine says");
        assertThat(Setting.REST.show(90)).isEqualTo("1m30s");
        assertThat(Setting.VOICE_CMD.show(null)).isEqualTo("the first of espeak-ng, spd-say, say");
        assertThat(Setting.VOICE_CMD.show("say\u001b[2J")).doesNotContain("\u001b");
        assertThat(Setting.VOICE.show(true)).isEqualTo("true");
        assertThat(Setting.SOUND.json(Sound.bell)).isEqualTo("bell");
        assertThat(Setting.REST.json(90)).isEqualTo(90);
        assertThat(Setting.PREPARE.json(null)).isNull();
    }
}
