package dev.limber.tui;

import java.io.PrintWriter;

/** Questions in plain mode: the question on standard output, the answer a line on standard input. */
public final class LinePrompter implements Prompter {

    private static final long FOREVER = Long.MAX_VALUE;

    private final PrintWriter out;
    private final LineKeys lines;

    public LinePrompter(PrintWriter out, LineKeys lines) {
        this.out = out;
        this.lines = lines;
    }

    @Override
    public String ask(String question) {
        out.print(question);
        out.flush();
        String line = lines.line(FOREVER);
        if (line == LineKeys.ENDED || line == null) {
            out.println();
            out.flush();
            return null;
        }
        return line;
    }

    @Override
    public void say(String line) {
        out.println(line);
        out.flush();
    }
}
