package dev.limber.document;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a file Limber reads (a routine, the config file): where it is and what to do
 * about it.
 * Printed as {@code FILE:LINE:COLUMN: message}, the form editors and terminals link to.
 *
 * @param at where in the file, or null when the problem is with the file as a whole (it can't be read)
 */
public record Problem(String file, @Nullable Position at, String message) implements Comparable<Problem> {

    /** A problem with a file or folder as a whole, such as one that cannot be read. */
    public static Problem about(String file, String message) {
        return new Problem(file, null, message);
    }

    /**
     * What went wrong reading or writing a file, in words and without the file's name, which the
     * message around it gives once: "permission denied", "no space left on device". Java's own
     * message names the file again, or is the name of a Java class when there is none.
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String why = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (why == null || why.isBlank()) {
            return "an input or output error";
        }
        if (why.contains("Too many open files")) {
            return "too many open files; raise the limit with 'ulimit -n'";
        }
        // 'Cannot run program "x": error=13, Permission denied' (ProcessBuilder), 'x (Permission denied)'
        // (FileInputStream): the system's reason without the name.
        Matcher system = SYSTEM_ERROR.matcher(why);
        why = system.find() ? system.group(1) != null ? system.group(1) : system.group(2) : why.strip();
        return Character.toLowerCase(why.charAt(0)) + why.substring(1);
    }

    private static final Pattern SYSTEM_ERROR = Pattern.compile("error=\\d+, (.+)$|\\(([^()]+)\\)$");

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0 || Objects.equals(at, other.at)) {
            return byFile;
        }
        return at == null ? -1 : other.at == null ? 1 : at.compareTo(other.at);
    }

    @Override
    public String toString() {
        return file + (at == null ? "" : ":" + at) + ": " + message;
    }
}
