package dev.limber.tui;

/** Asks a person a question and hears the answer: on the terminal, or as lines on standard input. */
public interface Prompter {

    /**
     * Shows {@code question} and waits for the answer.
     *
     * @return the answer as typed, or null when there will never be one (the input has ended)
     * @throws Interrupted when the person pressed Ctrl-C instead
     */
    String ask(String question) throws Interrupted;

    /** Shows a line of text. */
    void say(String line);

    /** Ctrl-C at a question. */
    final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;

        public Interrupted() {
            super("interrupted", null, false, false);
        }
    }
}
