package dev.limber.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.document.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final Path HOME = Path.of("/home/ana");

    private static Layer file(Setting setting, Object value) {
        return new Layer(Map.of(setting, new Choice(value, Origin.FILE, "config.yaml:1:1")), List.of(), List.of());
    }

    private static Layer env(Map<String, String> variables) {
        return Layer.environment(variables, HOME);
    }

    @Test
    void with_nothing_set_limber_uses_its_own_defaults() {
        Settings settings = Settings.resolve(Map.of(), List.of(), Layer.EMPTY, Layer.EMPTY);

        assertThat(settings.bell()).isTrue();
        assertThat(settings.voice()).isFalse();
        assertThat(settings.voiceCommand()).isNull();
        assertThat(settings.color()).isTrue();
        assertThat(settings.checkIns()).isTrue();
        assertThat(settings.prepare()).isNull();
        assertThat(settings.rest()).isNull();
        assertThat(settings.autoReps()).isFalse();
        assertThat(settings.folders()).isEmpty();
        assertThat(settings.choice(Setting.SOUND)).isEqualTo(new Choice("bell", Origin.DEFAULT, "default"));
        assertThat(settings.program()).contains("back-care");
    }

    @Test
    void the_program_is_an_id_or_none_from_the_flag_the_environment_or_the_file() {
        Layer file = file(Setting.PROGRAM, "mine");

        assertThat(Settings.resolve(Map.of(), List.of(), Layer.EMPTY, file).program()).contains("mine");
        assertThat(Settings.resolve(Map.of(), List.of(), env(Map.of("LIMBER_PROGRAM", "None")), file).program())
                .isEmpty();
        assertThat(Settings.resolve(Map.of(Setting.PROGRAM, "other"), List.of(), env(Map.of("LIMBER_PROGRAM", "none")),
                file).choice(Setting.PROGRAM)).isEqualTo(new Choice("other", Origin.FLAG, "--program"));
        Settings bad = Settings.resolve(Map.of(), List.of(), env(Map.of("LIMBER_PROGRAM", "my program")), file);
        assertThat(bad.program()).contains("mine");
        assertThat(bad.problems()).extracting(Problem::toString).containsExactly("LIMBER_PROGRAM: 'program' must be a"
                + " program id, such as back-care, or none; found 'my program'; unset it or give a program id, such as"
                + " back-care, or none");
    }

    @Test
    void reps_that_end_by_themselves_are_asked_for_by_flag_environment_or_file() {
        Layer file = file(Setting.AUTO_REPS, true);

        assertThat(Settings.resolve(Map.of(), List.of(), Layer.EMPTY, file).autoReps()).isTrue();
        assertThat(Settings.resolve(Map.of(), List.of(), env(Map.of("LIMBER_AUTO_REPS", "0")), file).autoReps())
                .isFalse();
        assertThat(Settings.resolve(Map.of(), List.of(), env(Map.of("LIMBER_AUTO_REPS", "1")), Layer.EMPTY)
                .choice(Setting.AUTO_REPS)).isEqualTo(new Choice(true, Origin.ENVIRONMENT, "LIMBER_AUTO_REPS"));
        assertThat(Settings.resolve(Map.of(Setting.AUTO_REPS, true), List.of(), Layer.EMPTY, Layer.EMPTY)
                .choice(Setting.AUTO_REPS)).isEqualTo(new Choice(true, Origin.FLAG, "--auto-reps"));
        Settings bad = Settings.resolve(Map.of(), List.of(), env(Map.of("LIMBER_AUTO_REPS", "maybe")), Layer.EMPTY);
        assertThat(bad.autoReps()).isFalse();
        assertThat(bad.problems()).extracting(Problem::toString).containsExactly("LIMBER_AUTO_REPS: 'auto_reps' must"
                + " be true or false; found 'maybe'; unset it or give true or false");
    }

    @Test
    void a_flag_beats_the_environment_which_beats_the_file_which_beats_the_default() {
        Layer file = file(Setting.SOUND, "none");
        Layer environment = env(Map.of("LIMBER_SOUND", "bell"));

        assertThat(Settings.resolve(Map.of(), List.of(), Layer.EMPTY, file).choice(Setting.SOUND))
                .isEqualTo(new Choice("none", Origin.FILE, "config.yaml:1:1"));
        assertThat(Settings.resolve(Map.of(), List.of(), environment, file).choice(Setting.SOUND))
                .isEqualTo(new Choice("bell", Origin.ENVIRONMENT, "LIMBER_SOUND"));
        assertThat(Settings.resolve(Map.of(Setting.SOUND, "none"), List.of(), environment, file)
                .choice(Setting.SOUND)).isEqualTo(new Choice("none", Origin.FLAG, "--sound"));
    }

    @Test
    void routine_folders_add_up_file_then_environment_then_flags() {
        Layer file = new Layer(Map.of(), List.of(new Choice(Path.of("/a"), Origin.FILE, "config.yaml:2:5")),
                List.of());
        Layer environment = env(Map.of("LIMBER_ROUTINES", "/b:~/c::"));

        Settings settings = Settings.resolve(Map.of(), List.of(Path.of("/d")), environment, file);

        assertThat(settings.folders()).extracting(Choice::value).containsExactly(Path.of("/a"), Path.of("/b"),
                HOME.resolve("c"), Path.of("/d"));
        assertThat(settings.folders()).extracting(Choice::where).containsExactly("config.yaml:2:5",
                "LIMBER_ROUTINES", "LIMBER_ROUTINES", "--routines");
    }

    @Test
    void the_environment_reads_as_people_set_it() {
        Settings settings = Settings.resolve(Map.of(), List.of(), env(Map.of("NO_COLOR", "0",
                "LIMBER_NO_CHECKIN", "1", "LIMBER_VOICE", "yes", "LIMBER_PREPARE", "15s", "LIMBER_REST", "")),
                Layer.EMPTY);

        // no-color.org: any value but the empty one turns colour off, even "0".
        assertThat(settings.color()).isFalse();
        assertThat(settings.checkIns()).isFalse();
        assertThat(settings.voice()).isTrue();
        assertThat(settings.prepare()).isEqualTo(15);
        assertThat(settings.choice(Setting.REST).origin()).isEqualTo(Origin.DEFAULT);
        assertThat(Settings.resolve(Map.of(), List.of(), env(Map.of("LIMBER_NO_CHECKIN", "0")), Layer.EMPTY)
                .checkIns()).isTrue();
    }

    @Test
    void a_bad_environment_value_is_a_problem_named_by_its_variable_and_the_file_value_stands() {
        Settings settings = Settings.resolve(Map.of(), List.of(), env(Map.of("LIMBER_PREPARE", "a while")),
                file(Setting.PREPARE, 20));

        assertThat(settings.prepare()).isEqualTo(20);
        assertThat(settings.problems()).extracting(Problem::toString).containsExactly(
                "LIMBER_PREPARE: 'prepare' is not a length ('a while'); write it like 45s, 2m, 1m30s or 1h;"
                        + " unset it or give a length like 10s, or 0s for none");
    }
}
