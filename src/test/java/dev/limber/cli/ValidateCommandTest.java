package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final Path BAD = Path.of("src/test/resources/corpus/bad");
    private static final Path GOOD = Path.of("src/test/resources/corpus/good");

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    @Test
    void with_no_path_checks_every_routine_and_program_limber_finds() {
        Cli.Result result = cli().run("validate");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("Checked 7 routine files and 1 program file: all valid.\n");
    }

    @Test
    void a_program_is_checked_and_said_to_be_one_with_unknown_routines_located() throws IOException {
        Path good = Files.writeString(
                home.resolve("good.yaml"),
                "kind: program\ntitle: G\ndaily:\n" + "  - routine: back-friendly-walk\n    times: 2-3\n");
        Path bad = Files.writeString(
                home.resolve("bad.yaml"),
                "kind: program\ntitle: B\ndaily:\n"
                        + "  - routine: thoracic-mobilty\nweekly:\n  - routine: core-and-glutes\n    times: 60\n");

        Cli.Result ok = cli().run("validate", good.toString());
        Cli.Result broken = cli().run("validate", bad.toString(), good.toString());

        assertThat(ok.status()).isZero();
        assertThat(ok.out()).isEqualTo("Checked 1 program file: all valid.\n");
        assertThat(broken.status()).isEqualTo(Exit.DATA);
        assertThat(broken.err())
                .isEqualTo("limber: " + bad + ":7:12: 'times' must be a number of times a week,"
                        + " like 2, or a range, like 2-3 (at most 50); '60' is not\n");
        assertThat(broken.out()).isEqualTo("Checked 2 program files: 1 with problems (1 problem).\n");

        Path typo = Files.writeString(
                home.resolve("typo.yaml"), "kind: program\ntitle: T\ndaily:\n" + "  - routine: thoracic-mobilty\n");
        Path routine = Files.writeString(home.resolve("routine.yaml"), "title: R\nsteps: [{name: a, reps: 1}]\n");
        Cli.Result unknown = cli().run("validate", typo.toString(), routine.toString());

        assertThat(unknown.status()).isEqualTo(Exit.DATA);
        assertThat(unknown.err())
                .isEqualTo("limber: " + typo + ":4:14: no routine 'thoracic-mobilty' (did you mean"
                        + " 'thoracic-mobility'?); 'limber list' shows them\n");
        assertThat(unknown.out())
                .isEqualTo("Checked 1 routine file and 1 program file: 1 with problems (1 problem).\n");
    }

    @Test
    void a_good_folder_is_all_valid() {
        Cli.Result result = cli().run("validate", GOOD.toString());

        assertThat(result.status()).isEqualTo(Exit.OK);
        assertThat(result.out()).isEqualTo("Checked 5 routine files: all valid.\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void includes_that_are_missing_mistyped_broken_or_cyclic_each_get_their_exact_line() throws IOException {
        Path includes = Path.of("src/test/resources/corpus/includes");

        Cli.Result result = cli().run("validate", includes.toString());

        assertThat(result.status()).isEqualTo(Exit.DATA);
        assertThat(result.err().lines().map(l -> l.replace("limber: " + includes + "/", "")))
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(includes.resolve("expected.txt")));
    }

    @Test
    void every_problem_in_every_bad_file_is_printed_with_a_summary() throws IOException {
        Cli.Result result = cli().run("validate", BAD.toString());

        long expected = Files.readAllLines(BAD.resolve("expected.txt")).stream()
                .filter(l -> !l.isBlank())
                .count();
        assertThat(result.status()).isEqualTo(Exit.DATA);
        assertThat(result.err().lines())
                .hasSize((int) expected)
                .allMatch(l -> l.matches("limber: .+\\.ya?ml(:\\d+:\\d+)?: .+"));
        long files;
        try (var list = Files.list(BAD)) {
            files = list.filter(p -> p.toString().matches(".+\\.ya?ml")).count();
        }
        assertThat(result.out())
                .isEqualTo("Checked " + files + " routine files: " + files + " with problems (" + expected
                        + " problems).\n");
    }

    @Test
    void one_file_with_one_problem() throws IOException {
        Path file = Files.writeString(
                home.resolve("x.yaml"), "title: X\nsteps:\n  - name: Cat-cow\n    tiem: 30s\n" + "    reps: 5\n");

        Cli.Result result = cli().run("validate", file.toString());

        assertThat(result.status()).isEqualTo(Exit.DATA);
        assertThat(result.err())
                .isEqualTo("limber: " + file + ":4:5: unknown key 'tiem' in a step (did you mean" + " 'time'?)\n");
        assertThat(result.out()).isEqualTo("Checked 1 routine file: 1 with problems (1 problem).\n");
    }

    @Test
    void includes_are_checked_against_the_catalog() throws IOException {
        Path good = Files.writeString(home.resolve("good.yaml"), "title: G\nsteps:\n  - include: run-day\n");
        Path bad = Files.writeString(home.resolve("bad.yaml"), "title: B\nsteps:\n  - include: run-dya\n");

        assertThat(cli().run("validate", good.toString()).status()).isZero();
        assertThat(cli().run("validate", bad.toString()).err())
                .isEqualTo("limber: " + bad + ":3:5: cannot include"
                        + " 'run-dya': there is no routine 'run-dya' (did you mean 'run-day'?)\n");
    }

    @Test
    void a_missing_path_is_not_found_and_the_others_are_still_checked() throws IOException {
        Path good = Files.writeString(home.resolve("good.yaml"), "title: G\nsteps: [{name: a, reps: 1}]\n");

        Cli.Result result = cli().run("validate", "nope.yaml", good.toString());

        assertThat(result.status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(result.err()).isEqualTo("limber: nope.yaml: no such file or folder\n");
        assertThat(result.out()).isEqualTo("Checked 1 routine file: 1 path not found.\n");
    }

    @Test
    void a_folder_without_routine_files_says_none_were_found() throws IOException {
        Path empty = Files.createDirectories(home.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a routine\n");

        Cli.Result result = cli().run("validate", empty.toString());

        assertThat(result.status()).isEqualTo(Exit.OK);
        assertThat(result.out())
                .isEqualTo("Checked 0 routine files: none found (a routine file's name ends in .yaml or .yml).\n");
    }

    /**
     * A new seed each run, so the runs add up to many inputs; told on failure, and
     * {@code -Dlimber.random.seed=N} replays it.
     */
    @RepeatedTest(20)
    void random_bytes_are_invalid_never_a_crash() throws IOException {
        long seed = Long.getLong("limber.random.seed", new Random().nextLong());
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        Path file = Files.write(home.resolve("random.yaml"), bytes);

        Cli.Result result = cli().run("validate", file.toString());

        assertThat(result.status())
                .as("seed %d (-Dlimber.random.seed=%d replays it)", seed, seed)
                .isIn(Exit.DATA, Exit.OK);
        assertThat(result.err())
                .as("seed %d (-Dlimber.random.seed=%d replays it)", seed, seed)
                .startsWith("limber: " + file);
    }

    @Test
    void a_folder_given_as_a_file_and_an_unreadable_file_are_problems_not_crashes() throws IOException {
        Path loop = home.resolve("loop.yaml");
        Files.createSymbolicLink(loop, loop);

        Cli.Result result = cli().run("validate", loop.toString());

        // Unreadable is not found, as for show and run (README's table), and said with its reason.
        assertThat(result.status()).isEqualTo(Exit.NOT_FOUND);
        assertThat(result.err()).startsWith("limber: " + loop + ": cannot read this file (");
    }

    @Test
    void on_one_screen_every_problem_comes_before_the_summary() throws IOException {
        Path folder = Files.createDirectories(home.resolve("mine"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(folder.resolve("r" + i + ".yaml"), "title: R\nsteps:\n  - name: X\n    tiem: 30s\n");
        }

        String seen = cli().seen(
                        "validate", folder.toString(), home.resolve("nope.yaml").toString());

        List<String> lines = seen.lines().toList();
        assertThat(lines).hasSize(62);
        assertThat(lines.subList(0, 61)).allSatisfy(line -> assertThat(line).startsWith("limber: "));
        assertThat(lines.get(61))
                .isEqualTo("Checked 30 routine files: 30 with problems (60 problems); 1 path not found.");
    }

    @Test
    void a_length_with_decimals_is_answered_with_the_length_that_was_meant() throws IOException {
        Path file = Files.writeString(
                home.resolve("half.yaml"), "title: Half\nsteps:\n  - name: Hold\n" + "    time: 0.5m\n");

        Cli.Result result = cli().run("validate", file.toString());

        assertThat(result.status()).isEqualTo(Exit.DATA);
        assertThat(result.err())
                .isEqualTo("limber: " + file + ":4:11: 'time' must be whole units ('0.5m'); write 30s\n");
    }

    @Test
    void a_cue_indented_one_step_too_far_is_a_located_problem_not_part_of_the_cue_above() throws IOException {
        Path file = Files.writeString(
                home.resolve("calf.yaml"),
                "title: Calf stretch\nsteps:\n"
                        + "  - name: Calf stretch\n    time: 30s\n    cues:\n      - Keep the knee soft.\n"
                        + "        - Keep the heel down\n");

        Cli.Result result = cli().run("validate", file.toString());

        assertThat(result.status()).isEqualTo(Exit.DATA);
        assertThat(result.err())
                .isEqualTo("limber: " + file + ":7:9: '- Keep the heel down' is indented more than"
                        + " the list item above, so YAML joins it to that item's text; put its '-' in column 7, under the one"
                        + " above, to make it an item of its own\n");
    }
}
