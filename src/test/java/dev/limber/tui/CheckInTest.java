package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CheckInTest {

    private final StringWriter out = new StringWriter();

    private CheckIn plain(String typed) {
        LineKeys lines = new LineKeys(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
        return new CheckIn(new LinePrompter(new PrintWriter(out), lines));
    }

    @Test
    void in_plain_mode_answers_are_lines_on_standard_input() throws Exception {
        CheckIn checkIn = plain("4\n\ny\n");

        assertThat(checkIn.pain()).isEqualTo(4);
        assertThat(checkIn.pain()).isNull();
        assertThat(checkIn.redFlag()).isTrue();
        assertThat(out.toString()).isEqualTo(CheckIn.PAIN + CheckIn.PAIN + CheckIn.RED_FLAG);
    }

    @Test
    void a_wrong_answer_is_asked_again_then_let_go() throws Exception {
        CheckIn checkIn = plain("eleven\n12\n-1\n7\n");

        assertThat(checkIn.pain()).isNull();
        assertThat(checkIn.pain()).isEqualTo(7);
        assertThat(out.toString()).contains("Type a whole number from 0 (none) to 10 (the worst), or just Enter to"
                + " skip.");
    }

    @Test
    void no_is_the_default_and_yes_must_be_said() throws Exception {
        CheckIn checkIn = plain("\nN\nYes\nmaybe\nno\n");

        assertThat(checkIn.redFlag()).isFalse();
        assertThat(checkIn.redFlag()).isFalse();
        assertThat(checkIn.redFlag()).isTrue();
        assertThat(checkIn.redFlag()).isFalse();
        assertThat(out.toString()).contains("Type y for yes or n for no.");
    }

    @Test
    void the_end_of_input_skips_every_question() throws Exception {
        CheckIn checkIn = plain("");

        assertThat(checkIn.pain()).isNull();
        assertThat(checkIn.redFlag()).isNull();
    }

    @Test
    void on_a_terminal_answers_are_typed_with_line_editing() throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            CheckIn checkIn = new CheckIn(new TerminalPrompter(term.terminal));
            term.type("12\177\r");
            assertThat(checkIn.pain()).isEqualTo(1);
            term.type("y\r");
            assertThat(checkIn.redFlag()).isTrue();
            assertThat(term.output()).contains("Pain right now, 0 to 10? (Enter to skip)",
                    "Any sharp, shooting pain down a leg, numbness or tingling? (y/N)");
        }
    }

    @Test
    void ctrl_c_at_a_question_on_a_terminal_is_an_interruption() throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            CheckIn checkIn = new CheckIn(new TerminalPrompter(term.terminal));
            // Ctrl-C is a signal, not a key: it must come while the question waits for its answer.
            CompletableFuture<Integer> asked = CompletableFuture.supplyAsync(() -> {
                try {
                    return checkIn.pain();
                } catch (Prompter.Interrupted e) {
                    throw new CompletionException(e);
                }
            });
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!term.output().contains("Pain right now") && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            term.type("\003");
            assertThatThrownBy(() -> asked.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(Prompter.Interrupted.class);
        }
    }
}
