package dev.limber.routine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with a routine file: where it is and what to do about it.
 * Printed as {@code FILE:LINE:COLUMN: message}, the form editors and terminals link to.
 *
 * @param at where in the file, or null when the problem is with the file as a whole (it can't be read)
 */
public record Problem(String file, Position at, String message) implements Comparable<Problem> {

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
        // ProcessBuilder says 'Cannot run program "x": error=13, Permission denied'.
        Matcher system = SYSTEM_ERROR.matcher(why);
        why = system.find() ? system.group(1) : why.strip();
        why = Character.toLowerCase(why.charAt(0)) + why.substring(1);
        return why.equals("too many open files") ? why + " (raise the limit: ulimit -n)" : why;
    }

    private static final Pattern SYSTEM_ERROR = Pattern.compile("error=\\d+, (.+)$");

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0 || at == other.at) {
            return byFile;
        }
        return at == null ? -1 : other.at == null ? 1 : at.compareTo(other.at);
    }

    /**
     * Shows a value from a file or a command line inside a message without letting it break the
     * message's one line or reach the terminal as a control sequence.
     */
    public static String printable(String text) {
        return printable(text, 60);
    }

    /** {@link #printable(String)}, cut after {@code max} characters rather than 60. */
    public static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(max).forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (text.codePointCount(0, text.length()) > max) {
            out.append("...");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return file + (at == null ? "" : ":" + at) + ": " + message;
    }
}
