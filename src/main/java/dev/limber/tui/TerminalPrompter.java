package dev.limber.tui;

import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;

/** Questions on the terminal, answered with JLine's line editing (backspace, arrows, Ctrl-C). */
public final class TerminalPrompter implements Prompter {

    private final Terminal terminal;
    private final LineReader reader;

    public TerminalPrompter(Terminal terminal) {
        this.terminal = terminal;
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                // No history file, no completion: these are one-word answers.
                .variable(LineReader.HISTORY_SIZE, 0)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
    }

    @Override
    public @Nullable String ask(String question) throws Interrupted {
        // Broken at spaces to the width: the terminal would break the question mid-word.
        List<String> lines = Words.question(question, terminal.getWidth());
        for (String line : lines.subList(0, lines.size() - 1)) {
            terminal.writer().println(line);
        }
        try {
            return reader.readLine(lines.get(lines.size() - 1));
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public boolean ended() {
        return false;
    }

    @Override
    public void discardTypedAhead() {
        // Raw mode for the reads: out of it, JLine's read timeouts don't hold and a read waits for a key.
        Attributes before = terminal.enterRawMode();
        try {
            TerminalKeys.discard(terminal.reader());
        } catch (java.io.IOException e) {
            // Nothing more to read: nothing to forget.
        } finally {
            terminal.setAttributes(before);
        }
    }

    /** The line, wrapped at words to the terminal's width in cells: the terminal would break a word anywhere. */
    @Override
    public void say(String line) {
        int width = terminal.getWidth();
        for (String part : width <= 0 || line.isBlank() ? List.of(line) : Words.wrap(line, width)) {
            terminal.writer().println(part);
        }
        terminal.flush();
    }
}
