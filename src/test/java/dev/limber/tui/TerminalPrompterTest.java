package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.progress.Advice;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalPrompterTest {

    @Test
    void what_is_said_is_wrapped_at_words_to_the_width_of_the_terminal() throws Exception {
        try (StreamTerminal term = new StreamTerminal(30, 10)) {
            new TerminalPrompter(term.terminal).say(Advice.RED_FLAG_LINE);
            new TerminalPrompter(term.terminal).say("");

            List<String> lines = term.output().lines().toList();

            assertThat(lines).containsExactly("If you have sharp, shooting", "pain down a leg, numbness or",
                    "tingling, see a specialist", "before you go on.", "");
        }
    }
}
