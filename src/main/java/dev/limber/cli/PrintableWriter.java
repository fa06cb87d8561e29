package dev.limber.cli;

import dev.limber.document.Printable;
import java.io.FilterWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Standard error as people see it: everything written passes through {@link Printable#of}, line by
 * line, so a file name, an argument or a history field in a message can't reach the terminal as a
 * control sequence, whichever command prints it. Limber writes no colour to stderr, so nothing of
 * its own is lost.
 *
 * <p>And in order with standard output: what was printed there before is flushed first, and each
 * line here is flushed as it ends, as C's stderr is unbuffered. Both streams usually go to one
 * terminal; without this, a command's summary on stdout could come out before the problems it
 * sums up, and scroll them out of sight.
 */
final class PrintableWriter extends FilterWriter {

    /** A high surrogate that ended a write, kept until its other half comes with the next one. */
    private char pending;

    private final @Nullable Flushable before;

    PrintableWriter(Writer out) {
        this(out, null);
    }

    /** Flushes {@code before} (standard output) before each write. */
    PrintableWriter(Writer out, @Nullable Flushable before) {
        super(out);
        this.before = before;
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        write(new String(text, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (before != null) {
            before.flush();
        }
        StringBuilder chunk = new StringBuilder(length + 1);
        if (pending != 0) {
            chunk.append(pending);
            pending = 0;
        }
        chunk.append(text, offset, offset + length);
        int last = chunk.length() - 1;
        if (last >= 0 && Character.isHighSurrogate(chunk.charAt(last))) {
            pending = chunk.charAt(last);
            chunk.setLength(last);
        }
        int start = 0;
        for (int i = 0; i < chunk.length(); i++) {
            if (chunk.charAt(i) == '\n') {
                out.write(Printable.of(chunk.substring(start, i)));
                out.write('\n');
                start = i + 1;
            }
        }
        out.write(Printable.of(chunk.substring(start)));
        if (start > 0) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (pending != 0) {
            out.write(Printable.of(String.valueOf(pending)));
            pending = 0;
        }
        super.close();
    }
}
