package dev.limber.catalog;

import dev.limber.document.DidYouMean;
import dev.limber.document.Problem;
import dev.limber.plan.Plan;
import dev.limber.plan.PlanException;
import dev.limber.plan.Planner;
import dev.limber.plan.Preferences;
import dev.limber.program.Program;
import dev.limber.program.ProgramReader;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Every routine Limber can find, by id, each already planned, and every program, each naming only
 * routines there are. Routines and programs share one set of ids. A file that cannot be read, planned
 * or checked is left out and its problems kept, so one broken file never hides the others.
 */
public final class Catalog implements Planner.Library {

    /**
     * A routine as the catalog lists it, ready to show or run: planned, with the file it came from.
     *
     * @param file the file it came from, or null for a built-in routine
     */
    public record Listing(Routine routine, @Nullable Path file, Plan plan) {

        public String id() {
            return routine.id();
        }

        public boolean builtIn() {
            return file == null;
        }
    }

    /**
     * A program as the catalog lists it: one whose routines are all there.
     *
     * @param file the file it came from, or null for a built-in program
     */
    public record ProgramListing(Program program, @Nullable Path file) {

        public String id() {
            return program.id();
        }

        public boolean builtIn() {
            return file == null;
        }
    }

    private final Map<String, Routine> routines = new LinkedHashMap<>();
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Map<String, String> routineNames = new LinkedHashMap<>();
    private final Map<String, Listing> entries = new TreeMap<>();
    private final Map<String, RoutineFile.Loaded> programs = new LinkedHashMap<>();
    private final Map<String, ProgramListing> programEntries = new TreeMap<>();
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final Map<String, Set<Problem>> problemsById = new LinkedHashMap<>();
    private final Map<String, Set<Problem>> programProblemsById = new LinkedHashMap<>();
    private final Set<String> givenIds = new LinkedHashSet<>();
    private final Set<Problem> givenProblems = new LinkedHashSet<>();
    private int fileCount;
    private int givenFileCount;
    private int programFileCount;
    private int givenProgramFileCount;

    private Catalog() {}

    /**
     * Reads every source, later ones overriding earlier ones id by id, plans each routine, then checks
     * that each program names routines that are there.
     */
    public static Catalog load(List<Source> sources) {
        Catalog catalog = new Catalog();
        for (Source source : sources) {
            catalog.add(catalog.files(source), source instanceof Source.Paths);
        }
        catalog.planAll();
        catalog.checkPrograms();
        return catalog;
    }

    /** Routines that can be shown and run, by id. */
    public List<Listing> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<Listing> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Programs that can be used, by id: a routine they name that is missing or broken is one of their problems. */
    public List<ProgramListing> programs() {
        return List.copyOf(programEntries.values());
    }

    public Optional<ProgramListing> program(String id) {
        return Optional.ofNullable(programEntries.get(id));
    }

    /** Every id a program file claims, usable or not: to suggest the one a person meant. */
    public Set<String> programIds() {
        Set<String> ids = new java.util.TreeSet<>(programEntries.keySet());
        ids.addAll(programProblemsById.keySet());
        return ids;
    }

    /** Every problem found, in the order the sources and files were read. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The problems that keep programs from being used, program by program. */
    public List<Problem> programProblems() {
        return programProblemsById.values().stream()
                .flatMap(Set::stream)
                .distinct()
                .toList();
    }

    /** The problems that keep the routine with this id from being shown or run. */
    public List<Problem> problems(String id) {
        return List.copyOf(problemsById.getOrDefault(id, Set.of()));
    }

    /** The problems of the program with this id: why it can't be used, or the routines it can't use. */
    public List<Problem> programProblems(String id) {
        return List.copyOf(programProblemsById.getOrDefault(id, Set.of()));
    }

    /** How many files, routines and programs, were read from every source. */
    public int fileCount() {
        return fileCount;
    }

    /** How many of {@link #fileCount} are program files. */
    public int programFileCount() {
        return programFileCount;
    }

    /** The files named one by one ({@link Source.Paths}): how many there were. */
    public int givenFileCount() {
        return givenFileCount;
    }

    /** How many of {@link #givenFileCount} are program files. */
    public int givenProgramFileCount() {
        return givenProgramFileCount;
    }

    /** The files named one by one: the ids they claim, broken or not. */
    public Set<String> givenIds() {
        return Set.copyOf(givenIds);
    }

    /** The files named one by one: their problems, including those found planning their routines. */
    public List<Problem> givenProblems() {
        return List.copyOf(givenProblems);
    }

    /** Plans a routine with a person's own get-ready and rest lengths. */
    public Plan plan(Routine routine, Preferences preferences) throws PlanException {
        return Planner.plan(routine, this, preferences);
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

    /** Below this many files, starting threads costs more than it saves. */
    private static final int PARALLEL_FROM = 64;

    /**
     * Adds one source's files: each overrides an earlier routine or program with its id, even when it
     * is broken, and two files of one kind in the same folder claiming one id is a mistake to point out
     * rather than guess at. Routines and programs have ids of their own: a routine named like a
     * program (a person's own "back-care" routine) takes nothing from the program, nor the other way.
     */
    private void add(List<RoutineFile> sourceFiles, boolean given) {
        Map<String, List<RoutineFile.Loaded>> claims = new LinkedHashMap<>();
        // Files don't depend on each other until their includes are planned: a folder of thousands
        // is read on every core, and what was read is then taken in the folder's order.
        List<RoutineFile.Loaded> read = sourceFiles.size() < PARALLEL_FROM
                ? sourceFiles.stream().map(RoutineFile::load).toList()
                : sourceFiles.parallelStream().map(RoutineFile::load).toList();
        for (RoutineFile.Loaded loaded : read) {
            RoutineFile file = loaded.file();
            fileCount++;
            programFileCount += loaded.isProgram() ? 1 : 0;
            if (given) {
                givenFileCount++;
                givenProgramFileCount += loaded.isProgram() ? 1 : 0;
                givenIds.add(loaded.claimedId());
            }
            if (loaded.broken()) {
                // A broken file still claims its id: running the routine it meant to override
                // instead would hide the mistake from the person who made it.
                forgetEntries(loaded.claimedId(), loaded.isProgram());
                report(loaded, loaded.problems(), given);
            } else {
                claims.computeIfAbsent(
                                folderOf(file) + "\0" + loaded.isProgram() + "\0" + loaded.claimedId(),
                                k -> new ArrayList<>())
                        .add(loaded);
            }
        }
        for (List<RoutineFile.Loaded> sameId : claims.values()) {
            String id = sameId.get(0).claimedId();
            if (sameId.size() == 1) {
                take(sameId.get(0));
                continue;
            }
            forgetEntries(id, sameId.get(0).isProgram());
            for (RoutineFile.Loaded claim : sameId) {
                String others = sameId.stream()
                        .filter(c -> !c.equals(claim))
                        .map(c -> c.file().name())
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("");
                String fix = "give each " + claim.kind().name() + " its own id";
                report(
                        claim,
                        List.of(new Problem(
                                claim.file().name(),
                                claim.idAt(),
                                "the id '" + id + "' is also used by " + others + " in the same folder; " + fix)),
                        given);
            }
        }
    }

    /** Takes a file that is fine on its own as the one of its kind with its id. */
    private void take(RoutineFile.Loaded loaded) {
        String id = loaded.claimedId();
        forgetEntries(id, loaded.isProgram());
        if (loaded.isProgram()) {
            programProblemsById.remove(id);
            programs.put(id, loaded);
        } else {
            problemsById.remove(id);
            routines.put(id, loaded.routine());
            files.put(id, loaded.file().path());
            routineNames.put(id, loaded.file().name());
        }
    }

    /** Forgets the routine or program an earlier file gave {@code id}: a later file of its kind overrides it. */
    private void forgetEntries(String id, boolean program) {
        if (program) {
            programs.remove(id);
        } else {
            routines.remove(id);
            files.remove(id);
            routineNames.remove(id);
        }
    }

    private static String folderOf(RoutineFile file) {
        Path path = file.path();
        Path parent = path == null ? null : path.toAbsolutePath().normalize().getParent();
        return parent == null ? "" : parent.toString();
    }

    private void report(RoutineFile.Loaded file, List<Problem> found, boolean given) {
        report(file.isProgram() ? programProblemsById : problemsById, file.claimedId(), found, given);
    }

    private void report(Map<String, Set<Problem>> byId, String id, List<Problem> found, boolean given) {
        problems.addAll(found);
        byId.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(found);
        if (given) {
            givenProblems.addAll(found);
        }
    }

    private void planAll() {
        routines.values().stream().sorted(Comparator.comparing(Routine::id)).forEach(routine -> {
            try {
                Plan plan = Planner.plan(routine, this);
                entries.put(routine.id(), new Listing(routine, files.get(routine.id()), plan));
            } catch (PlanException e) {
                report(problemsById, routine.id(), e.problems(), givenIds.contains(routine.id()));
            }
        });
    }

    /**
     * Takes each program that reads well; one that names a routine there is not, or a broken one, gets
     * a problem where it names it, as an include would, and is used all the same.
     */
    private void checkPrograms() {
        programs.values().stream()
                .sorted(Comparator.comparing(RoutineFile.Loaded::claimedId))
                .forEach(loaded -> {
                    Program program = Objects.requireNonNull(loaded.program());
                    List<Problem> found = new ArrayList<>();
                    for (ProgramReader.Reference reference : loaded.references()) {
                        String why = why(reference.routine());
                        if (why != null) {
                            found.add(new Problem(program.file(), reference.at(), why));
                        }
                    }
                    // Usable all the same: the day goes on with the routines that are there, and says what isn't.
                    programEntries.put(
                            program.id(),
                            new ProgramListing(program, loaded.file().path()));
                    if (!found.isEmpty()) {
                        report(programProblemsById, program.id(), found, givenIds.contains(program.id()));
                    }
                });
    }

    /** Why a program can't name {@code routine}, or null when it can. */
    private @Nullable String why(String routine) {
        if (entries.containsKey(routine)) {
            return null;
        }
        if (problemsById.containsKey(routine)) {
            List<Problem> own = List.copyOf(problemsById.get(routine));
            return "routine '" + routine + "' can't be used: " + own.get(0)
                    + (own.size() > 1 ? " (and " + (own.size() - 1) + " more; 'limber validate' lists them)" : "");
        }
        if (programs.containsKey(routine) || programProblemsById.containsKey(routine)) {
            return "no routine '" + routine + "' ('" + routine + "' is a program); name a routine from 'limber list'";
        }
        return "no routine '" + routine + "'" + DidYouMean.suffix(routine, ids()) + "; 'limber list' shows them";
    }
}
