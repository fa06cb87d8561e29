package dev.limber.cli;

import dev.limber.tui.StopSignals;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the launchers run once to make Limber's class-data archive (see src/main/sh/limber-java.bash):
 * the commands people and scripts repeat, in-process and printing nothing, so that the archive holds
 * the classes each of them needs, whichever comes first. Not the coach: it would wait for real time.
 */
public final class ClassDataTraining {

    /** A routine of the user's own, so that reading YAML is in the archive along with the built-in ones. */
    private static final String ROUTINE = """
            title: Training
            tags: [training]
            steps:
              - name: Reach
                time: 30s
                sides: both
                cues: [Reach up.]
              - name: Squat
                reps: 5
                sets: 2
                rest: 10s
              - include: post-run-stretches
            """;

    private static final String HISTORY = "{\"v\":1,\"id\":\"t\",\"routine\":\"back-friendly-walk\","
            + "\"title\":\"Back-friendly walk\",\"started\":\"2026-11-27T07:00:05+01:00\","
            + "\"ended\":\"2026-11-27T07:11:05+01:00\",\"planned_s\":605,\"active_s\":605,\"paused_s\":55,"
            + "\"segments_done\":2,\"segments_skipped\":0,\"completed\":true,\"ended_by\":\"finished\","
            + "\"pain_before\":3,\"pain_after\":2,\"red_flag\":false,\"length_s\":600}\n";

    private static final List<List<String>> COMMANDS = List.of(
            List.of("--version"),
            List.of("--help"),
            List.of("list"),
            List.of("list", "--format", "json"),
            List.of("list", "--format", "ids"),
            List.of("show", "post-run-stretches"),
            List.of("show", "post-run-stretches", "--format", "json"),
            List.of("validate"),
            List.of("show", "back-friendly-walk"),
            List.of("history"),
            List.of("history", "--format", "json"),
            List.of("stats"),
            List.of("stats", "--format", "json"),
            List.of("config"));

    private ClassDataTraining() {}

    public static void main(String[] args) throws IOException {
        // As Main.main does, so that what it loads at every start is in the archive too.
        StopSignals.exitOnEach(new Exit.SystemExit());
        Path home = Files.createTempDirectory("limber-training");
        try {
            Path folder = Files.createDirectories(home.resolve(".config/limber/routines"));
            Files.writeString(folder.resolve("training.yaml"), ROUTINE);
            // A config file, so that reading settings is in the archive too: many people will have one.
            Files.createDirectories(folder.resolveSibling("more"));
            Files.writeString(folder.resolveSibling("config.yaml"), "sound: bell\nrest: 0s\nroutines: [more]\n");
            // A history to read, so that reading one is in the archive too.
            Path state = Files.createDirectories(home.resolve(".local/state/limber"));
            Files.writeString(state.resolve("history.jsonl"), HISTORY.repeat(20));
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            for (List<String> command : COMMANDS) {
                Main.run(nowhere, nowhere, Map.of("HOME", home.toString()), command.toArray(String[]::new));
            }
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
