package dev.limber.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PATH with what the launchers use themselves and no java: an answer the launcher gives there came
 * from what it keeps (today's line, the routine ids), since a launcher that needs Java finds none.
 * Closing it removes its links before JUnit deletes the folder, which warns of links out of it.
 */
final class NoJava implements AutoCloseable {

    /** What a run printed, and its status. */
    record Answer(int status, String out, String err) {}

    private final Path home;
    private final Path bin;

    NoJava(Path home) throws IOException {
        this.home = home;
        this.bin = Files.createDirectories(home.resolve("no-java-bin"));
        for (String tool : List.of("bash", "env", "find", "date", "readlink", "cat", "dirname", "stat")) {
            Path found = Stream.of("/usr/bin", "/bin")
                    .map(d -> Path.of(d, tool))
                    .filter(Files::isExecutable)
                    .findFirst()
                    .orElseThrow();
            Files.createSymbolicLink(bin.resolve(tool), found);
        }
    }

    /** Runs ./limber with {@code args}, on this PATH unless {@code withJava}, with {@code more} set too. */
    Answer run(boolean withJava, Map<String, String> more, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Processes.LIMBER));
        command.addAll(List.of(args));
        ProcessBuilder builder = Processes.hermetic(home, command);
        if (!withJava) {
            builder.environment().remove("JAVA_HOME");
            builder.environment().put("PATH", bin.toString());
        }
        builder.environment().putAll(more);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("limber " + String.join(" ", args) + " did not end in 60 s");
        }
        return new Answer(
                process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> links = Files.list(bin)) {
            for (Path link : links.toList()) {
                Files.delete(link);
            }
        }
    }
}
