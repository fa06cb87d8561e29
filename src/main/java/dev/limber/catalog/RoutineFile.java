package dev.limber.catalog;

import dev.limber.document.DocumentFile;
import dev.limber.document.DocumentKind;
import dev.limber.document.Node;
import dev.limber.document.Position;
import dev.limber.document.Problem;
import dev.limber.document.YamlReader;
import dev.limber.program.Program;
import dev.limber.program.ProgramReader;
import dev.limber.routine.Limits;
import dev.limber.routine.Routine;
import dev.limber.routine.RoutineReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One file of a routine folder, on disk or inside Limber's jar, and what reading it gave: a routine,
 * or a program when its top-level {@code kind} says so.
 *
 * @param name how messages name it: the path as found, or {@code built-in/NAME.yaml}
 * @param path the file on disk, or null for a built-in file
 */
record RoutineFile(String name, @Nullable Path path) {

    /**
     * What one file holds: a routine, a program, or (both null) the problems that stop it being one.
     *
     * @param kind       {@link RoutineReader#KIND} or {@link ProgramReader#KIND}: the rules it was read by
     * @param claimedId  the id the file is for, even when broken, so `show ID` can explain why it fails
     * @param references for a program, the routine ids it names and where, for the catalog to check
     */
    record Loaded(
            RoutineFile file,
            DocumentKind kind,
            @Nullable Routine routine,
            @Nullable Program program,
            String claimedId,
            Position idAt,
            List<ProgramReader.Reference> references,
            List<Problem> problems) {

        boolean isProgram() {
            return kind.equals(ProgramReader.KIND);
        }

        boolean broken() {
            return routine == null && program == null;
        }
    }

    /**
     * A file's bytes read as YAML, and by which rules they are to be checked.
     *
     * @param kind {@link RoutineReader#KIND} or {@link ProgramReader#KIND}
     */
    record Read(DocumentKind kind, YamlReader.Parsed parsed) {}

    /**
     * A top-level {@code kind: program} line, looked for before parsing so that a program is parsed
     * once, with a program's limits and words; the document's own {@code kind} key has the last say.
     */
    private static final Pattern PROGRAM_LINE =
            Pattern.compile("(?m)^kind[ \\t]*:[ \\t]*([\"']?)program\\1[ \\t]*(#.*)?$");
    /** How much of a file is looked at for that line: where people write it, at the top. */
    private static final int HEAD = 4096;

    boolean builtIn() {
        return path == null;
    }

    /** The file name without its extension: the id when the file gives none. */
    String stem() {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    static boolean isRoutineName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return !fileName.startsWith(".") && (lower.endsWith(".yaml") || lower.endsWith(".yml"));
    }

    /** Reads and checks the file; never throws for anything wrong with it. */
    Loaded load() {
        Read read;
        try {
            read = parse();
        } catch (IOException e) {
            return broken(RoutineReader.KIND, Problem.about(name, "cannot read this file (" + Problem.reason(e) + ")"));
        }
        return checked(read);
    }

    /** Reads and checks {@code bytes} as this file's content: what {@link #load} does once a file is read. */
    Loaded load(byte[] bytes) {
        return checked(read(bytes, name));
    }

    /**
     * Parses {@code bytes} as the kind of document they are: a program when the top-level
     * {@code kind} says {@code program}, else a routine. A file that can't be parsed at all is taken
     * for what its lines say, so that even its problems speak of the right kind.
     */
    static Read read(byte[] bytes, String name) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        DocumentKind guess = PROGRAM_LINE.matcher(head).find() ? ProgramReader.KIND : RoutineReader.KIND;
        YamlReader.Parsed parsed = YamlReader.read(bytes, name, guess);
        DocumentKind kind = parsed.readable() ? kindOf(parsed.root()) : guess;
        return new Read(kind, kind.equals(guess) ? parsed : YamlReader.read(bytes, name, kind));
    }

    /** The rules a document is read by: a program's when its top-level {@code kind} is {@code program}. */
    static DocumentKind kindOf(@Nullable Node root) {
        if (root instanceof Node.Mapping mapping) {
            for (Node.KeyValue entry : mapping.entries()) {
                if (entry.key().equals("kind")) {
                    return entry.value() instanceof Node.Scalar s
                                    && s.text().strip().equals("program")
                            ? ProgramReader.KIND
                            : RoutineReader.KIND;
                }
            }
        }
        return RoutineReader.KIND;
    }

    private Loaded checked(Read read) {
        YamlReader.Parsed parsed = read.parsed();
        if (!parsed.readable()) {
            return broken(read.kind(), parsed.problems().toArray(new Problem[0]));
        }
        List<Problem> problems = new ArrayList<>(parsed.problems());
        if (read.kind().equals(ProgramReader.KIND)) {
            ProgramReader.Result result = ProgramReader.read(parsed.root(), name, stem());
            problems.addAll(result.problems());
            String claimed = result.id() != null ? result.id() : stem();
            return new Loaded(
                    this,
                    read.kind(),
                    null,
                    problems.isEmpty() ? result.program() : null,
                    claimed,
                    result.idAt(),
                    result.references(),
                    firstProblems(problems));
        }
        RoutineReader.Result result = RoutineReader.read(parsed.root(), name, stem());
        problems.addAll(result.problems());
        String claimed = result.id() != null ? result.id() : stem();
        return new Loaded(
                this,
                read.kind(),
                problems.isEmpty() ? result.routine() : null,
                null,
                claimed,
                result.idAt(),
                List.of(),
                firstProblems(problems));
    }

    private Loaded broken(DocumentKind kind, Problem... problems) {
        return new Loaded(this, kind, null, null, stem(), Position.START, List.of(), firstProblems(List.of(problems)));
    }

    /** In file order; a file this broken has said enough after twenty, so the rest are only counted. */
    private List<Problem> firstProblems(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(null);
        if (sorted.size() <= Limits.MAX_PROBLEMS) {
            return sorted;
        }
        List<Problem> first = new ArrayList<>(sorted.subList(0, Limits.MAX_PROBLEMS));
        first.add(new Problem(
                name,
                first.get(first.size() - 1).at(),
                "... and " + (sorted.size() - Limits.MAX_PROBLEMS) + " more problems in this file"));
        return first;
    }

    /**
     * The file's document tree: a file on disk read by {@link DocumentFile} as much as the largest
     * kind of document may be (a routine), a built-in one as the build read it ({@link BuiltInIndex}).
     */
    private Read parse() throws IOException {
        if (path == null) {
            YamlReader.Parsed parsed = BuiltInIndex.parsed(name.substring(name.lastIndexOf('/') + 1));
            return new Read(parsed.readable() ? kindOf(parsed.root()) : RoutineReader.KIND, parsed);
        }
        return read(DocumentFile.bytes(path, RoutineReader.KIND), name);
    }

    /** The routine files directly in {@code folder}, by name; hidden files and subfolders are skipped. */
    static List<RoutineFile> inFolder(Path folder) throws IOException {
        List<RoutineFile> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                String fileName = path.getFileName().toString();
                if (isRoutineName(fileName) && !Files.isDirectory(path)) {
                    files.add(new RoutineFile(path.toString(), path));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort((a, b) -> a.name.compareTo(b.name));
        return files;
    }

    /** The routines and programs packed into Limber: every file in {@code routines/} when it was built. */
    static List<RoutineFile> builtIns() {
        return BuiltInIndex.names().stream()
                .map(n -> new RoutineFile(BuiltInIndex.messageName(n), null))
                .toList();
    }
}
