package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Source;
import dev.limber.document.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code limber validate}: check routine and program files and say exactly what is wrong with each. */
@Command(
        name = "validate",
        description = {
            "Check routine and program files and say exactly what is wrong.",
            "",
            "Every problem is printed as FILE:LINE:COLUMN: what is wrong, then a summary. With no PATH, "
                    + "checks every routine and program Limber can find; includes, and the routines a program "
                    + "names, are checked against those too.",
            "",
            "Exit status: 0 when all are valid, 65 when any is not, 66 when a PATH does not exist."
        },
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  limber validate",
            "  limber validate my-routine.yaml",
            "  limber validate my-program.yaml",
            "  limber validate ~/.config/limber/routines"
        })
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Mixin
    private CatalogOptions catalogOptions;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            converter = AsTyped.class,
            description = "Routine or program files, or folders of them (not their subfolders).")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        int missing = 0;
        List<Problem> problems;
        int files;
        int programs;
        if (paths.isEmpty()) {
            Catalog catalog = catalogOptions.catalog(context);
            problems = catalog.problems();
            files = catalog.fileCount();
            programs = catalog.programFileCount();
        } else {
            List<Path> existing = new ArrayList<>();
            for (Path path : paths()) {
                if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    existing.add(path);
                } else {
                    err.println("limber: " + path + ": no such file or folder");
                    missing++;
                }
            }
            Catalog catalog = catalogOptions.catalog(context, new Source.Paths(existing));
            problems = catalog.givenProblems();
            files = catalog.givenFileCount();
            programs = catalog.givenProgramFileCount();
        }
        context.report(problems);
        long broken = problems.stream().map(Problem::file).distinct().count();
        String checked = "Checked "
                + (programs == 0
                        ? count(files, "routine file")
                        : files == programs
                                ? count(programs, "program file")
                                : count(files - programs, "routine file") + " and " + count(programs, "program file"));
        // What the exit status says, said in words: never "all valid" beside a path not found.
        List<String> found = new ArrayList<>();
        if (!problems.isEmpty()) {
            found.add(broken + " with problems (" + count(problems.size(), "problem") + ")");
        }
        if (missing > 0) {
            found.add(count(missing, "path") + " not found");
        }
        if (found.isEmpty()) {
            found.add(files == 0 ? "none found (a routine file's name ends in .yaml or .yml)" : "all valid");
        }
        out.println(checked + ": " + String.join("; ", found) + ".");
        // A file or folder that could not be read at all (a problem with no place in it) is one not
        // found, as 'show' and 'run' say; problems inside files are invalid data.
        boolean unreadable = problems.stream().anyMatch(p -> p.at() == null);
        return missing > 0 || unreadable ? Exit.NOT_FOUND : problems.isEmpty() ? Exit.OK : Exit.DATA;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /**
     * A PATH as typed, read by {@link Main#path} in {@link #paths()}: picocli would call one its
     * converter refuses unmatched, and lose what is wrong with it. A Path still, so that the
     * completion script completes file names here.
     */
    static final class AsTyped implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            return Path.of(value);
        }
    }

    /** The paths as {@link Main#path} reads every path given. */
    private List<Path> paths() {
        List<Path> read = new ArrayList<>();
        for (Path typed : paths) {
            String path = typed.toString();
            try {
                read.add(Main.path(path, context.env()));
            } catch (CommandLine.TypeConversionException e) {
                throw new Failure(Exit.USAGE, "PATH '" + path + "': " + e.getMessage());
            }
        }
        return read;
    }
}
