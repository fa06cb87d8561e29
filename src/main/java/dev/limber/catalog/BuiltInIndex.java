package dev.limber.catalog;

import dev.limber.document.Node;
import dev.limber.document.Position;
import dev.limber.document.Problem;
import dev.limber.document.YamlReader;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The built-in routine and program files as the build read them: for each, the document tree (with its
 * positions) and the YAML problems that {@link YamlReader} gave, in a compact binary form packed
 * into the jar. Reading it skips the YAML parser at start-up, which cost more than the rest of
 * {@code limber list} (docs/benchmarks.md); the routine rules still run on the trees at every start,
 * so the format can change without touching this. BuiltInIndexTest checks it agrees with the files.
 */
final class BuiltInIndex {

    static final String RESOURCE = "/limber/routines.index";

    /** Changes whenever the layout below does. */
    private static final int FORMAT = 0x4C494D03;

    private static final byte MAPPING = 0;
    private static final byte SEQUENCE = 1;
    private static final byte SCALAR = 2;

    private BuiltInIndex() {}

    /** Read once, on first use: every built-in file by name ({@code post-run-stretches.yaml}), in name order. */
    private static final class Packed {
        static final Map<String, YamlReader.Parsed> FILES = load();

        private static Map<String, YamlReader.Parsed> load() {
            try (InputStream in = BuiltInIndex.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("no " + RESOURCE + " in Limber's jar; the build makes it");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read Limber's built-in routines", e);
            }
        }
    }

    /** The names of the built-in routine files, sorted. */
    static List<String> names() {
        return List.copyOf(Packed.FILES.keySet());
    }

    /** What reading the built-in file {@code name} gave, as {@link YamlReader#read} would give it now. */
    static YamlReader.Parsed parsed(String name) {
        YamlReader.Parsed parsed = Packed.FILES.get(name);
        if (parsed == null) {
            throw new IllegalArgumentException("no built-in routine file " + name);
        }
        return parsed;
    }

    /** The name a built-in file has in messages. */
    static String messageName(String name) {
        return "built-in/" + name;
    }

    /** At build time: reads every routine and program file in {@code args[0]} and writes the index to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Path index = Path.of(args[1]);
        Map<String, YamlReader.Parsed> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.sorted().toList()) {
                String name = path.getFileName().toString();
                if (RoutineFile.isRoutineName(name) && Files.isRegularFile(path)) {
                    // A program is parsed as a program: its limits, its words in any problem.
                    files.put(
                            name,
                            RoutineFile.read(Files.readAllBytes(path), messageName(name))
                                    .parsed());
                }
            }
        }
        Files.createDirectories(index.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(index)) {
            write(files, out);
        }
    }

    static void write(Map<String, YamlReader.Parsed> files, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(FORMAT);
        out.writeInt(files.size());
        for (Map.Entry<String, YamlReader.Parsed> file : files.entrySet()) {
            YamlReader.Parsed parsed = file.getValue();
            text(out, file.getKey());
            out.writeBoolean(parsed.readable());
            out.writeInt(parsed.problems().size());
            for (Problem problem : parsed.problems()) {
                position(out, problem.at());
                text(out, problem.message());
            }
            out.writeBoolean(parsed.root() != null);
            if (parsed.root() != null) {
                node(out, parsed.root());
            }
        }
        out.flush();
    }

    static Map<String, YamlReader.Parsed> read(InputStream stream) throws IOException {
        Bytes in = new Bytes(stream.readAllBytes());
        try {
            if (in.readInt() != FORMAT) {
                throw new IOException("not an index of this Limber's format");
            }
            Map<String, YamlReader.Parsed> files = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String name = text(in);
                boolean readable = in.readBoolean();
                List<Problem> problems = new ArrayList<>();
                for (int p = in.readInt(); p > 0; p--) {
                    problems.add(new Problem(messageName(name), position(in), text(in)));
                }
                Node root = in.readBoolean() ? node(in) : null;
                files.put(name, new YamlReader.Parsed(root, problems, readable));
            }
            return files;
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("the index ends too soon", e);
        }
    }

    /**
     * The index's bytes, read from the front. Not a DataInputStream: its every int is four calls
     * through a synchronized BufferedInputStream, at interpreter speed on each start (docs/benchmarks.md).
     */
    private static final class Bytes {
        private final byte[] bytes;
        private int at;

        Bytes(byte[] bytes) {
            this.bytes = bytes;
        }

        byte readByte() {
            return bytes[at++];
        }

        boolean readBoolean() {
            return bytes[at++] != 0;
        }

        int readInt() {
            int value = ((bytes[at] & 0xff) << 24)
                    | ((bytes[at + 1] & 0xff) << 16)
                    | ((bytes[at + 2] & 0xff) << 8)
                    | (bytes[at + 3] & 0xff);
            at += 4;
            return value;
        }

        /** The next {@code length} bytes as Latin-1 characters: one copy, no loop of ours. */
        String latin1(int length) {
            String text = new String(bytes, at, length, StandardCharsets.ISO_8859_1);
            at += length;
            return text;
        }

        /** The next {@code length} UTF-16 code units, high byte first. */
        String utf16(int length) {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = (char) (((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff));
                at += 2;
            }
            return new String(chars);
        }
    }

    @SuppressWarnings("EnumOrdinal") // the index is read only by the build that wrote it, so the order is the same
    private static void node(DataOutputStream out, Node node) throws IOException {
        if (node instanceof Node.Mapping mapping) {
            out.writeByte(MAPPING);
            position(out, mapping.at());
            out.writeInt(mapping.entries().size());
            for (Node.KeyValue entry : mapping.entries()) {
                text(out, entry.key());
                position(out, entry.keyAt());
                node(out, entry.value());
            }
        } else if (node instanceof Node.Sequence sequence) {
            out.writeByte(SEQUENCE);
            position(out, sequence.at());
            out.writeInt(sequence.items().size());
            for (Node item : sequence.items()) {
                node(out, item);
            }
        } else {
            Node.Scalar scalar = (Node.Scalar) node;
            out.writeByte(SCALAR);
            position(out, scalar.at());
            out.writeByte(scalar.type().ordinal());
            text(out, scalar.text());
        }
    }

    @SuppressWarnings("EnumOrdinal") // the index is read only by the build that wrote it, so the order is the same
    private static Node node(Bytes in) throws IOException {
        byte kind = in.readByte();
        Position at = at(in);
        switch (kind) {
            case MAPPING -> {
                List<Node.KeyValue> entries = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    entries.add(new Node.KeyValue(text(in), at(in), node(in)));
                }
                return new Node.Mapping(at, entries);
            }
            case SEQUENCE -> {
                List<Node> items = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    items.add(node(in));
                }
                return new Node.Sequence(at, items);
            }
            case SCALAR -> {
                Node.Scalar.Type type = Node.Scalar.Type.values()[in.readByte()];
                return new Node.Scalar(at, text(in), type);
            }
            default -> throw new IOException("a node of unknown kind " + kind);
        }
    }

    /** A position, or line 0 for none (a problem with the file as a whole). */
    private static void position(DataOutputStream out, @Nullable Position at) throws IOException {
        out.writeInt(at == null ? 0 : at.line());
        out.writeInt(at == null ? 0 : at.column());
    }

    /** A node's or a key's position, which each has. */
    private static Position at(Bytes in) throws IOException {
        Position at = position(in);
        if (at == null) {
            throw new IOException("a node without a position");
        }
        return at;
    }

    private static @Nullable Position position(Bytes in) {
        int line = in.readInt();
        int column = in.readInt();
        return line == 0 ? null : new Position(line, column);
    }

    // Text as Latin-1 when every character fits in a byte (nearly all of it: one copy to read), else as
    // UTF-16 code units: UTF-8 can't hold half a surrogate pair, which a broken file's tree may (and
    // must keep, to be refused). A length, not writeUTF, which stops at 64 KB.
    private static void text(DataOutputStream out, String text) throws IOException {
        boolean latin1 = text.chars().allMatch(c -> c < 0x100);
        out.writeBoolean(latin1);
        out.writeInt(text.length());
        if (latin1) {
            out.writeBytes(text);
        } else {
            out.writeChars(text);
        }
    }

    private static String text(Bytes in) {
        boolean latin1 = in.readBoolean();
        int length = in.readInt();
        return latin1 ? in.latin1(length) : in.utf16(length);
    }
}
