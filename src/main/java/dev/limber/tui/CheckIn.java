package dev.limber.tui;

import java.util.Locale;

/**
 * The questions before and after a session: pain now, from 0 to 10, and the red-flag question.
 * Every question may be skipped; a wrong answer is asked again, twice at most.
 */
public final class CheckIn {

    static final String PAIN = "Pain right now, 0 to 10? (Enter to skip) ";
    static final String RED_FLAG = "Any sharp, shooting pain down a leg, numbness or tingling? (y/N) ";
    private static final int TRIES = 3;

    private final Prompter prompter;

    public CheckIn(Prompter prompter) {
        this.prompter = prompter;
    }

    /** Pain from 0 to 10, or null when skipped. */
    public Integer pain() throws Prompter.Interrupted {
        for (int tries = 0; tries < TRIES; tries++) {
            String answer = prompter.ask(PAIN);
            if (answer == null || answer.isBlank()) {
                return null;
            }
            try {
                int pain = Integer.parseInt(answer.strip());
                if (pain >= 0 && pain <= 10) {
                    return pain;
                }
            } catch (NumberFormatException e) {
                // Said below, then asked again.
            }
            prompter.say("Type a whole number from 0 (none) to 10 (the worst), or just Enter to skip.");
        }
        return null;
    }

    /** Yes or no; no when skipped, and null only when the input ended. */
    public Boolean redFlag() throws Prompter.Interrupted {
        for (int tries = 0; tries < TRIES; tries++) {
            String answer = prompter.ask(RED_FLAG);
            if (answer == null) {
                return null;
            }
            switch (answer.strip().toLowerCase(Locale.ROOT)) {
                case "y", "yes" -> {
                    return true;
                }
                case "", "n", "no" -> {
                    return false;
                }
                default -> prompter.say("Type y for yes or n for no.");
            }
        }
        return null;
    }

    public void say(String line) {
        prompter.say(line);
    }
}
