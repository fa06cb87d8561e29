package dev.limber.cli;

import dev.limber.catalog.SearchPath;
import dev.limber.document.DocumentFile;
import dev.limber.document.Problem;
import dev.limber.document.YamlReader;
import dev.limber.settings.ConfigReader;
import dev.limber.settings.Layer;
import dev.limber.settings.PathNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The config file: {@code $XDG_CONFIG_HOME/limber/config.yaml}, or the file {@code LIMBER_CONFIG} names. */
final class ConfigFile {

    static final String NAME = "config.yaml";

    private ConfigFile() {
    }

    static Path path(Map<String, String> env) {
        String named = env.get("LIMBER_CONFIG");
        return named != null && !named.isBlank() ? PathNames.resolve(named, SearchPath.home(env), null)
                : SearchPath.configFolder(env).resolve(NAME);
    }

    /** The settings in the file; none when there is no file; problems, never exceptions, for bad ones. */
    static Layer read(Path file, Path home) {
        String name = file.toString();
        YamlReader.Parsed parsed;
        try {
            parsed = DocumentFile.read(file, name, ConfigReader.KIND);
        } catch (NoSuchFileException e) {
            return Layer.EMPTY;
        } catch (DocumentFile.NotAFile e) {
            return unused(name, "is not a regular file but a pipe, socket or device");
        } catch (IOException | RuntimeException e) {
            // Whatever it is, a config file must never stop a command; a Java message says nothing to people.
            return unused(name, Files.isDirectory(file) ? "is a folder, not a file" : "can't be read"
                    + (e instanceof IOException io ? " (" + Problem.reason(io) + ")" : ""));
        }
        if (!parsed.readable()) {
            return new Layer(Map.of(), List.of(), parsed.problems());
        }
        Path base = file.toAbsolutePath().getParent();
        Layer layer = ConfigReader.read(parsed.root(), name, home, base);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(layer.problems());
        problems.sort(null);
        return new Layer(layer.values(), layer.folders(), problems);
    }

    private static Layer unused(String name, String why) {
        return new Layer(Map.of(), List.of(), List.of(Problem.about(name, why + "; Limber's defaults are used")));
    }
}
