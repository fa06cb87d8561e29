package dev.limber.remind;

import dev.limber.document.Problem;
import dev.limber.settings.PathNames;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The system's programs reminders need (systemctl, notify-send, osascript), found on the PATH of the
 * environment Limber was given and run in it: arguments as a list, never through a shell, input from
 * /dev/null, and a time limit, so that no program can hang a reminder or read a typed answer.
 */
public final class Tools {

    /** The most of a program's output kept: a few lines are all Limber reads. */
    private static final int KEPT = 64 << 10;

    private final Map<String, String> env;

    public Tools(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /**
     * How a program ran.
     *
     * @param status its exit status, or -1 when it could not be run or did not finish in time
     * @param why    when it could not be run or finish, why; else empty
     */
    public record Ran(int status, String out, String err, String why) {

        public boolean ok() {
            return status == 0;
        }

        /** Why it failed, in a few words: its own first line on stderr, its status, or why it did not run. */
        public String reason() {
            if (!why.isEmpty()) {
                return why;
            }
            String said = err.strip().lines().findFirst().orElse("");
            return said.isEmpty() ? "exit status " + status : said;
        }
    }

    /** The program {@code name} on the PATH, if it is there. */
    public Optional<Path> find(String name) {
        return PathNames.executable(name, env);
    }

    /** Runs {@code name} from the PATH with {@code args}; a {@link Ran} with its reason when it can't. */
    public Ran run(Duration limit, String name, String... args) {
        Optional<Path> program = find(name);
        if (program.isEmpty()) {
            return new Ran(-1, "", "", name + " is not installed (not on the PATH)");
        }
        List<String> command = new ArrayList<>();
        command.add(program.get().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Ran(-1, "", "", "cannot run " + name + ": " + Problem.reason(e));
        }
        Drain out = new Drain(process.getInputStream());
        Drain err = new Drain(process.getErrorStream());
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Ran(-1, out.text(), err.text(), name + " did not finish in " + limit.toSeconds() + " s");
            }
            // Its output ends with it, unless it left a child holding the pipes: then not waited for long.
            out.join();
            err.join();
            return new Ran(process.exitValue(), out.text(), err.text(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new Ran(-1, out.text(), err.text(), name + " was interrupted");
        }
    }

    /** Reads a program's output on a thread of its own, so that neither pipe fills and stalls it. */
    private static final class Drain {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final Thread thread;

        Drain(InputStream in) {
            thread = new Thread(
                    () -> {
                        byte[] buffer = new byte[8192];
                        try (in) {
                            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                                synchronized (kept) {
                                    kept.write(buffer, 0, Math.max(0, Math.min(n, KEPT - kept.size())));
                                }
                            }
                        } catch (IOException e) {
                            // The program went away: what it said so far is all there is.
                        }
                    },
                    "limber-tool-output");
            thread.setDaemon(true);
            thread.start();
        }

        void join() throws InterruptedException {
            thread.join(2000);
        }

        String text() {
            synchronized (kept) {
                return kept.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
