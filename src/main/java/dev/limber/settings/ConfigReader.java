package dev.limber.settings;

import dev.limber.document.DidYouMean;
import dev.limber.document.DocumentKind;
import dev.limber.document.Node;
import dev.limber.document.Node.Mapping;
import dev.limber.document.Node.Scalar;
import dev.limber.document.Node.Sequence;
import dev.limber.document.Position;
import dev.limber.document.Printable;
import dev.limber.document.Problem;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a config file's document, already read as YAML, into the settings it gives. Every problem
 * is collected with its line and column; a value with a problem is left out and the others count.
 */
public final class ConfigReader {

    /**
     * What the YAML reader is told it reads, so a problem with the file speaks of the config file,
     * never of routines. Its limits are a routine's: far beyond any config, cheap for a hostile one.
     */
    public static final DocumentKind KIND = new DocumentKind(
            "config file",
            "config files",
            "config file",
            "put all settings in one document",
            new DocumentKind.Size(
                    1024 * 1024,
                    5000,
                    10,
                    "a config file needs two (its settings, and the folders in 'routines')",
                    50,
                    "a config file has " + Setting.keys().size() + " settings",
                    500,
                    "no setting takes a list that long ('routines' names a few folders)",
                    20_000));

    private final String file;
    private final Path home;
    private final @Nullable Path base;
    private final Layer.Builder layer = new Layer.Builder();

    private ConfigReader(String file, Path home, @Nullable Path base) {
        this.file = file;
        this.home = home;
        this.base = base;
    }

    /**
     * The settings a config file gives, and its problems.
     *
     * @param root the document, or null for an empty file (which sets nothing, and is fine)
     * @param file the file's name as problems show it
     * @param home the home folder, for {@code ~/routines}
     * @param base the file's folder, for relative folder names
     */
    public static Layer read(@Nullable Node root, String file, Path home, @Nullable Path base) {
        ConfigReader reader = new ConfigReader(file, home, base);
        reader.document(root);
        return reader.layer.build();
    }

    private void document(@Nullable Node root) {
        if (root == null || (root instanceof Scalar scalar && scalar.isEmpty())) {
            return;
        }
        if (!(root instanceof Mapping mapping)) {
            problem(
                    root.at(),
                    "a config file is a mapping of settings, such as 'sound: none'; found " + root.describe());
            return;
        }
        Map<String, Position> seen = new HashMap<>();
        for (Node.KeyValue entry : mapping.entries()) {
            Position first = seen.putIfAbsent(entry.key(), entry.keyAt());
            if (first != null) {
                problem(
                        entry.keyAt(),
                        "duplicate key '" + Printable.value(entry.key()) + "' (first on line " + first.line()
                                + "); keep one");
                continue;
            }
            Setting<?> setting = Setting.byKey(entry.key());
            if (entry.key().equals(Setting.ROUTINES)) {
                folders(entry.value());
            } else if (setting == null) {
                List<String> keys = Setting.keys();
                problem(
                        entry.keyAt(),
                        "unknown setting '" + Printable.value(entry.key()) + "'"
                                + DidYouMean.suggestion(entry.key(), keys)
                                        .orElse("; known: " + String.join(", ", keys)));
            } else {
                value(setting, entry.value());
            }
        }
    }

    private <T> void value(Setting<T> setting, Node node) {
        if (!(node instanceof Scalar scalar) || scalar.isEmpty()) {
            problem(
                    node.at(),
                    "'" + setting.key() + "' needs a value: " + setting.expected() + "; found "
                            + (node instanceof Scalar ? "nothing" : node.describe()));
            return;
        }
        try {
            layer.set(setting, new Sourced<>(setting.parse(scalar.text()), Origin.FILE, where(node.at())));
        } catch (BadValue bad) {
            problem(node.at(), "'" + setting.key() + "' " + bad.getMessage());
        }
    }

    private void folders(Node node) {
        List<Node> items = node instanceof Sequence sequence ? sequence.items() : List.of(node);
        for (Node item : items) {
            if (!(item instanceof Scalar scalar) || scalar.isEmpty() || scalar.type() != Scalar.Type.STRING) {
                problem(item.at(), "'routines' is a list of folders, such as [~/stretches]; found " + item.describe());
                continue;
            }
            try {
                layer.folder(new Sourced<>(
                        PathNames.resolve(scalar.text().strip(), home, base), Origin.FILE, where(item.at())));
            } catch (InvalidPathException e) {
                problem(item.at(), "'" + Printable.value(scalar.text()) + "' is not a folder name this system allows");
            }
        }
    }

    private String where(Position at) {
        return file + ":" + at;
    }

    private void problem(Position at, String message) {
        layer.problem(new Problem(file, at, message));
    }
}
