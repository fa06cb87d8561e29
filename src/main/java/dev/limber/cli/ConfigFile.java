package dev.limber.cli;

import dev.limber.catalog.SearchPath;
import dev.limber.document.DocumentFile;
import dev.limber.document.Node;
import dev.limber.document.Position;
import dev.limber.document.Problem;
import dev.limber.document.YamlReader;
import dev.limber.settings.ConfigReader;
import dev.limber.settings.Layer;
import dev.limber.settings.PathNames;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The config file: {@code $XDG_CONFIG_HOME/limber/config.yaml}, or the file {@code LIMBER_CONFIG} names. */
final class ConfigFile {

    static final String NAME = "config.yaml";

    private ConfigFile() {}

    static Path path(Map<String, String> env) {
        String named = env.get("LIMBER_CONFIG");
        return named != null && !named.isBlank()
                ? PathNames.resolve(named, SearchPath.home(env), null)
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
            return unused(
                    name,
                    Files.isDirectory(file)
                            ? "is a folder, not a file"
                            : "can't be read" + (e instanceof IOException io ? " (" + Problem.reason(io) + ")" : ""));
        }
        if (!parsed.readable()) {
            return Layer.of(parsed.problems());
        }
        Path base = file.toAbsolutePath().getParent();
        Layer layer = ConfigReader.read(parsed.root(), name, home, base);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(layer.problems());
        problems.sort(null);
        return layer.withProblems(problems);
    }

    private static Layer unused(String name, String why) {
        return Layer.of(List.of(Problem.about(name, why + "; Limber's defaults are used")));
    }

    /**
     * A top-level {@code program:} line: the key at the start of a line (after a byte-order mark on
     * the first), its value, and a comment after it, which is kept.
     */
    private static final class ProgramLine {
        // A class of its own, compiled only by `program use`: every command reads the config file.
        static final Pattern PATTERN = Pattern.compile(
                "(?m)^(\uFEFF?program[ \t]*:)([ \t]*)([^#\r\n\u0085\u2028\u2029]*?)([ \t]+#[^\r\n\u0085\u2028\u2029]*)?$");
    }

    /**
     * Sets {@code program: VALUE} in the config file: the top-level {@code program} line is replaced
     * and every other byte of the file kept; without one, the line is added at the end. The file is
     * made 0600, with its folder, when there is none. Fails with 78 when the file can't be read as the
     * config file, 74 when it can't be written.
     */
    static void setProgram(Path file, String value) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = DocumentFile.bytes(file, ConfigReader.KIND);
        } catch (NoSuchFileException e) {
            bytes = null;
        } catch (DocumentFile.NotAFile e) {
            throw new Failure(
                    Exit.CONFIG,
                    name + ": is not a regular file but a pipe, socket or device; make it a"
                            + " file to change the settings");
        } catch (IOException e) {
            throw new Failure(
                    Exit.CONFIG,
                    name
                            + (Files.isDirectory(file)
                                    ? ": is a folder, not a file"
                                    : ": can't be read (" + Problem.reason(e) + ")"));
        }
        String text;
        if (bytes == null) {
            text = "program: " + value + "\n";
        } else {
            YamlReader.Parsed parsed = YamlReader.read(bytes, name, ConfigReader.KIND);
            if (!parsed.readable()) {
                // The command's settings have told the YAML problem already.
                throw new Failure(
                        Exit.CONFIG, name + ": not changed, since Limber can't read it; fix it and try" + " again");
            }
            text = withProgram(new String(bytes, StandardCharsets.UTF_8), parsed, value, name);
        }
        if (bytes != null && readOnly(file)) {
            // Moving a new file over it would succeed in a writable folder: the file's own word is kept.
            throw new Failure(
                    Exit.IO,
                    name + ": is read-only, so Limber leaves it as it is; make it writable"
                            + " (chmod u+w) or set 'program: " + value + "' in it yourself");
        }
        try {
            write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Failure(Exit.IO, "cannot write " + name + " (" + Problem.reason(e) + ")");
        }
    }

    /**
     * The config file's {@code text} with {@code program: VALUE} set, all else as it was; {@code parsed}
     * is what reading it gave, which says where the {@code program} key is, if anywhere. What it makes
     * is read again, and must say {@code program: VALUE} with no YAML problem the file did not have.
     */
    static String withProgram(String text, YamlReader.Parsed parsed, String value, String name) {
        Node root = parsed.root();
        Node.KeyValue entry = root instanceof Node.Mapping mapping
                ? mapping.entries().stream()
                        .filter(e -> e.key().equals("program"))
                        .findFirst()
                        .orElse(null)
                : null;
        String changed = entry == null ? withLine(text, value) : replaced(text, entry, value, name);
        YamlReader.Parsed again = YamlReader.read(changed.getBytes(StandardCharsets.UTF_8), name, ConfigReader.KIND);
        Node.KeyValue set = again.root() instanceof Node.Mapping mapping
                ? mapping.entries().stream()
                        .filter(e -> e.key().equals("program"))
                        .findFirst()
                        .orElse(null)
                : null;
        if (!again.readable()
                || again.problems().size() > parsed.problems().size()
                || set == null
                || !(set.value() instanceof Node.Scalar s)
                || !s.text().equals(value)) {
            // A mapping in braces, an indented one, a '...' that ends the document: the line can't go in as is.
            throw oneLine(
                    name,
                    entry == null ? Position.START : entry.keyAt(),
                    entry == null
                            ? "its settings are not written one 'key: value' to a line"
                            : "it is written in a way" + " one line can't replace");
        }
        return changed;
    }

    /** {@code text} with a {@code program:} line at the end, ended as the file's other lines are. */
    private static String withLine(String text, String value) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        boolean ended = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
        return text + (ended ? "" : newline) + "program: " + value + newline;
    }

    /** {@code text} with the value of {@code entry}, the top-level {@code program} key, replaced. */
    private static String replaced(String text, Node.KeyValue entry, String value, String name) {
        Matcher line = ProgramLine.PATTERN.matcher(text);
        while (line.find()) {
            if (lineOf(text, line.start()) == entry.keyAt().line()) {
                if (!wholeValue(entry.value(), line.group(3), entry.keyAt())) {
                    throw oneLine(name, entry.keyAt(), "its value is not all on that line");
                }
                return text.substring(0, line.start()) + line.group(1) + " " + value
                        + (line.group(4) == null ? "" : line.group(4)) + text.substring(line.end());
            }
        }
        throw oneLine(name, entry.keyAt(), "it is not at the start of its line");
    }

    private static Failure oneLine(String name, Position at, String why) {
        return new Failure(
                Exit.CONFIG,
                name + ":" + at + ": Limber can't set 'program' here (" + why + "); write"
                        + " 'program: back-care' on a line of its own and try again");
    }

    /** Whether the value written on the key's line, {@code written}, is all of {@code value}. */
    private static boolean wholeValue(Node value, String written, Position keyAt) {
        if (!(value instanceof Node.Scalar scalar)) {
            return false;
        }
        String shown = written.strip();
        if (scalar.isEmpty()) {
            return shown.isEmpty() || shown.equals("~") || shown.equals("null");
        }
        if (shown.length() >= 2
                && ((shown.startsWith("\"") && shown.endsWith("\""))
                        || (shown.startsWith("'") && shown.endsWith("'")))) {
            shown = shown.substring(1, shown.length() - 1);
        }
        return scalar.at().line() == keyAt.line() && shown.equals(scalar.text());
    }

    /** The line, from 1, that {@code index} is on, with line ends counted as YAML counts them. */
    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029') {
                line++;
            }
        }
        return line;
    }

    /**
     * Whether the file says it is not to be written: its owner may not write it (read by its mode, which
     * speaks for root too, for whom every file is writable).
     */
    private static boolean readOnly(Path file) {
        try {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return !Files.isWritable(file);
        }
    }

    /**
     * Writes the whole file or nothing: a file beside it, forced to disk, then moved over it, with the
     * permissions it had (0600 for a new one, as the file beside it is made). A link is followed, so a
     * config file kept elsewhere (with the rest of someone's dotfiles) stays there. A hard link is
     * not kept: the new file replaces this name only, as editors that save safely do.
     */
    private static void write(Path file, byte[] bytes) throws IOException {
        Path target = file;
        // A link is followed to where it points, which a dangling link's write creates, as a shell's > would.
        for (int hops = 0; Files.isSymbolicLink(target) && hops < 40; hops++) {
            target = target.toAbsolutePath().resolveSibling(Files.readSymbolicLink(target));
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(
                        Files.exists(target)
                                ? Files.getPosixFilePermissions(target)
                                : PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
