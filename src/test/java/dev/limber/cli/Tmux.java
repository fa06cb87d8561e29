package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.testing.Await;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real terminal for end-to-end tests, as fish-shell's tests use one: a detached tmux pane on a
 * server of its own. Keys go in with send-keys; the screen comes out with capture-pane, polled until
 * it shows what is expected (never a bare sleep).
 */
final class Tmux implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final String socket = "limber-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    Tmux(Path home, int columns, int rows) throws IOException, InterruptedException {
        this(home, columns, rows, true);
    }

    /** @param quiet no pain check-ins (LIMBER_NO_CHECKIN), for tests about something else */
    Tmux(Path home, int columns, int rows, boolean quiet) throws IOException, InterruptedException {
        // No history file: bash writes one into HOME as kill-server hangs it up, which can land while
        // the test's HOME is being deleted (the more so now that it holds Limber's class-data archive).
        // The shell starts from a cleared environment (Processes.environment): nothing of the real home.
        List<String> command = new ArrayList<>(List.of(
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                "t",
                "-x",
                String.valueOf(columns),
                "-y",
                String.valueOf(rows),
                "env",
                "-i"));
        Processes.environment(home).forEach((name, value) -> command.add(name + "=" + value));
        command.addAll(List.of(
                "PS1=$ ",
                "TERM=xterm-256color",
                "LIMBER_NO_CHECKIN=" + (quiet ? "1" : ""),
                "HISTFILE=/dev/null",
                "bash",
                "--norc",
                "--noprofile"));
        tmux(command.toArray(new String[0]));
        awaitScreen(s -> s.contains("$"));
    }

    /**
     * Deletes a test's home once the pane is closed. Not a JUnit temp dir: a Limber still running
     * when the pane closes saves its session there as it exits, after the test, and a single delete
     * would race it; so it is tried again for up to ten seconds.
     */
    static void deleteHome(Path home) throws InterruptedException {
        if (home == null) {
            return;
        }
        Await.within(Duration.ofSeconds(10), () -> deleted(home));
    }

    private static boolean deleted(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
        return !Files.exists(folder);
    }

    static boolean installed() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Types a line and presses Enter. */
    void line(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "t", "-l", text);
        tmux("send-keys", "-t", "t", "Enter");
    }

    /** Presses keys by tmux's names: {@code Space}, {@code C-c}, {@code Escape}, or plain text. */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("send-keys", "-t", "t"));
        command.addAll(List.of(keys));
        tmux(command.toArray(new String[0]));
    }

    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", "t");
    }

    /** What tmux knows of the pane: {@code #{cursor_flag}}, {@code #{alternate_on}} and the like. */
    String pane(String format) throws IOException, InterruptedException {
        return tmux("display-message", "-p", "-t", "t", format).strip();
    }

    /**
     * Sends {@code signal} ({@code TERM}, {@code HUP}, ...) to the Limber running in the pane, by its
     * pid: the Java process under the pane's shell (the launcher execs it), never a match by name
     * that could reach another test's Limber.
     */
    void signal(String signal) throws IOException, InterruptedException {
        long shell = Long.parseLong(pane("#{pane_pid}"));
        List<ProcessHandle> limbers = ProcessHandle.of(shell).stream()
                .flatMap(ProcessHandle::descendants)
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .toList();
        assertThat(limbers).as("the Java processes under the pane's shell").hasSize(1);
        Process kill = new ProcessBuilder(
                        "kill", "-" + signal, Long.toString(limbers.get(0).pid()))
                .redirectErrorStream(true)
                .start();
        String said = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kill.waitFor()).as("kill -%s: %s", signal, said).isZero();
    }

    void resize(int columns, int rows) throws IOException, InterruptedException {
        tmux("resize-window", "-t", "t", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    /** Polls the screen until it satisfies {@code wanted}; fails with the last screen after a while. */
    String awaitScreen(Predicate<String> wanted) throws IOException, InterruptedException {
        return Await.until("the screen to show what was expected", PATIENCE, this::screen, wanted);
    }

    /** Waits for the shell's prompt on the last line: the command before it has exited. */
    String awaitPrompt() throws IOException, InterruptedException {
        return awaitScreen(s -> s.strip().endsWith("\n$") || s.strip().equals("$"));
    }

    String await(String text) throws IOException, InterruptedException {
        return awaitScreen(s -> s.contains(text));
    }

    /** After Limber has exited: the shell's terminal settings and cursor are as a shell wants them. */
    void assertTerminalGivenBack() throws IOException, InterruptedException {
        // The quotes in fl""ags keep the typed command from matching what its output is awaited by.
        line("clear; echo \"fl\"\"ags=$(stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e -icanon -e -echo"
                + " | paste -sd, -)\"");
        String screen = await("flags=");
        assertThat(screen).contains("flags=icanon,echo");
        assertThat(pane("#{cursor_flag} #{alternate_on}")).isEqualTo("1 0");
    }

    /** The terminal's settings as {@code stty -a} tells them, through the shell (kept in {@code file}). */
    String settings(Path file) throws IOException, InterruptedException {
        line("clear; stty -a > " + file + "; echo \"stty\"\"-saved \"" + file.getFileName());
        awaitScreen(s -> s.lines().anyMatch(l -> l.equals("stty-saved " + file.getFileName())));
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The exit status of the last command, as the shell saw it. */
    int lastStatus() throws IOException, InterruptedException {
        line("echo \"sta\"\"tus=$?\"");
        Matcher status = Pattern.compile("status=(\\d+)").matcher(await("status="));
        assertThat(status.find()).isTrue();
        return Integer.parseInt(status.group(1));
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    @Override
    public void close() throws IOException {
        // Not InterruptedException, which try-with-resources would have to expect from every close.
        try {
            tmux("kill-server");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
