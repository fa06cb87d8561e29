package dev.limber.tui;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;

/**
 * Questions in plain mode: the question where the person sees it (standard output when it is a
 * terminal; else the terminal they sit at, never a file standard output was sent to), the answer a
 * line on standard input.
 */
public final class LinePrompter implements Prompter {

    private static final long FOREVER = Long.MAX_VALUE;

    private final PrintWriter out;
    private final LineKeys lines;

    /** @param out where the person reads questions */
    public LinePrompter(PrintWriter out, LineKeys lines) {
        this.out = out;
        this.lines = lines;
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // ENDED is a sentinel, told apart from typed lines by identity
    public @Nullable String ask(String question) {
        out.print(question);
        out.flush();
        String line = lines.line(FOREVER);
        if (line == LineKeys.ENDED || line == null) {
            out.println();
            out.flush();
            return null;
        }
        if (!lines.typed()) {
            // A terminal echoes what is typed; a script's answer is shown, so questions don't run together.
            out.println(dev.limber.document.Printable.of(line, 60));
            out.flush();
        }
        return line;
    }

    @Override
    public boolean ended() {
        return lines.ended();
    }

    @Override
    public void discardTypedAhead() {
        lines.discardTypedAhead();
    }

    @Override
    public void say(String line) {
        out.println(line);
        out.flush();
    }
}
