package dev.limber.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests of Limber in a tmux pane, in a home of its own: the one setup the tmux tests share. The home
 * is not a JUnit temp dir: a Limber still running when the pane closes saves its session there as it
 * exits, after the test, and JUnit would fail to delete the folder under it ({@link Tmux#deleteHome}).
 */
abstract class InTmux {

    static final String LIMBER = Processes.LIMBER;

    Path home;
    /** The pane: a test (or a subclass's own set-up) opens it at the size it needs. */
    Tmux tmux;

    @BeforeEach
    void makeHome() throws Exception {
        assumeTrue(Tmux.installed(), "tmux is not installed (.ci/run installs it)");
        home = Files.createTempDirectory("limber-" + getClass().getSimpleName());
    }

    @AfterEach
    void closePaneAndHome() throws Exception {
        if (tmux != null) {
            tmux.close();
        }
        Tmux.deleteHome(home);
    }
}
