package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script from {@code limber completion}, sourced in a real bash with {@code limber} on the PATH
 * (the checkout's launcher), answering Tab the way bash asks a completion function.
 */
class CompletionIT {

    /**
     * Sets COMP_WORDS and friends for a line typed up to the cursor, calls the completion function and
     * prints COMPREPLY, one candidate a line. compopt is a no-op here: it only works inside a completion
     * that readline started, and outside one it only complains.
     */
    private static final String PRESS_TAB = """
            source <(limber completion) || exit 1
            compopt() { :; }
            COMP_LINE=$1
            COMP_POINT=${#COMP_LINE}
            read -ra COMP_WORDS <<< "$COMP_LINE"
            [[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            _complete_limber
            printf '%s\\n' "${COMPREPLY[@]}"
            """;

    @TempDir
    Path home;

    private Path bin;

    @BeforeEach
    void put_limber_on_the_path() throws IOException {
        bin = Files.createDirectories(home.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("limber"), Path.of("limber").toAbsolutePath());
    }

    /** The link points out of the temp dir: gone before JUnit deletes the folder, which warns of such links. */
    @AfterEach
    void take_limber_off_the_path() throws IOException {
        Files.deleteIfExists(bin.resolve("limber"));
    }

    /** What bash offers when Tab is pressed at the end of {@code line}. */
    private List<String> tab(String line) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", PRESS_TAB, "bash", line)
                .redirectOutput(home.resolve("out").toFile())
                .redirectError(home.resolve("err").toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().remove("XDG_CONFIG_HOME");
        builder.environment().remove("LIMBER_ROUTINES");
        Process bash = builder.start();
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).as("bash finished").isTrue();
        assertThat(Files.readString(home.resolve("err"), StandardCharsets.UTF_8))
                .isEmpty();
        assertThat(bash.exitValue()).isZero();
        String out = Files.readString(home.resolve("out"), StandardCharsets.UTF_8);
        return out.isBlank() ? List.of() : Arrays.asList(out.strip().split("\n"));
    }

    @Test
    void a_command_completes_from_its_first_letters() throws Exception {
        assertThat(tab("limber sh")).containsExactly("show");
        assertThat(tab("limber ")).contains("list", "show", "validate", "completion", "help");
    }

    @Test
    void a_built_in_routine_id_completes_after_show() throws Exception {
        assertThat(tab("limber show post-")).containsExactly("post-run-stretches");
        assertThat(tab("limber run back")).containsExactly("back-friendly-walk");
    }

    @Test
    void your_own_routines_are_offered_too() throws Exception {
        Path mine = Files.createDirectories(home.resolve(".config/limber/routines"));
        Files.writeString(mine.resolve("hip-openers.yaml"), "title: Hip openers\nsteps: [{name: a, reps: 1}]\n");
        Path extra = Files.createDirectories(home.resolve("extra"));
        Files.writeString(extra.resolve("hamstrings.yaml"), "title: Hamstrings\nsteps: [{name: a, reps: 1}]\n");

        assertThat(tab("limber show hip")).containsExactly("hip-openers");
        assertThat(tab("limber show "))
                .contains("hip-openers", "post-run-stretches")
                .doesNotContain("hamstrings");
        assertThat(tab("limber show --routines " + extra + " ham")).containsExactly("hamstrings");
    }

    @Test
    void program_ids_complete_after_program_show_and_use_and_none_after_use() throws Exception {
        Path mine = Files.createDirectories(home.resolve(".config/limber/routines"));
        Files.writeString(
                mine.resolve("strength.yaml"),
                "kind: program\ntitle: Strength\n" + "weekly: [{routine: core-and-glutes}]\n");

        assertThat(tab("limber program ")).contains("list", "show", "use");
        assertThat(tab("limber program show ")).containsExactlyInAnyOrder("back-care", "strength");
        assertThat(tab("limber program use ")).containsExactlyInAnyOrder("none", "back-care", "strength");
        assertThat(tab("limber program use st")).containsExactly("strength");
        assertThat(tab("limber show back")).containsExactly("back-friendly-walk");
    }

    @Test
    void options_complete_and_so_do_their_values() throws Exception {
        assertThat(tab("limber list --fo")).containsExactly("--format");
        assertThat(tab("limber list --format ")).containsExactly("text", "json", "yaml", "ids");
        assertThat(tab("limber today --format ")).containsExactly("text", "json", "line");
    }

    @Test
    void paths_complete_as_files() throws Exception {
        Files.writeString(home.resolve("my-routine.yaml"), "title: Mine\nsteps: [{name: a, reps: 1}]\n");

        assertThat(tab("limber validate " + home + "/my")).containsExactly(home + "/my-routine.yaml");
        assertThat(tab("limber show " + home + "/my")).containsExactly(home + "/my-routine.yaml");
    }
}
