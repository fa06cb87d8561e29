package dev.limber.routine;

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

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0 || at == other.at) {
            return byFile;
        }
        return at == null ? -1 : other.at == null ? 1 : at.compareTo(other.at);
    }

    @Override
    public String toString() {
        return file + (at == null ? "" : ":" + at) + ": " + message;
    }
}
