package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.limber.document.Printable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing from outside Limber reaches the terminal raw: every command, on every path that prints
 * a file name, an argument or a history field, given a value full of escape sequences, C0 and C1
 * controls and bidirectional overrides. Each path must show the value (escaped) and nothing unsafe.
 */
class PrintableOutputTest {

    /** Recolours, retitles the window, rings, clears the screen (8-bit CSI), reverses what follows. */
    static final String HOSTILE = "\u001b[31m\u001b]0;pwned\u0007\u009b2J\u202eevil\u2066x\u2069\u0085\u007f\u2028";
    /**
     * What shows of it, wherever it is printed: the escape sequence that starts it, written out as
     * Limber and JSON write it, or as YAML does; or the override, where only that is quoted.
     */
    private static final List<String> SHOWN = List.of("\\u001b[31m", "\\e[31m", "\\u202e");

    @TempDir
    Path home;

    /** The hostile value as a file name: all of it where file names are UTF-8, else its ASCII part. */
    private static String fileName() {
        boolean utf8 = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"))
                .newEncoder()
                .canEncode(HOSTILE);
        return (utf8 ? HOSTILE : "\u001b[31m\u0007\u007f\t\r") + ".yaml";
    }

    private Cli cli() {
        return new Cli(home).clock(HistoryCommandTest.NOW);
    }

    /** A folder with a good routine and a broken one, both with hostile names. */
    private Path routines() throws IOException {
        Path folder = Files.createDirectories(home.resolve("routines"));
        Files.writeString(
                folder.resolve(fileName()), "id: hostile-name\ntitle: Fine\nsteps: [{name: Reach, reps: 5}]\n");
        Path broken = Files.createDirectories(home.resolve("broken"));
        Files.writeString(broken.resolve(fileName()), "title: Broken\nsteps: [{name: Reach, tiem: 5s}]\n");
        return folder;
    }

    /** A folder with a good program with a hostile file name, naming the hostile-named routine. */
    private Path programs() throws IOException {
        routines();
        Path folder = Files.createDirectories(home.resolve("programs"));
        Files.writeString(
                folder.resolve(fileName()),
                "id: hostile-program\nkind: program\ntitle: Fine\n" + "daily: [{routine: hostile-name}]\n");
        return folder;
    }

    /** A history whose fields were changed by hand to hostile ones, and a damaged line Jackson quotes. */
    private Path history() throws IOException {
        Path state = Files.createDirectories(home.resolve("state"));
        String json = new ObjectMapper().writeValueAsString(HOSTILE);
        Files.writeString(
                state.resolve("history.jsonl"),
                "{\"v\":1,\"id\":" + json + ",\"routine\":" + json
                        + ",\"title\":" + json
                        + ",\"started\":\"2026-11-27T07:30:05+01:00\",\"ended\":\"2026-11-27T07:42:10+01:00\","
                        + "\"planned_s\":605,\"active_s\":605,\"paused_s\":0,\"segments_done\":2,\"segments_skipped\":0,"
                        + "\"completed\":true,\"ended_by\":\"finished\",\"pain_before\":null,\"pain_after\":null,"
                        + "\"red_flag\":null,\"length_s\":null}\n" + HOSTILE + "garbage\n\u202e\u009b[2J{}\n"
                        + "{\"v\":1,\"routine\":" + json + "}\n");
        return state;
    }

    private record Printer(String name, Function<PrintableOutputTest, Cli.Result> run) {}

    private static Printer printer(String name, Function<PrintableOutputTest, Cli.Result> run) {
        return new Printer(name, run);
    }

    private Cli.Result run(String... args) {
        return cli().run(args);
    }

    private Cli.Result unchecked(ThrowingRun run) {
        try {
            return run.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private interface ThrowingRun {
        Cli.Result run() throws IOException;
    }

    @TestFactory
    Stream<DynamicTest> every_path_shows_outside_text_escaped_and_nothing_unsafe() {
        List<Printer> printers = new ArrayList<>(List.of(
                printer(
                        "list: SOURCE column and the broken file's line",
                        t -> t.unchecked(() -> t.run(
                                "list",
                                "--routines",
                                t.routines().toString(),
                                "--routines",
                                t.home.resolve("broken").toString()))),
                printer(
                        "list --format json",
                        t -> t.unchecked(() -> t.run(
                                "list",
                                "--format",
                                "json",
                                "--routines",
                                t.routines().toString()))),
                printer(
                        "list --format yaml",
                        t -> t.unchecked(() -> t.run(
                                "list",
                                "--format",
                                "yaml",
                                "--routines",
                                t.routines().toString()))),
                printer("list --tag", t -> t.run("list", "--tag", HOSTILE)),
                printer("list --routines (no such folder)", t -> t.run("list", "--routines", HOSTILE)),
                printer(
                        "LIMBER_ROUTINES (no such folder)",
                        t -> t.cli().env("LIMBER_ROUTINES", "/" + HOSTILE).run("list")),
                printer(
                        "show FILE",
                        t -> t.unchecked(() ->
                                t.run("show", t.routines().resolve(fileName()).toString()))),
                printer(
                        "show FILE --format json",
                        t -> t.unchecked(() ->
                                t.run("show", t.routines().resolve(fileName()).toString(), "--format", "json"))),
                printer(
                        "show FILE --format yaml",
                        t -> t.unchecked(() ->
                                t.run("show", t.routines().resolve(fileName()).toString(), "--format", "yaml"))),
                printer(
                        "show a broken FILE",
                        t -> t.unchecked(() -> {
                            t.routines();
                            return t.run(
                                    "show",
                                    t.home.resolve("broken").resolve(fileName()).toString());
                        })),
                printer("show ID (no such routine)", t -> t.run("show", HOSTILE)),
                printer("show FILE (no such file)", t -> t.run("show", "./" + HOSTILE + ".yaml")),
                printer("run ID (no such routine)", t -> t.run("run", HOSTILE)),
                printer(
                        "validate a broken FILE",
                        t -> t.unchecked(() -> {
                            t.routines();
                            return t.run("validate", t.home.resolve("broken").toString());
                        })),
                printer("validate PATH (no such file)", t -> t.run("validate", HOSTILE)),
                printer(
                        "program list: SOURCE column",
                        t -> t.unchecked(() -> t.run(
                                "program",
                                "list",
                                "--routines",
                                t.programs().toString(),
                                "--routines",
                                t.home.resolve("routines").toString()))),
                printer(
                        "program show ID: the file",
                        t -> t.unchecked(() -> t.run(
                                "program",
                                "show",
                                "hostile-program",
                                "--routines",
                                t.programs().toString(),
                                "--routines",
                                t.home.resolve("routines").toString()))),
                printer(
                        "program show ID --format json",
                        t -> t.unchecked(() -> t.run(
                                "program",
                                "show",
                                "hostile-program",
                                "--format",
                                "json",
                                "--routines",
                                t.programs().toString(),
                                "--routines",
                                t.home.resolve("routines").toString()))),
                printer("program show ID (no such program)", t -> t.run("program", "show", HOSTILE)),
                printer("program use ID (not an id)", t -> t.run("program", "use", HOSTILE)),
                printer(
                        "LIMBER_PROGRAM (not an id)",
                        t -> t.cli().env("LIMBER_PROGRAM", HOSTILE).run("program", "list")),
                printer(
                        "history: ROUTINE column and the damaged line",
                        t -> t.unchecked(() ->
                                t.run("history", "--state-dir", t.history().toString()))),
                printer(
                        "history --format json",
                        t -> t.unchecked(() -> t.run(
                                "history",
                                "--format",
                                "json",
                                "--state-dir",
                                t.history().toString()))),
                printer(
                        "history --format csv",
                        t -> t.unchecked(() -> t.run(
                                "history",
                                "--format",
                                "csv",
                                "--state-dir",
                                t.history().toString()))),
                printer(
                        "history in a folder with a hostile name",
                        t -> t.unchecked(() -> {
                            Path state = Files.createDirectories(t.home.resolve(fileName()));
                            Files.writeString(state.resolve("history.jsonl"), "garbage\n");
                            return t.run("history", "--state-dir", state.toString());
                        })),
                printer("history --since", t -> t.run("history", "--since", HOSTILE)),
                // A damaged line's reason no longer quotes it: stats shows outside text only in the
                // history's file name.
                printer(
                        "stats with a hostile history in a folder with a hostile name",
                        t -> t.unchecked(() -> {
                            Path state = Files.createDirectories(t.home.resolve(fileName()));
                            Files.writeString(
                                    state.resolve("history.jsonl"),
                                    Files.readString(t.history().resolve("history.jsonl")));
                            return t.run("stats", "--state-dir", state.toString());
                        })),
                printer(
                        "config: LIMBER_CONFIG",
                        t -> t.cli().env("LIMBER_CONFIG", "/" + HOSTILE).run("config")),
                printer(
                        "config --format json: LIMBER_CONFIG",
                        t -> t.cli().env("LIMBER_CONFIG", "/" + HOSTILE).run("config", "--format", "json")),
                printer(
                        "config: a folder in the file",
                        t -> t.unchecked(() -> {
                            Path file =
                                    Files.writeString(t.home.resolve("config.yaml"), "routines:\n  - \"/x/\\e[31m\"\n");
                            return t.cli().env("LIMBER_CONFIG", file.toString()).run("config");
                        })),
                printer("an unknown option", t -> t.run("list", "--" + HOSTILE)),
                printer("an unknown command", t -> t.run(HOSTILE)),
                printer("help for an unknown command", t -> t.run("help", HOSTILE))));
        return printers.stream()
                .map(p -> DynamicTest.dynamicTest(p.name(), () -> {
                    Cli.Result result = p.run().apply(this);

                    String all = result.out() + result.err();
                    assertThat(SHOWN).as("shows the value in:%n%s", all).anyMatch(all.toLowerCase()::contains);
                    assertThat(all.codePoints()
                                    .filter(c -> c != '\n' && Printable.unsafe(c))
                                    .mapToObj(Integer::toHexString))
                            .as("unsafe characters in:%n%s", all)
                            .isEmpty();
                }));
    }

    @Test
    void json_and_yaml_output_escape_the_value_and_read_back_as_the_same_data() throws IOException {
        String source =
                routines().resolve(fileName()).toAbsolutePath().normalize().toString();

        JsonNode json = new ObjectMapper()
                .readTree(cli().run("show", source, "--format", "json").out());
        JsonNode yaml = new ObjectMapper(new YAMLFactory())
                .readTree(cli().run("show", source, "--format", "yaml").out());

        assertThat(json.get("source").asText()).isEqualTo(source);
        assertThat(yaml.get("source").asText()).isEqualTo(source);
        JsonNode history = new ObjectMapper()
                .readTree(cli().run(
                                "history",
                                "--format",
                                "json",
                                "--state-dir",
                                history().toString())
                        .out());
        assertThat(history.get(0).get("title").asText()).isEqualTo(HOSTILE);
    }
}
