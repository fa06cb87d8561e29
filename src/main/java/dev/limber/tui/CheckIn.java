package dev.limber.tui;

import dev.limber.document.Printable;
import dev.limber.progress.Answers;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The questions before and after a session: pain now, from 0 to 10, and the red-flag question. Every
 * question may be skipped with Enter; an unclear answer is repeated back and asked again. It never
 * gives up silently: after the end of the input, or {@link #UNCLEAR} unclear answers, the answer is
 * recorded as not given and Limber says so in one line.
 */
public final class CheckIn {

    static final String PAIN = "Pain right now, 0 to 10? (Enter to skip) ";
    static final String MORNING = "Back pain this morning, 0 to 10? (Enter to skip) ";
    static final String RED_FLAG = "Any sharp, shooting pain down a leg, numbness or tingling? (y/N) ";
    /** Unclear answers to one question before it is let go. */
    static final int UNCLEAR = 5;

    private final Prompter prompter;
    /** The input has ended: every question left is unanswered, and that was said once. */
    private boolean ended;

    public CheckIn(Prompter prompter) {
        this.prompter = prompter;
    }

    /** Pain from 0 to 10, or null when skipped or not answered. */
    public @Nullable Integer pain() throws Prompter.Interrupted {
        return ask(
                PAIN,
                "pain score",
                Answers::pain,
                null,
                "is not a pain score: type a whole number from 0 (none) to 10 (the worst), or just Enter to skip.");
    }

    /** Back pain on waking, from 0 to 10, or null when skipped or not answered: once a day. */
    public @Nullable Integer morningPain() throws Prompter.Interrupted {
        return ask(
                MORNING,
                "morning pain score",
                Answers::pain,
                null,
                "is not a pain score: type a whole number from 0 (none) to 10 (the worst), or just Enter to skip.");
    }

    /** Yes or no; no when skipped with Enter, and null when not answered. */
    public @Nullable Boolean redFlag() throws Prompter.Interrupted {
        return ask(RED_FLAG, "answer", Answers::yesOrNo, false, "is neither yes nor no: type y or n.");
    }

    /**
     * Asks until an answer is clear, or Enter skips it ({@code skipped} is then the answer), or the
     * input ends, or too many answers were unclear (null, said once).
     */
    private <T> @Nullable T ask(
            String question, String what, Function<String, Optional<T>> read, @Nullable T skipped, String unclear)
            throws Prompter.Interrupted {
        if (ended) {
            return null;
        }
        for (int tries = 0; tries < UNCLEAR; tries++) {
            String answer = prompter.ask(question);
            if (answer == null && prompter.ended()) {
                ended = true;
                // The morning's is a question on its own: nothing comes after it.
                prompter.say("The input has ended: no " + what + " was recorded"
                        + (question.equals(MORNING) ? " today." : ", nor any answer after it."));
                return null;
            }
            if (answer == null) {
                // Ctrl-D at a terminal: this question goes unanswered, and the next is asked all the same.
                prompter.say("No " + what + " was recorded.");
                return null;
            }
            if (answer.isBlank()) {
                return skipped;
            }
            Optional<T> value = read.apply(answer);
            if (value.isPresent()) {
                return value.get();
            }
            prompter.say("'" + Printable.of(answer.strip(), 20) + "' " + unclear);
        }
        prompter.say("No " + what + " was recorded after " + UNCLEAR + " unclear answers.");
        return null;
    }

    public void say(String line) {
        prompter.say(line);
    }
}
