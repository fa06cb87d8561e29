package dev.limber.document;

/** A place in a document file, 1-based, as editors count lines and columns. */
public record Position(int line, int column) implements Comparable<Position> {

    /** The start of a file: where problems about the whole file point. */
    public static final Position START = new Position(1, 1);

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
