package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input of the YAML test suite, the YAML 1.2 specification's own examples among them, given to
 * {@code limber validate}: YAML that is not a routine at all must get an answer a person can act on,
 * never a crash (issue "Nothing breaks it").
 */
class YamlTestSuiteTest {

    private static final Path SUITE = Path.of("src/test/resources/yaml-test-suite");

    @TempDir
    Path home;

    static Stream<Path> inputs() throws IOException {
        return Files.list(SUITE).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void validate_answers_valid_or_invalid_with_located_problems(Path input) {
        Cli.Result result = new Cli(home).run("validate", input.toString());

        assertThat(result.status()).isIn(Exit.OK, Exit.DATA);
        if (result.status() == Exit.DATA) {
            assertThat(result.err().lines())
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith("limber: "));
            assertThat(result.err()).contains(input + ":");
        }
    }

    @org.junit.jupiter.api.Test
    void the_suite_is_all_there() throws IOException {
        assertThat(inputs()).hasSizeGreaterThan(400);
    }
}
