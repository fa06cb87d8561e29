package dev.limber.document;

/**
 * What kind of document the YAML reader reads: how its problems name it and how big it may be. Each
 * format's rules say this of their own documents (a routine, the config file, a program), so the
 * reader's messages speak of the document at hand and never of another kind.
 *
 * @param name       one document, as in "far bigger than any routine"
 * @param plural     as in "type tags are not allowed in routines"
 * @param fileName   its file, as in "a routine file is at most 1 MiB"
 * @param onePerFile what to do about a second YAML document in the file
 * @param size       how big it may be before the reader stops, and what each limit leaves room for
 */
public record DocumentKind(String name, String plural, String fileName, String onePerFile, Size size) {

    /**
     * Limits generous for people and small enough that a hostile file costs nothing; each is checked
     * as the file is read, before the parser spends time or memory on the rest.
     *
     * @param fileBytes     the largest file; at most one byte more is ever read
     * @param lineLength    the longest line, in characters: SnakeYAML's cost for one line grows with the square of it
     * @param depth         how deeply mappings and lists may nest
     * @param depthNeeded   what the document needs of that depth, as in "a routine needs four (...)"
     * @param keys          the most keys in one mapping
     * @param keysNeeded    as in "a step has at most ten"
     * @param items         the most items in one list
     * @param itemsNeeded   as in "a routine has at most 500 steps (split it and use 'include')"
     * @param values        the most values in the whole document
     */
    public record Size(
            int fileBytes,
            int lineLength,
            int depth,
            String depthNeeded,
            int keys,
            String keysNeeded,
            int items,
            String itemsNeeded,
            int values) {}
}
