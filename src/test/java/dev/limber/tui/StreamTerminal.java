package dev.limber.tui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** A real JLine terminal over streams, as JLine's own tests build them. */
final class StreamTerminal implements AutoCloseable {

    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    final Terminal terminal;
    private final Keyboard keyboard = new Keyboard();

    /**
     * A terminal whose input stays open, as a person's does, until the test closes it: JLine closes a
     * stream terminal whose input ends. {@link #type} sends keys to it.
     */
    StreamTerminal(int columns, int rows) {
        this(columns, rows, "xterm-256color");
    }

    /** As above, for a terminal of this type (its terminfo: "linux" has no alternate screen). */
    StreamTerminal(int columns, int rows, String type) {
        try {
            // The exec provider makes JLine's pure-Java external terminal of the streams; the JNI one
            // would put them on a real pty, whose blocking reads ignore the coach's timeouts.
            terminal = TerminalBuilder.builder()
                    .system(false)
                    .provider("exec")
                    .streams(keyboard, written)
                    .type(type)
                    .encoding(StandardCharsets.UTF_8)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        terminal.setSize(new Size(columns, rows));
    }

    /** Types these keys, as bytes a terminal would send. */
    void type(String keys) {
        for (byte b : keys.getBytes(StandardCharsets.UTF_8)) {
            keyboard.bytes.add(b & 0xff);
        }
    }

    void resize(int columns, int rows) {
        terminal.setSize(new Size(columns, rows));
    }

    /** Input that waits for typed bytes and ends only when closed. */
    private static final class Keyboard extends InputStream {
        private static final int END = -1;
        private final BlockingQueue<Integer> bytes = new LinkedBlockingQueue<>();

        @Override
        public int read() throws IOException {
            try {
                int b = bytes.take();
                if (b == END) {
                    bytes.add(END);
                }
                return b;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return END;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int first = read();
            if (first == END) {
                return END;
            }
            buffer[offset] = (byte) first;
            int count = 1;
            while (count < length && !bytes.isEmpty() && bytes.peek() != END) {
                buffer[offset + count++] = (byte) (int) bytes.poll();
            }
            return count;
        }

        @Override
        public int available() {
            return bytes.size();
        }

        @Override
        public void close() {
            bytes.add(END);
        }
    }

    /** Everything written so far, raw, escape codes and all. */
    String output() {
        terminal.flush();
        return written.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        keyboard.close();
        terminal.close();
    }
}
