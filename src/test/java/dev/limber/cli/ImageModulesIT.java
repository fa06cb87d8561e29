package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime image's modules (src/image/modules) against what jdeps finds Limber's packaged jars
 * use: a dependency that needs another Java module fails here, in every build, not only in the
 * release build that links the image.
 */
class ImageModulesIT {

    private static final Path MODULES = Path.of("src/image/modules");

    @Test
    void every_module_jdeps_finds_is_linked_or_left_out_with_a_reason() throws IOException {
        List<String> named = new ArrayList<>();
        for (String line : Files.readAllLines(MODULES)) {
            String module = line.strip();
            if (!module.isEmpty() && !module.startsWith("#")) {
                named.add(module.startsWith("-") ? module.substring(1) : module);
            }
        }
        assertThat(named).as("src/image/modules").contains("java.base");

        assertThat(jdeps())
                .as("the modules jdeps finds Limber needs; name each in src/image/modules, linked or"
                        + " left out (with why)")
                .isSubsetOf(named);
    }

    /** {@code jdeps --print-module-deps} over target/limber.jar and target/lib, as src/image/build.bash asks it. */
    private static List<String> jdeps() throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--multi-release",
                "17",
                "--ignore-missing-deps",
                "--print-module-deps",
                "--class-path",
                "target/lib/*",
                "target/limber.jar"));
        try (Stream<Path> jars = Files.list(Path.of("target/lib"))) {
            jars.map(Path::toString)
                    .filter(name -> name.endsWith(".jar"))
                    .sorted()
                    .forEach(args::add);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertThat(status).as("jdeps: %s", err).isZero();
        List<String> lines = out.toString()
                .lines()
                .filter(line -> !line.startsWith("Warning"))
                .toList();
        assertThat(lines).as("jdeps' answer").isNotEmpty();
        return Arrays.asList(lines.get(lines.size() - 1).strip().split(","));
    }
}
