package dev.limber.catalog;

import dev.limber.document.Problem;
import dev.limber.plan.Pauses;
import dev.limber.plan.Plan;
import dev.limber.plan.PlanException;
import dev.limber.plan.Planner;
import dev.limber.routine.Routine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every routine Limber can find, by id, each already planned. A file that cannot be read or planned
 * is left out and its problems kept, so one broken file never hides the others.
 */
public final class Catalog implements Planner.Library {

    /**
     * A routine ready to show or run.
     *
     * @param file the file it came from, or null for a built-in routine
     */
    public record Entry(Routine routine, Path file, Plan plan) {

        public String id() {
            return routine.id();
        }

        public boolean builtIn() {
            return file == null;
        }
    }

    private final Map<String, Routine> routines = new LinkedHashMap<>();
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Map<String, Entry> entries = new TreeMap<>();
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final Map<String, Set<Problem>> problemsById = new LinkedHashMap<>();
    private final Set<String> givenIds = new LinkedHashSet<>();
    private final Set<Problem> givenProblems = new LinkedHashSet<>();
    private int fileCount;
    private int givenFileCount;

    private Catalog() {
    }

    /** Reads every source, later ones overriding earlier ones id by id, and plans each routine. */
    public static Catalog load(List<Source> sources) {
        Catalog catalog = new Catalog();
        for (Source source : sources) {
            catalog.add(catalog.files(source), source instanceof Source.Paths);
        }
        catalog.planAll();
        return catalog;
    }

    /** Routines that can be shown and run, by id. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Every problem found, in the order the sources and files were read. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The problems that keep the routine with this id from being shown or run. */
    public List<Problem> problems(String id) {
        return List.copyOf(problemsById.getOrDefault(id, Set.of()));
    }

    /** How many routine files were read from every source. */
    public int fileCount() {
        return fileCount;
    }

    /** The files named one by one ({@link Source.Paths}): how many there were. */
    public int givenFileCount() {
        return givenFileCount;
    }

    /** The files named one by one: the ids they claim, broken or not. */
    public Set<String> givenIds() {
        return Set.copyOf(givenIds);
    }

    /** The files named one by one: their problems, including those found planning their routines. */
    public List<Problem> givenProblems() {
        return List.copyOf(givenProblems);
    }

    /** Plans a routine (such as one with today's length of its growing step) against this catalog. */
    public Plan plan(Routine routine) throws PlanException {
        return Planner.plan(routine, this);
    }

    /** Plans a routine with a person's own get-ready and rest lengths. */
    public Plan plan(Routine routine, Pauses pauses) throws PlanException {
        return Planner.plan(routine, this, pauses);
    }

    @Override
    public Optional<Routine> find(String id) {
        return Optional.ofNullable(routines.get(id));
    }

    @Override
    public Collection<String> ids() {
        Set<String> ids = new LinkedHashSet<>(routines.keySet());
        ids.addAll(problemsById.keySet());
        return ids;
    }

    @Override
    public boolean broken(String id) {
        return !routines.containsKey(id) && problemsById.containsKey(id);
    }

    private List<RoutineFile> files(Source source) {
        if (source instanceof Source.BuiltIn) {
            return RoutineFile.builtIns();
        }
        if (source instanceof Source.Folder folder) {
            return folder(folder.path(), folder.required());
        }
        List<RoutineFile> named = new ArrayList<>();
        for (Path path : ((Source.Paths) source).paths()) {
            if (Files.isDirectory(path)) {
                named.addAll(folder(path, true));
            } else {
                named.add(new RoutineFile(path.toString(), path));
            }
        }
        return named;
    }

    private List<RoutineFile> folder(Path path, boolean required) {
        try {
            return RoutineFile.inFolder(path);
        } catch (NoSuchFileException e) {
            if (required) {
                problems.add(Problem.about(path.toString(), "no such folder; check LIMBER_ROUTINES"));
            }
        } catch (IOException e) {
            problems.add(Problem.about(path.toString(), "cannot read this folder (" + Problem.reason(e) + ")"));
        }
        return List.of();
    }

    /**
     * Adds one source's files: each overrides an earlier routine with its id, even when it is broken,
     * and two files in the same folder claiming one id is a mistake to point out rather than guess at.
     */
    /** Below this many files, starting threads costs more than it saves. */
    private static final int PARALLEL_FROM = 64;

    private void add(List<RoutineFile> sourceFiles, boolean given) {
        Map<String, List<RoutineFile.Loaded>> claims = new LinkedHashMap<>();
        // Files don't depend on each other until their includes are planned: a folder of thousands
        // is read on every core, and what was read is then taken in the folder's order.
        List<RoutineFile.Loaded> read = sourceFiles.size() < PARALLEL_FROM ? sourceFiles.stream()
                .map(RoutineFile::load).toList() : sourceFiles.parallelStream().map(RoutineFile::load).toList();
        for (RoutineFile.Loaded loaded : read) {
            RoutineFile file = loaded.file();
            fileCount++;
            if (given) {
                givenFileCount++;
                givenIds.add(loaded.claimedId());
            }
            if (loaded.routine() == null) {
                // A broken file still claims its id: running the routine it meant to override
                // instead would hide the mistake from the person who made it.
                routines.remove(loaded.claimedId());
                files.remove(loaded.claimedId());
                report(loaded.claimedId(), loaded.problems(), given);
            } else {
                claims.computeIfAbsent(folderOf(file) + "\0" + loaded.claimedId(), k -> new ArrayList<>())
                        .add(loaded);
            }
        }
        for (List<RoutineFile.Loaded> sameId : claims.values()) {
            String id = sameId.get(0).claimedId();
            if (sameId.size() == 1) {
                RoutineFile.Loaded only = sameId.get(0);
                routines.put(id, only.routine());
                files.put(id, only.file().path());
                problemsById.remove(id);
                continue;
            }
            for (RoutineFile.Loaded claim : sameId) {
                String others = sameId.stream().filter(c -> c != claim).map(c -> c.file().name())
                        .reduce((a, b) -> a + ", " + b).orElse("");
                report(id, List.of(new Problem(claim.file().name(), claim.idAt(), "the id '" + id
                        + "' is also used by " + others + " in the same folder; give each routine its own id")),
                        given);
            }
            routines.remove(id);
            files.remove(id);
        }
    }

    private static String folderOf(RoutineFile file) {
        Path parent = file.builtIn() ? null : file.path().toAbsolutePath().normalize().getParent();
        return parent == null ? "" : parent.toString();
    }

    private void report(String id, List<Problem> found, boolean given) {
        problems.addAll(found);
        problemsById.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(found);
        if (given) {
            givenProblems.addAll(found);
        }
    }

    private void planAll() {
        routines.values().stream().sorted(Comparator.comparing(Routine::id)).forEach(routine -> {
            try {
                Plan plan = Planner.plan(routine, this);
                entries.put(routine.id(), new Entry(routine, files.get(routine.id()), plan));
            } catch (PlanException e) {
                report(routine.id(), e.problems(), givenIds.contains(routine.id()));
            }
        });
    }
}
