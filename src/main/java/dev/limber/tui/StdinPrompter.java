package dev.limber.tui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question asked outside a session ({@code limber today}'s morning question): the answer is read
 * from standard input a byte at a time, up to its line end and no further, with no thread left
 * reading. What is typed after it belongs to the shell Limber returns to; a reader that kept reading
 * would take the next command line from it.
 */
public final class StdinPrompter implements Prompter {

    /** A longer answer is no answer to a 0-10 question; what is beyond it is skipped. */
    private static final int LONGEST = 1024;

    private final PrintWriter out;
    private final InputStream in;
    private boolean ended;

    /** How wide the person's terminal is, in cells; 0 when unknown. */
    private final int width;

    /**
     * @param out   where the person reads questions
     * @param width the width of their terminal in cells, to break questions at spaces; 0 when unknown
     */
    public StdinPrompter(PrintWriter out, InputStream in, int width) {
        this.out = out;
        this.in = in;
        this.width = width;
    }

    @Override
    public @Nullable String ask(String question) {
        List<String> lines = Words.question(question, width);
        lines.subList(0, lines.size() - 1).forEach(out::println);
        out.print(lines.get(lines.size() - 1));
        out.flush();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); ; b = in.read()) {
                if (b < 0) {
                    if (line.size() == 0) {
                        ended = true;
                        out.println();
                        out.flush();
                        return null;
                    }
                    break;
                }
                if (b == '\n') {
                    break;
                }
                if (line.size() < LONGEST) {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            ended = true;
            return null;
        }
        return line.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    @Override
    public boolean ended() {
        return ended;
    }

    @Override
    public void discardTypedAhead() {
        // Only one question is asked, before anything else: nothing can have been typed for another.
    }

    @Override
    public void say(String line) {
        out.println(line);
        out.flush();
    }
}
