package dev.limber.catalog;

import dev.limber.document.DocumentFile;
import dev.limber.document.Position;
import dev.limber.document.Problem;
import dev.limber.document.YamlReader;
import dev.limber.routine.Limits;
import dev.limber.routine.Routine;
import dev.limber.routine.RoutineReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One routine file, on disk or inside Limber's jar, and what reading it gave.
 *
 * @param name how messages name it: the path as found, or {@code built-in/NAME.yaml}
 * @param path the file on disk, or null for a built-in routine
 */
record RoutineFile(String name, Path path) {

    /**
     * What one file holds.
     *
     * @param claimedId the id the file is for, even when broken, so `show ID` can explain why it fails
     */
    record Loaded(RoutineFile file, Routine routine, String claimedId, Position idAt, List<Problem> problems) {
    }

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
        YamlReader.Parsed parsed;
        try {
            parsed = parse();
        } catch (IOException e) {
            return broken(Problem.about(name, "cannot read this file (" + Problem.reason(e) + ")"));
        }
        return checked(parsed);
    }

    /** Reads and checks {@code bytes} as this file's content: what {@link #load} does once a file is read. */
    Loaded load(byte[] bytes) {
        return checked(YamlReader.read(bytes, name, RoutineReader.KIND));
    }

    private Loaded checked(YamlReader.Parsed parsed) {
        if (!parsed.readable()) {
            return broken(parsed.problems().toArray(new Problem[0]));
        }
        RoutineReader.Result result = RoutineReader.read(parsed.root(), name, stem());
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(result.problems());
        String claimed = result.id() != null ? result.id() : stem();
        return new Loaded(this, problems.isEmpty() ? result.routine() : null, claimed, result.idAt(),
                firstProblems(problems));
    }

    private Loaded broken(Problem... problems) {
        return new Loaded(this, null, stem(), Position.START, firstProblems(List.of(problems)));
    }

    /** In file order; a file this broken has said enough after twenty, so the rest are only counted. */
    private List<Problem> firstProblems(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(null);
        if (sorted.size() <= Limits.MAX_PROBLEMS) {
            return sorted;
        }
        List<Problem> first = new ArrayList<>(sorted.subList(0, Limits.MAX_PROBLEMS));
        first.add(new Problem(name, first.get(first.size() - 1).at(), "... and "
                + (sorted.size() - Limits.MAX_PROBLEMS) + " more problems in this file"));
        return first;
    }

    /**
     * The file's document tree: a file on disk as {@link DocumentFile} reads any document, a
     * built-in one as the build read it ({@link BuiltInIndex}).
     */
    private YamlReader.Parsed parse() throws IOException {
        if (path == null) {
            return BuiltInIndex.parsed(name.substring(name.lastIndexOf('/') + 1));
        }
        return DocumentFile.read(path, name, RoutineReader.KIND);
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

    /** The routines packed into Limber: every routine file in {@code routines/} when it was built. */
    static List<RoutineFile> builtIns() {
        return BuiltInIndex.names().stream().map(n -> new RoutineFile(BuiltInIndex.messageName(n), null)).toList();
    }
}
