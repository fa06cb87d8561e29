package dev.limber.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A document file on disk, read so that the file never decides what reading it costs: a pipe, socket
 * or device is refused unread, since a named pipe would block the command until someone wrote to it,
 * and at most one byte over the kind's size limit is read, so a huge or endless file costs nothing and
 * the YAML reader can still tell it is too big. Routines and the config file are read here, and so
 * will programs be.
 */
public final class DocumentFile {

    /** A pipe, socket or device where a document file should be: refused without being opened. */
    public static final class NotAFile extends FileSystemException {
        private static final long serialVersionUID = 1L;

        NotAFile(Path path, DocumentKind kind) {
            super(
                    path.toString(),
                    null,
                    "not a regular file but a pipe, socket or device; save the " + kind.name() + " as a file");
        }
    }

    private DocumentFile() {}

    /**
     * Reads {@code path} as a document of {@code kind}, naming it {@code name} in every problem.
     *
     * @throws NotAFile    for a pipe, socket or device
     * @throws IOException when the file can't be read: there is none, it is a folder, permission is denied
     */
    public static YamlReader.Parsed read(Path path, String name, DocumentKind kind) throws IOException {
        return YamlReader.read(bytes(path, kind), name, kind);
    }

    /**
     * The bytes of {@code path}, at most one over {@code kind}'s size limit: for a file whose kind is
     * known only once it has been read, read once with the largest kind it may be.
     *
     * @throws NotAFile    for a pipe, socket or device
     * @throws IOException when the file can't be read: there is none, it is a folder, permission is denied
     */
    public static byte[] bytes(Path path, DocumentKind kind) throws IOException {
        if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
            throw new NotAFile(path, kind);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(kind.size().fileBytes() + 1);
        }
    }
}
