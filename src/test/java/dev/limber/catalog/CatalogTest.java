package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.document.Problem;
import dev.limber.plan.SegmentKind;
import dev.limber.settings.Layer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog over real folders in a temp dir, with the real built-in routines underneath. */
class CatalogTest {

    @TempDir
    Path home;

    private Path folder(String name) throws IOException {
        return Files.createDirectories(home.resolve(name));
    }

    private static Path write(Path folder, String file, String yaml) throws IOException {
        return Files.writeString(folder.resolve(file), yaml);
    }

    private static String routine(String title) {
        return "title: " + title + "\nsteps:\n  - name: Walk\n    time: 1m\n";
    }

    /** The catalog as Limber's commands make it: LIMBER_ROUTINES' folders, then {@code --routines}' ones. */
    private Catalog load(Map<String, String> env, Path... routineOptions) {
        List<Path> folders = new java.util.ArrayList<>();
        Layer.environment(env, home).folders().forEach(folder -> folders.add(folder.value()));
        folders.addAll(List.of(routineOptions));
        return Catalog.load(SearchPath.sources(env, folders));
    }

    private Map<String, String> env() {
        return Map.of("HOME", home.toString());
    }

    @Test
    void the_built_in_routines_are_always_there() {
        Catalog catalog = load(env());

        assertThat(catalog.entries())
                .extracting(Catalog.Listing::id)
                .contains(
                        "back-friendly-walk",
                        "core-and-glutes",
                        "dynamic-warm-up",
                        "morning-upper-back",
                        "post-run-stretches",
                        "run-day",
                        "thoracic-mobility");
        assertThat(catalog.entries()).allMatch(Catalog.Listing::builtIn);
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void the_user_folder_follows_xdg_config_home_and_defaults_to_dot_config() throws IOException {
        write(folder(".config/limber/routines"), "mine.yaml", routine("Mine"));
        Path xdg = folder("xdg");
        write(Files.createDirectories(xdg.resolve("limber/routines")), "other.yaml", routine("Other"));

        assertThat(load(env()).entry("mine")).isPresent();
        assertThat(load(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", xdg.toString()))
                        .entry("other"))
                .isPresent();
        assertThat(load(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", "relative/is/ignored"))
                        .entry("mine"))
                .isPresent();
    }

    @Test
    void later_sources_override_earlier_ones_with_the_same_id() throws IOException {
        write(folder(".config/limber/routines"), "post-run-stretches.yaml", routine("From the user folder"));
        Path env1 = folder("env1");
        Path env2 = folder("env2");
        write(env1, "run-day.yaml", routine("From LIMBER_ROUTINES, first"));
        write(env2, "run-day.yaml", routine("From LIMBER_ROUTINES, second"));
        Path option = folder("option");
        write(option, "back-friendly-walk.yaml", routine("From --routines"));
        write(env1, "back-friendly-walk.yaml", routine("From LIMBER_ROUTINES"));

        Catalog catalog = load(Map.of("HOME", home.toString(), "LIMBER_ROUTINES", env1 + ":" + env2), option);

        assertThat(catalog.entry("post-run-stretches").orElseThrow().routine().title())
                .isEqualTo("From the user folder");
        assertThat(catalog.entry("run-day").orElseThrow().routine().title()).isEqualTo("From LIMBER_ROUTINES, second");
        assertThat(catalog.entry("back-friendly-walk").orElseThrow().file())
                .isEqualTo(option.resolve("back-friendly-walk.yaml"));
        assertThat(catalog.entry("thoracic-mobility").orElseThrow().builtIn()).isTrue();
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void a_broken_file_is_reported_and_the_rest_are_still_there() throws IOException {
        Path mine = folder(".config/limber/routines");
        write(mine, "good.yaml", routine("Good"));
        write(mine, "broken.yaml", "title: Broken\nsteps:\n  - name: X\n    tiem: 30s\n");
        write(mine, "garbage.yml", "\t{{{{");

        Catalog catalog = load(env());

        assertThat(catalog.entry("good")).isPresent();
        assertThat(catalog.entry("broken")).isEmpty();
        assertThat(catalog.entries()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(catalog.problems())
                .extracting(Problem::file)
                .containsOnly(
                        mine.resolve("broken.yaml").toString(),
                        mine.resolve("garbage.yml").toString());
        assertThat(catalog.problems("broken")).hasSize(2);
        assertThat(catalog.broken("broken")).isTrue();
    }

    @Test
    void a_broken_override_hides_the_routine_it_overrides_instead_of_running_it_silently() throws IOException {
        Path mine = folder(".config/limber/routines");
        write(mine, "post-run-stretches.yaml", "title: My stretches\nsteps:\n  - name: X\n    time: 30 seconds\n");

        Catalog catalog = load(env());

        assertThat(catalog.entry("post-run-stretches")).isEmpty();
        assertThat(catalog.problems("post-run-stretches"))
                .extracting(Problem::toString)
                .containsExactly(mine.resolve("post-run-stretches.yaml")
                        + ":4:11: 'time' is not a length ('30 seconds'); write it" + " like 45s, 2m, 1m30s or 1h");
    }

    @Test
    void hidden_files_other_extensions_and_subfolders_are_not_routines() throws IOException {
        Path mine = folder(".config/limber/routines");
        write(mine, ".draft.yaml", "not: [valid");
        write(mine, "notes.txt", "not a routine");
        Files.createDirectories(mine.resolve("folder.yaml"));
        write(folder(".config/limber/routines/sub"), "nested.yaml", routine("Nested"));

        Catalog catalog = load(env());

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.entry("nested")).isEmpty();
        // The seven built-in routines and the built-in program.
        assertThat(catalog.fileCount()).isEqualTo(8);
        assertThat(catalog.programFileCount()).isEqualTo(1);
    }

    @Test
    void two_files_with_one_id_in_a_folder_is_an_error_naming_both() throws IOException {
        Path mine = folder(".config/limber/routines");
        write(mine, "a.yaml", "id: twin\n" + routine("A"));
        write(mine, "b.yaml", "title: B\nid: twin\nsteps: [{name: x, reps: 1}]\n");

        Catalog catalog = load(env());

        assertThat(catalog.entry("twin")).isEmpty();
        assertThat(catalog.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        mine.resolve("a.yaml") + ":1:5: the id 'twin' is also used by " + mine.resolve("b.yaml")
                                + " in the same folder; give each routine its own id",
                        mine.resolve("b.yaml") + ":2:5: the id 'twin' is also used by " + mine.resolve("a.yaml")
                                + " in the same folder; give each routine its own id");
    }

    @Test
    void includes_resolve_across_sources_and_a_missing_one_breaks_only_its_routine() throws IOException {
        Path mine = folder(".config/limber/routines");
        write(mine, "morning.yaml", "title: Morning\nsteps:\n  - include: thoracic-mobility\n  - include: mine\n");
        write(mine, "mine.yaml", routine("Mine"));
        write(mine, "typo.yaml", "title: Typo\nsteps:\n  - include: post-run-strech\n");

        Catalog catalog = load(env());

        assertThat(catalog.entry("morning").orElseThrow().plan().segments())
                .extracting(s -> s.kind() == SegmentKind.WORK ? s.name() : null)
                .contains("Wall angels", "Walk");
        assertThat(catalog.entry("typo")).isEmpty();
        assertThat(catalog.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        mine.resolve("typo.yaml") + ":3:5: cannot include 'post-run-strech': there is no routine"
                                + " 'post-run-strech' (did you mean 'post-run-stretches'?)");
    }

    @Test
    void including_a_broken_routine_says_it_is_broken_rather_than_missing() throws IOException {
        Path mine = folder(".config/limber/routines");
        write(mine, "outer.yaml", "title: Outer\nsteps:\n  - include: inner\n");
        write(mine, "inner.yaml", "title: Inner\nsteps: []\n");

        Catalog catalog = load(env());

        assertThat(catalog.problems("outer"))
                .extracting(Problem::message)
                .containsExactly("cannot include 'inner': routine 'inner' has problems of its own (listed with it)");
    }

    @Test
    void an_include_cycle_between_user_routines_breaks_both_and_names_the_cycle() throws IOException {
        Path mine = folder(".config/limber/routines");
        write(mine, "a.yaml", "title: A\nsteps:\n  - include: b\n");
        write(mine, "b.yaml", "title: B\nsteps:\n  - include: a\n");

        Catalog catalog = load(env());

        assertThat(catalog.entry("a")).isEmpty();
        assertThat(catalog.entry("b")).isEmpty();
        assertThat(catalog.problems())
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        mine.resolve("b.yaml") + ":3:5: include cycle: a -> b -> a; remove one of these includes",
                        mine.resolve("a.yaml") + ":3:5: include cycle: b -> a -> b; remove one of these includes");
    }

    @Test
    void a_missing_user_folder_is_fine_and_a_missing_limber_routines_folder_is_reported() {
        Catalog catalog = load(Map.of(
                "HOME", home.toString(), "LIMBER_ROUTINES", home.resolve("nope").toString()));

        assertThat(catalog.entries()).isNotEmpty();
        assertThat(catalog.problems())
                .extracting(Problem::toString)
                .containsExactly(home.resolve("nope") + ": no such folder; check LIMBER_ROUTINES");
    }

    @Test
    void files_named_one_by_one_are_checked_and_tracked() throws IOException {
        Path here = folder("here");
        Path good = write(here, "good.yaml", routine("Good"));
        Path bad = write(here, "bad.yaml", "title: Bad\n");

        Catalog catalog = Catalog.load(List.of(new Source.BuiltIn(), new Source.Paths(List.of(good, bad))));

        assertThat(catalog.givenFileCount()).isEqualTo(2);
        assertThat(catalog.givenIds()).containsExactlyInAnyOrder("good", "bad");
        assertThat(catalog.givenProblems())
                .extracting(Problem::toString)
                .containsExactly(bad
                        + ":1:1: a routine needs 'steps'; add a line like 'steps:' followed by '- name: ...' items");
    }

    private static String program(String title, String... routines) {
        StringBuilder yaml = new StringBuilder("kind: program\ntitle: " + title + "\ndaily:\n");
        for (String routine : routines) {
            yaml.append("  - routine: ").append(routine).append('\n');
        }
        return yaml.toString();
    }

    @Test
    void the_built_in_program_is_there_beside_the_routines_and_is_no_routine() {
        Catalog catalog = load(env());

        assertThat(catalog.programs()).extracting(Catalog.ProgramListing::id).containsExactly("back-care");
        Catalog.ProgramListing backCare = catalog.program("back-care").orElseThrow();
        assertThat(backCare.builtIn()).isTrue();
        assertThat(backCare.file()).isNull();
        assertThat(backCare.program().title()).isEqualTo("Back care");
        assertThat(catalog.entry("back-care")).isEmpty();
        assertThat(catalog.ids()).doesNotContain("back-care");
    }

    @Test
    void a_users_program_overrides_the_built_in_one_with_its_id_and_programs_are_sorted_by_id() throws IOException {
        Path mine = folder(".config/limber/routines");
        write(mine, "back-care.yaml", program("My back care", "thoracic-mobility"));
        Path option = folder("option");
        write(option, "a-first.yaml", "{kind: program, title: Flow style, weekly: [{routine: core-and-glutes}]}\n");

        Catalog catalog = load(env(), option);

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.programs()).extracting(Catalog.ProgramListing::id).containsExactly("a-first", "back-care");
        assertThat(catalog.program("back-care").orElseThrow().program().title()).isEqualTo("My back care");
        assertThat(catalog.program("back-care").orElseThrow().file()).isEqualTo(mine.resolve("back-care.yaml"));
        assertThat(catalog.program("back-care").orElseThrow().program().file())
                .isEqualTo(mine.resolve("back-care.yaml").toString());
    }

    @Test
    void a_program_naming_a_routine_there_is_not_is_told_where_it_names_it_and_still_used_for_the_rest()
            throws IOException {
        Path mine = folder(".config/limber/routines");
        write(mine, "mine.yaml", program("Mine", "back-friendly-walk", "thoracic-mobilty"));

        Catalog catalog = load(env());

        assertThat(catalog.program("mine")).isPresent();
        assertThat(catalog.programIds()).contains("mine", "back-care");
        assertThat(catalog.programProblems("mine"))
                .extracting(Problem::toString)
                .containsExactly(
                        mine.resolve("mine.yaml")
                                + ":5:14: no routine 'thoracic-mobilty' (did you mean 'thoracic-mobility'?); 'limber list' shows them");
        assertThat(catalog.entries()).hasSize(7);
        assertThat(catalog.program("back-care")).isPresent();
    }

    @Test
    void a_program_naming_a_broken_routine_or_a_program_says_so() throws IOException {
        Path mine = folder(".config/limber/routines");
        write(mine, "inner.yaml", "title: Inner\nsteps: []\n");
        write(mine, "mine.yaml", program("Mine", "inner", "back-care"));

        Catalog catalog = load(env());

        assertThat(catalog.programProblems("mine"))
                .extracting(Problem::message)
                .satisfiesExactly(
                        m -> assertThat(m)
                                .startsWith("routine 'inner' can't be used: " + mine.resolve("inner.yaml") + ":"),
                        m -> assertThat(m)
                                .isEqualTo("no routine 'back-care' ('back-care' is a program); name a routine from"
                                        + " 'limber list'"));
    }

    @Test
    void a_broken_program_is_reported_and_hides_nothing_else() throws IOException {
        Path mine = folder(".config/limber/routines");
        write(mine, "broken.yaml", "kind: program\ntitle: Broken\ndaily: [{routine: run-day, tiems: 2}]\n");
        write(mine, "good.yaml", routine("Good"));

        Catalog catalog = load(env());

        assertThat(catalog.program("broken")).isEmpty();
        assertThat(catalog.programProblems("broken"))
                .extracting(Problem::toString)
                .containsExactly(mine.resolve("broken.yaml")
                        + ":3:28: unknown key 'tiems' in an item of 'daily' (did you mean 'times'?)");
        assertThat(catalog.entries()).hasSize(8);
        assertThat(catalog.programs()).extracting(Catalog.ProgramListing::id).containsExactly("back-care");
    }

    @Test
    void a_routine_and_a_program_with_one_id_are_each_their_own() throws IOException {
        Path mine = folder(".config/limber/routines");
        write(mine, "run-day.yaml", program("Run days", "dynamic-warm-up"));
        write(mine, "back-care.yaml", routine("My back care"));
        Path here = folder("here");
        write(here, "twin.yaml", routine("Twin"));
        write(here, "twin-program.yaml", "id: twin\n" + program("Twin", "run-day"));

        Catalog catalog = load(env(), here);

        assertThat(catalog.entry("run-day")).isPresent();
        assertThat(catalog.program("run-day")).isPresent();
        assertThat(catalog.entry("back-care").orElseThrow().routine().title()).isEqualTo("My back care");
        assertThat(catalog.program("back-care").orElseThrow().builtIn()).isTrue();
        assertThat(catalog.entry("twin")).isPresent();
        assertThat(catalog.program("twin")).isPresent();
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void a_program_file_named_one_by_one_is_counted_as_a_program() throws IOException {
        Path here = folder("here");
        Path good = write(here, "good.yaml", program("Good", "run-day"));

        Catalog catalog = Catalog.load(List.of(new Source.BuiltIn(), new Source.Paths(List.of(good))));

        assertThat(catalog.givenFileCount()).isEqualTo(1);
        assertThat(catalog.givenProgramFileCount()).isEqualTo(1);
        assertThat(catalog.givenIds()).containsExactly("good");
        assertThat(catalog.program("good")).isPresent();
    }
}
