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

            assertThat(lines)
                    .containsExactly(
                            "If you have sharp, shooting",
                            "pain down a leg, numbness or",
                            "tingling, see a specialist",
                            "before you go on.",
                            "");
        }
    }

    @Test
    void a_question_is_broken_at_spaces_and_the_answer_typed_after_its_last_line() throws Exception {
        try (StreamTerminal term = new StreamTerminal(20, 6)) {
            CheckIn checkIn = new CheckIn(new TerminalPrompter(term.terminal));
            term.type("3\r");

            assertThat(checkIn.morningPain()).isEqualTo(3);
            // The "3" typed ahead may be echoed before the question: only what follows it is compared.
            assertThat(term.output().replace("\r", "").lines())
                    .contains("morning, 0 to 10?")
                    .anyMatch(line -> line.endsWith("Back pain this"))
                    .anyMatch(line -> line.endsWith("(Enter to skip) 3"));
        }
    }
}
