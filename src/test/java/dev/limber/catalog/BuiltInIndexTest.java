package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.document.YamlReader;
import dev.limber.routine.RoutineReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The index of built-in routines in the jar says exactly what reading their YAML files says. */
class BuiltInIndexTest {

    private static final Path ROUTINES = Path.of("routines");

    static Stream<Path> builtIns() throws IOException {
        return files(ROUTINES);
    }

    static Stream<Path> corpus() throws IOException {
        return Stream.concat(
                files(Path.of("src/test/resources/corpus/good")), files(Path.of("src/test/resources/corpus/bad")));
    }

    private static Stream<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> RoutineFile.isRoutineName(p.getFileName().toString())).sorted().toList().stream();
        }
    }

    @Test
    void it_holds_every_routine_file_in_the_routines_folder_and_nothing_else() throws IOException {
        assertThat(BuiltInIndex.names())
                .containsExactlyElementsOf(
                        builtIns().map(p -> p.getFileName().toString()).toList());
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void each_tree_is_the_one_the_yaml_file_gives(Path file) throws IOException {
        String name = file.getFileName().toString();

        // A program as a program: its limits and its words, as the catalog reads any file.
        YamlReader.Parsed fromYaml = RoutineFile.read(Files.readAllBytes(file), BuiltInIndex.messageName(name))
                .parsed();

        assertThat(BuiltInIndex.parsed(name)).isEqualTo(fromYaml);
    }

    /** Broken files too, so that the index could carry a built-in file's YAML problems as they are. */
    @ParameterizedTest
    @MethodSource("corpus")
    void any_file_comes_back_from_the_index_as_it_went_in(Path file) throws IOException {
        String name = file.getFileName().toString();
        Map<String, YamlReader.Parsed> files = new LinkedHashMap<>();
        files.put(name, YamlReader.read(Files.readAllBytes(file), BuiltInIndex.messageName(name), RoutineReader.KIND));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        BuiltInIndex.write(files, bytes);

        assertThat(BuiltInIndex.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isEqualTo(files);
    }
}
