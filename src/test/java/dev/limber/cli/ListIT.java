package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code limber list} in a real terminal (tmux) narrower than its table: it asks the terminal how
 * wide it is (the launcher with stty, Java on its own through JLine) and fits, where a pipe gets
 * every column.
 */
class ListIT extends InTmux {

    /** What a 60-column terminal shows: the id, title, steps and time of each routine, on one line each. */
    private static final String[] FITTED = {
        "ID                  TITLE               STEPS    TIME\n",
        "back-friendly-walk  Back-friendly walk      1   10m5s\n",
        "run-day             Run day                11  ~16m8s\n",
    };

    @BeforeEach
    void pane() throws Exception {
        tmux = new Tmux(home, 60, 30);
    }

    @Test
    void the_launcher_fits_the_table_to_the_terminal_and_a_pipe_gets_every_column() throws Exception {
        tmux.line(LIMBER + " list --no-color");
        String screen = tmux.await("shows it.");

        assertThat(screen).contains(FITTED).doesNotContain("SOURCE", "built-in");
        assertThat(tmux.lastStatus()).isZero();

        tmux.line("clear; " + LIMBER + " list | cat");
        // Piped, the table is as wide as ever, and the terminal wraps it.
        String piped = tmux.awaitScreen(s -> s.contains("SOURCE") && s.contains("shows it."));
        assertThat(piped).contains("built-in").doesNotContain(FITTED[0]);
    }

    @Test
    void java_started_without_the_launcher_asks_the_terminal_itself() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        tmux.line("'" + System.getProperty("java.home") + "/bin/java' -cp '" + target.resolve("limber.jar") + ":"
                + target.resolve("lib") + "/*' dev.limber.cli.Main list --no-color");

        assertThat(tmux.await("shows it.")).contains(FITTED).doesNotContain("SOURCE");
    }
}
