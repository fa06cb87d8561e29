package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.limber.plan.Segment;
import dev.limber.plan.SegmentKind;
import dev.limber.routine.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The routines Limber ships: valid, complete, careful, and in agreement with the JSON Schema. */
class BuiltInRoutinesTest {

    private static final Path ROUTINES = Path.of("routines");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static JsonSchema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(new ObjectMapper().readTree(ROUTINES.resolve("schema.json").toFile()));
    }

    static Stream<Path> builtIns() throws IOException {
        try (Stream<Path> files = Files.list(ROUTINES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void the_catalog_finds_every_file_in_the_routines_folder() throws IOException {
        List<String> files = builtIns().map(p -> "built-in/" + p.getFileName()).toList();

        assertThat(RoutineFile.builtIns()).extracting(RoutineFile::name).containsExactlyElementsOf(files);
        assertThat(files).hasSize(7);
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void validates_against_the_json_schema(Path file) throws IOException {
        Set<ValidationMessage> errors = schema.validate(YAML.readTree(file.toFile()));

        assertThat(errors).isEmpty();
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
        Catalog.Entry entry = catalog.entry(id).orElseThrow();

        assertThat(catalog.problems()).isEmpty();
        assertThat(entry.routine().caution()).contains("Stop if pain gets worse")
                .containsIgnoringCase("numbness or tingling").contains("specialist");
        assertThat(entry.routine().summary()).isNotBlank();
        assertThat(entry.routine().steps()).filteredOn(Step.Exercise.class::isInstance)
                .allSatisfy(step -> assertThat(((Step.Exercise) step).cues()).isNotEmpty());
        assertThat(entry.plan().segments()).filteredOn(s -> s.kind() == SegmentKind.WORK)
                .extracting(Segment::cues).allSatisfy(cues -> assertThat(cues).isNotEmpty());
    }

    @Test
    void the_walk_starts_at_ten_minutes_of_walking() {
        Catalog.Entry walk = Catalog.load(List.of(new Source.BuiltIn())).entry("back-friendly-walk").orElseThrow();

        int walking = walk.plan().segments().stream().filter(s -> s.kind() == SegmentKind.WORK)
                .mapToInt(Segment::seconds).sum();
        assertThat(walking).isEqualTo(600);
    }

    @Test
    void run_day_is_the_warm_up_a_walk_and_the_stretches() {
        Catalog catalog = Catalog.load(List.of(new Source.BuiltIn()));
        long warmUp = catalog.entry("dynamic-warm-up").orElseThrow().plan().seconds();
        long stretches = catalog.entry("post-run-stretches").orElseThrow().plan().seconds();

        Catalog.Entry runDay = catalog.entry("run-day").orElseThrow();

        assertThat(runDay.plan().seconds()).isGreaterThan(warmUp + stretches);
        assertThat(runDay.plan().segments().get(0).name()).isEqualTo("Easy walking");
        assertThat(runDay.plan().segments().get(runDay.plan().segments().size() - 1).name())
                .isEqualTo("Hip-flexor stretch");
    }

    @ParameterizedTest
    @ValueSource(strings = {
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
    }
}
