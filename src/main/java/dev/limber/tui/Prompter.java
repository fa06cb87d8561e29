package dev.limber.tui;

import org.jspecify.annotations.Nullable;

/** Asks a person a question and hears the answer: on the terminal, or as lines on standard input. */
public interface Prompter {

    /**
     * Shows {@code question} and waits for the answer.
     *
     * @return the answer as typed, or null when there will never be one (the input has ended)
     * @throws Interrupted when the person pressed Ctrl-C instead
     */
    @Nullable
    String ask(String question) throws Interrupted;

    /** Shows a line of text. */
    void say(String line);

    /**
     * Whether no answer can come any more: the input has ended. A terminal's Ctrl-D ends one answer,
     * not the input, so a terminal never says so.
     */
    boolean ended();

    /**
     * Forgets what was typed ahead, so that keys pressed during the session (an Enter too many on
     * the last reps) never answer the questions after it. Input from a script is kept.
     */
    void discardTypedAhead();

    /** Ctrl-C at a question. */
    final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;

        public Interrupted() {
            super("interrupted", null, false, false);
        }
    }
}
