package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.testing.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The voice through a real process: a script that writes down what it is told to say. */
class VoiceTest {

    @TempDir
    Path dir;

    private Path speaker() throws IOException {
        Path script = dir.resolve("speak");
        Files.writeString(script, "#!/bin/sh\nprintf '%s|' \"$@\" >> \"" + dir.resolve("said") + "\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** Polls for what was said: speech is in the background, so the test waits for it, up to a limit. */
    private String said(String expected) throws Exception {
        Path said = dir.resolve("said");
        return Await.until(
                "'" + expected + "' said",
                Await.PATIENCE,
                () -> Files.exists(said) ? Files.readString(said) : "",
                text -> text.contains(expected));
    }

    @Test
    void speaks_through_the_command_named_with_the_phrase_last() throws Exception {
        StringBuilder why = new StringBuilder();
        Optional<Voice> voice = Voice.find(speaker() + " --fast", Map.of("PATH", "/usr/bin:/bin"), why);

        assertThat(voice).isPresent();
        try (Voice v = voice.get()) {
            v.say("Switch sides");
            assertThat(said("Switch sides")).isEqualTo("--fast|Switch sides|");
        }
    }

    @Test
    void finds_the_first_speech_command_on_the_path() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.copy(speaker(), bin.resolve("spd-say"));
        Files.setPosixFilePermissions(bin.resolve("spd-say"), PosixFilePermissions.fromString("rwxr-xr-x"));

        Optional<Voice> voice = Voice.find(null, Map.of("PATH", bin.toString()), new StringBuilder());

        assertThat(voice).isPresent();
        try (Voice v = voice.get()) {
            v.say("Rest");
            assertThat(said("Rest")).isEqualTo("--|Rest|");
        }
    }

    /** espeak-ng reads the file a phrase "-f/etc/hostname" names aloud, unless "--" comes first. */
    @Test
    @SuppressWarnings("try") // the second voice is opened only to be closed with the first
    void a_known_command_gets_the_end_of_its_options_and_a_phrase_never_starts_with_a_dash() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.copy(speaker(), bin.resolve("espeak-ng"));
        Files.setPosixFilePermissions(bin.resolve("espeak-ng"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Optional<Voice> found = Voice.find(null, Map.of("PATH", bin.toString()), new StringBuilder());
        Optional<Voice> named =
                Voice.find(bin.resolve("espeak-ng") + " -s 140", Map.of("PATH", "/bin"), new StringBuilder());

        assertThat(found.orElseThrow().commandLine("-f/etc/hostname, left side"))
                .containsExactly(bin.resolve("espeak-ng").toString(), "--", "f/etc/hostname, left side");
        assertThat(named.orElseThrow().commandLine("Rest"))
                .containsExactly(bin.resolve("espeak-ng").toString(), "-s", "140", "--", "Rest");
        try (Voice v = found.get();
                Voice unused = named.get()) {
            v.say("-f/etc/hostname");
            assertThat(said("hostname")).isEqualTo("--|f/etc/hostname|");
        }
    }

    @Test
    void a_command_limber_does_not_know_gets_no_double_dash_but_still_no_phrase_starting_with_one() throws Exception {
        StringBuilder why = new StringBuilder();
        Optional<Voice> voice = Voice.find(speaker() + " --fast", Map.of("PATH", "/usr/bin:/bin"), why);

        try (Voice v = voice.orElseThrow()) {
            v.say(" --f/etc/hostname");
            assertThat(said("hostname")).isEqualTo("--fast|f/etc/hostname|");
        }
    }

    @Test
    void a_missing_command_is_one_reason_and_no_voice() {
        StringBuilder why = new StringBuilder();

        assertThat(Voice.find(null, Map.of("PATH", dir.toString()), why)).isEmpty();
        assertThat(why.toString())
                .isEqualTo("--voice: none of espeak-ng, spd-say, say is installed; going on"
                        + " without voice (or name one with --voice-cmd)");

        StringBuilder whyCmd = new StringBuilder();
        assertThat(Voice.find("no-such-speaker -v en", Map.of("PATH", dir.toString()), whyCmd))
                .isEmpty();
        assertThat(whyCmd.toString()).isEqualTo("--voice-cmd: 'no-such-speaker' not found; going on without voice");
    }

    @Test
    void announcements_are_short_as_a_coach_says_them() {
        var plan = Plans.stretches();

        assertThat(plan.segments())
                .extracting(Audio::announcement)
                .containsExactly(
                        "Get ready. Knee-to-chest stretch",
                        "Knee-to-chest stretch, left side",
                        "Switch sides",
                        "Knee-to-chest stretch, right side",
                        "Cat-cow. 10 reps");
    }

    @Test
    void a_speech_command_that_is_not_there_is_named_where_it_was_set() {
        StringBuilder why = new StringBuilder();

        assertThat(Voice.find("nosuch -s 140", "LIMBER_VOICE_CMD", Map.of("PATH", "/bin"), why))
                .isEmpty();
        assertThat(why.toString()).isEqualTo("LIMBER_VOICE_CMD: 'nosuch' not found; going on without voice");
    }
}
