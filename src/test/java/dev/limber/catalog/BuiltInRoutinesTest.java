package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.limber.plan.Segment;
import dev.limber.plan.SegmentKind;
import dev.limber.program.Item;
import dev.limber.program.Period;
import dev.limber.program.Program;
import dev.limber.program.RunDay;
import dev.limber.program.Times;
import dev.limber.routine.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The routines and programs Limber ships: valid, complete, careful, and in agreement with their JSON
 * Schemas.
 */
class BuiltInRoutinesTest {

    private static final Path ROUTINES = Path.of("routines");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static JsonSchema schema;
    private static JsonSchema programSchema;

    @BeforeAll
    static void readSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        schema = factory.getSchema(
                new ObjectMapper().readTree(ROUTINES.resolve("schema.json").toFile()));
        programSchema = factory.getSchema(new ObjectMapper()
                .readTree(ROUTINES.resolve("program.schema.json").toFile()));
    }

    private static Stream<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(ROUTINES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static boolean isProgram(Path file) {
        try {
            return Files.readAllLines(file).contains("kind: program");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Path> builtIns() throws IOException {
        return files().filter(p -> !isProgram(p));
    }

    static Stream<Path> programs() throws IOException {
        return files().filter(BuiltInRoutinesTest::isProgram);
    }

    @Test
    void the_catalog_finds_every_file_in_the_routines_folder() throws IOException {
        List<String> files = files().map(p -> "built-in/" + p.getFileName()).toList();

        assertThat(RoutineFile.builtIns()).extracting(RoutineFile::name).containsExactlyElementsOf(files);
        assertThat(builtIns()).hasSize(7);
        assertThat(programs()).extracting(p -> p.getFileName().toString()).containsExactly("back-care.yaml");
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void validates_against_the_json_schema(Path file) throws IOException {
        Set<ValidationMessage> errors = schema.validate(YAML.readTree(file.toFile()));

        assertThat(errors).isEmpty();
    }

    @Test
    void the_schema_takes_auto_reps_on_a_rep_step_and_refuses_it_on_a_timed_one() throws IOException {
        String reps = "title: T\nsteps:\n  - {name: Bridge, reps: 10, auto_reps: true}\n";
        String timed = "title: T\nsteps:\n  - {name: Plank, time: 30s, auto_reps: true}\n";
        String word = "title: T\nsteps:\n  - {name: Bridge, reps: 10, auto_reps: sometimes}\n";

        assertThat(schema.validate(YAML.readTree(reps))).isEmpty();
        assertThat(schema.validate(YAML.readTree(timed))).isNotEmpty();
        assertThat(schema.validate(YAML.readTree(word))).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void refers_editors_to_the_schema(Path file) throws IOException {
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("# yaml-language-server: $schema=./schema.json");
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void loads_plans_and_carries_a_caution_and_a_cue_for_every_step(Path file) {
        String id = file.getFileName().toString().replace(".yaml", "");
        Catalog catalog = Catalog.load(List.of(new Source.BuiltIn()));
        Catalog.Listing entry = catalog.entry(id).orElseThrow();

        assertThat(catalog.problems()).isEmpty();
        assertThat(entry.routine().caution())
                .contains("Stop if pain gets worse")
                .containsIgnoringCase("numbness or tingling")
                .contains("specialist");
        assertThat(entry.routine().summary()).isNotBlank();
        assertThat(entry.routine().steps())
                .filteredOn(Step.Exercise.class::isInstance)
                .allSatisfy(step -> assertThat(((Step.Exercise) step).cues()).isNotEmpty());
        assertThat(entry.plan().segments())
                .filteredOn(s -> s.kind() == SegmentKind.WORK)
                .extracting(Segment::cues)
                .allSatisfy(cues -> assertThat(cues).isNotEmpty());
    }

    @ParameterizedTest
    @MethodSource("programs")
    void a_program_validates_against_the_program_schema_and_refers_editors_to_it(Path file) throws IOException {
        assertThat(programSchema.validate(YAML.readTree(file.toFile()))).isEmpty();
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("# yaml-language-server: $schema=./program.schema.json");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void a_program_names_only_built_in_routines_that_there_are_and_is_careful(Path file) {
        String id = file.getFileName().toString().replace(".yaml", "");
        Catalog catalog = Catalog.load(List.of(new Source.BuiltIn()));

        Catalog.ProgramListing entry = catalog.program(id).orElseThrow();

        assertThat(catalog.problems()).isEmpty();
        assertThat(entry.builtIn()).isTrue();
        assertThat(entry.program().routineIds())
                .isNotEmpty()
                .allSatisfy(routine ->
                        assertThat(catalog.entry(routine)).as(routine).isPresent());
        assertThat(entry.program().caution())
                .containsIgnoringCase("numbness or tingling")
                .contains("specialist")
                .contains("not medical advice");
        assertThat(entry.program().summary()).isNotBlank();
    }

    @Test
    void back_care_walks_daily_stretches_the_upper_back_and_strengthens_twice_a_week() {
        Program program = Catalog.load(List.of(new Source.BuiltIn()))
                .program("back-care")
                .orElseThrow()
                .program();

        assertThat(program.items())
                .containsExactly(
                        new Item("back-friendly-walk", Period.DAY, new Times(2, 3), "walk"),
                        new Item("thoracic-mobility", Period.DAY, Times.ONCE),
                        new Item("core-and-glutes", Period.WEEK, new Times(2, 2)));
        assertThat(program.run())
                .isEqualTo(new RunDay(
                        List.of("dynamic-warm-up"), List.of("post-run-stretches"), "back-friendly-walk", 1, Set.of()));
        assertThat(program.reminders()).containsExactly(LocalTime.of(8, 0), LocalTime.of(13, 0), LocalTime.of(18, 0));
        assertThat(program.file()).isEqualTo("built-in/back-care.yaml");
    }

    @Test
    void the_walk_starts_at_ten_minutes_of_walking() {
        Catalog.Listing walk = Catalog.load(List.of(new Source.BuiltIn()))
                .entry("back-friendly-walk")
                .orElseThrow();

        int walking = walk.plan().segments().stream()
                .filter(s -> s.kind() == SegmentKind.WORK)
                .mapToInt(Segment::seconds)
                .sum();
        assertThat(walking).isEqualTo(600);
    }

    @Test
    void run_day_is_the_warm_up_a_walk_and_the_stretches() {
        Catalog catalog = Catalog.load(List.of(new Source.BuiltIn()));
        long warmUp = catalog.entry("dynamic-warm-up").orElseThrow().plan().seconds();
        long stretches =
                catalog.entry("post-run-stretches").orElseThrow().plan().seconds();

        Catalog.Listing runDay = catalog.entry("run-day").orElseThrow();

        assertThat(runDay.plan().seconds()).isGreaterThan(warmUp + stretches);
        assertThat(runDay.plan().segments().get(0).name()).isEqualTo("Easy walking");
        assertThat(runDay.plan()
                        .segments()
                        .get(runDay.plan().segments().size() - 1)
                        .name())
                .isEqualTo("Hip-flexor stretch");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title: T\nsteps: [{name: a, time: 30s, reps: 3}]",
                "title: T\nsteps: [{name: a}]",
                "title: T\nsteps: [{name: a, tiem: 30s}]",
                "title: T\nsteps: [{name: a, time: thirty}]",
                "title: T\nsteps: [{name: a, time: 30s, pace: 2s}]",
                "title: T\nsteps: [{name: a, reps: 10, sides: middle}]",
                "title: T\nsteps: []",
                "id: Not An Id\ntitle: T\nsteps: [{name: a, reps: 1}]",
                "steps: [{name: a, reps: 1}]",
            })
    void the_schema_refuses_what_the_loader_refuses(String yaml) throws IOException {
        assertThat(schema.validate(YAML.readTree(yaml))).isNotEmpty();
        assertThat(load(yaml).problems()).isNotEmpty();
    }

    /**
     * What only the loader can refuse, and why: a JSON Schema sees the data YAML made of a file, not
     * how the file was written, nor its name, nor sums over several values.
     */
    private static final java.util.Map<String, String> BENEATH_THE_SCHEMA = java.util.Map.ofEntries(
            java.util.Map.entry("File Name Not An Id.yaml", "the id comes from the file's name"),
            java.util.Map.entry("anchor-alias.yaml", "YAML has resolved the anchors and aliases"),
            java.util.Map.entry("duplicate-key.yaml", "YAML has kept one of the two values"),
            java.util.Map.entry("two-documents.yaml", "only the first document is read"),
            java.util.Map.entry("type-tag-with-an-escape.yaml", "YAML has applied the tag"),
            java.util.Map.entry(
                    "misindented-cue.yaml", "YAML has joined the item to the cue above, which is valid text"),
            java.util.Map.entry("bidirectional-text.yaml", "the schema checks for one line, not which characters"),
            java.util.Map.entry("lone-surrogates.yaml", "the schema checks for one line, not which characters"),
            java.util.Map.entry("progression-max-too-short.yaml", "it compares 'max' with the step's time"),
            java.util.Map.entry("step-longer-than-a-day.yaml", "it multiplies sets, reps and pace"));

    static Stream<Path> corpus() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String folder : List.of("good", "bad", "includes")) {
            try (Stream<Path> in = Files.list(Path.of("src/test/resources/corpus", folder))) {
                in.filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    /**
     * Every file of the good, bad and include corpora, through both the schema (as an editor reads the
     * file: one YAML cannot read is refused) and the loader: they take and refuse the same files, but
     * for those whose fault lies beneath what a schema can see.
     */
    @ParameterizedTest
    @MethodSource("corpus")
    void the_schema_and_the_loader_agree_on_every_corpus_file(Path file) throws IOException {
        String name = file.getFileName().toString();
        boolean schemaTakes;
        try {
            schemaTakes = schema.validate(YAML.readTree(file.toFile())).isEmpty();
        } catch (IOException unreadable) {
            schemaTakes = false;
        }
        boolean loaderTakes = new RoutineFile(name, file)
                .load(Files.readAllBytes(file))
                .problems()
                .isEmpty();

        if (BENEATH_THE_SCHEMA.containsKey(name)) {
            assertThat(loaderTakes).as("the loader refuses %s", name).isFalse();
            assertThat(schemaTakes)
                    .as(
                            "the schema takes %s (%s); if it refuses it now, take it off the list",
                            name, BENEATH_THE_SCHEMA.get(name))
                    .isTrue();
        } else {
            assertThat(schemaTakes)
                    .as("the schema takes %s as the loader does (%s)", name, loaderTakes)
                    .isEqualTo(loaderTakes);
        }
        if (file.getParent().endsWith("good")) {
            assertThat(loaderTakes).as("a good file: %s", name).isTrue();
        }
    }

    /** A file's text as the catalog loads it, rules and all (but not whether the routines it names exist). */
    private static RoutineFile.Loaded load(String yaml) {
        return new RoutineFile("mine.yaml", Path.of("mine.yaml")).load(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kind: program\ntitle: T\ndaily: [{routine: a}]",
                "kind: program\ntitle: T\nweekly:\n  - routine: a\n    times: 1-2\ndaily: []",
                "kind: program\ntitle: T\ndaily: [{routine: a, times: 2–3}]\nremind: [08:00, 13:00]",
                "kind: program\nversion: 1\nid: p\ntitle: T\nsummary: S\ncaution: C\ndaily: [{routine: a, times: 20}]\n"
                        + "weekly: [{routine: b, times: 50}]\nrun: {before: a, after: [b, c], walk_instead: {routine: d,"
                        + " per_week: 7}, days: [mon, Sunday]}\nremind: \"23:59\"",
                "kind: program\ntitle: T\ndaily: [{routine: a}]\nrun: {walk_instead: {routine: d}}",
            })
    void the_program_schema_and_the_loader_both_take_a_good_program(String yaml) throws IOException {
        assertThat(programSchema.validate(YAML.readTree(yaml))).isEmpty();
        RoutineFile.Loaded loaded = load(yaml);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.program()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kind: program\ntitle: T",
                "kind: program\ntitle: T\ndaily: []",
                "kind: program\ndaily: [{routine: a}]",
                "kind: program\nversion: 2\ntitle: T\ndaily: [{routine: a}]",
                "kind: program\ntitle: T\ndaly: [{routine: a}]",
                "kind: program\ntitle: T\ndaily: [{routine: Not An Id}]",
                "kind: program\ntitle: T\ndaily: [{routine: a, times: 21}]",
                "kind: program\ntitle: T\nweekly: [{routine: a, times: 51}]",
                "kind: program\ntitle: T\ndaily: [{routine: a, times: 3-2x}]",
                "kind: program\ntitle: T\ndaily: [{routine: a, tiems: 2}]",
                "kind: program\ntitle: T\ndaily: [a]",
                "kind: program\ntitle: T\ndaily: [{routine: a}]\nrun: {}",
                "kind: program\ntitle: T\ndaily: [{routine: a}]\nrun: {before: a, days: [someday]}",
                "kind: program\ntitle: T\ndaily: [{routine: a}]\nrun: {walk_instead: {routine: d, per_week: 8}}",
                "kind: program\ntitle: T\ndaily: [{routine: a}]\nremind: [\"24:00\"]",
                "kind: program\ntitle: T\ndaily: [{routine: a}]\nremind: [\"08:00\", \"08:00\"]",
                "kind: program\ntitle: \"two\\nlines\"\ndaily: [{routine: a}]",
            })
    void the_program_schema_refuses_what_the_loader_refuses(String yaml) throws IOException {
        assertThat(programSchema.validate(YAML.readTree(yaml))).isNotEmpty();
        assertThat(load(yaml).problems()).isNotEmpty();
    }
}
