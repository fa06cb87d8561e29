package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.testing.Await;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        // Answers from a script are echoed, so that the questions don't run together on one line.
        assertThat(out.toString()).isEqualTo(CheckIn.PAIN + "4\n" + CheckIn.PAIN + "\n" + CheckIn.RED_FLAG + "y\n");
    }

    @Test
    void an_unclear_answer_is_repeated_back_and_asked_again() throws Exception {
        CheckIn checkIn = plain("eleven\n12\n-1\n7\n");

        assertThat(checkIn.pain()).isEqualTo(7);
        assertThat(out.toString())
                .contains(
                        "'eleven' is not a pain score: type a whole number from 0 (none) to 10"
                                + " (the worst), or just Enter to skip.",
                        "'12' is not a pain score",
                        "'-1' is not a pain score");
    }

    @Test
    void five_unclear_answers_are_let_go_with_a_line_and_the_next_question_is_asked_afresh() throws Exception {
        CheckIn checkIn = plain("11\nabc\n-1\nlots\n99\n3\n");

        assertThat(checkIn.pain()).isNull();
        assertThat(out.toString()).endsWith("No pain score was recorded after 5 unclear answers.\n");
        assertThat(checkIn.pain()).isEqualTo(3);
    }

    @Test
    void pain_is_read_as_people_write_it() throws Exception {
        CheckIn checkIn = plain("3/10\n3.5\n 7 \n10/10\n0\n");

        assertThat(List.of(checkIn.pain(), checkIn.pain(), checkIn.pain(), checkIn.pain(), checkIn.pain()))
                .containsExactly(3, 4, 7, 10, 0);
    }

    @Test
    void no_is_the_default_and_yes_is_said_in_many_ways() throws Exception {
        CheckIn checkIn = plain("\nN\nyeah\nYep!\nyes!\nmaybe\nnope\n");

        assertThat(checkIn.redFlag()).isFalse();
        assertThat(checkIn.redFlag()).isFalse();
        assertThat(checkIn.redFlag()).isTrue();
        assertThat(checkIn.redFlag()).isTrue();
        assertThat(checkIn.redFlag()).isTrue();
        assertThat(checkIn.redFlag()).isFalse();
        assertThat(out.toString()).contains("'maybe' is neither yes nor no: type y or n.");
    }

    @Test
    void the_end_of_input_leaves_every_question_unanswered_and_says_so_once() throws Exception {
        CheckIn checkIn = plain("");

        assertThat(checkIn.pain()).isNull();
        assertThat(checkIn.redFlag()).isNull();
        assertThat(checkIn.pain()).isNull();
        assertThat(out.toString())
                .isEqualTo(CheckIn.PAIN + "\n"
                        + "The input has ended: no pain score was recorded, nor any answer after it.\n");
    }

    @Test
    void the_end_of_input_at_the_red_flag_question_is_no_answer_not_a_no() throws Exception {
        CheckIn checkIn = plain("4\n");

        assertThat(checkIn.pain()).isEqualTo(4);
        assertThat(checkIn.redFlag()).isNull();
    }

    @Test
    void what_was_typed_is_repeated_without_its_control_characters() throws Exception {
        CheckIn checkIn = plain("\u001b[2Jx\n2\n");

        assertThat(checkIn.pain()).isEqualTo(2);
        assertThat(out.toString()).contains("'\\u001b[2Jx' is not a pain score").doesNotContain("\u001b");
    }

    @Test
    void on_a_terminal_answers_are_typed_with_line_editing() throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            CheckIn checkIn = new CheckIn(new TerminalPrompter(term.terminal));
            term.type("12\177\r");
            assertThat(checkIn.pain()).isEqualTo(1);
            term.type("y\r");
            assertThat(checkIn.redFlag()).isTrue();
            assertThat(term.output())
                    .contains(
                            "Pain right now, 0 to 10? (Enter to skip)",
                            "Any sharp, shooting pain down a leg, numbness or tingling? (y/N)");
        }
    }

    @Test
    void ctrl_d_on_a_terminal_leaves_one_question_unanswered_and_the_next_is_asked() throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            CheckIn checkIn = new CheckIn(new TerminalPrompter(term.terminal));
            term.type("\004");
            assertThat(checkIn.pain()).isNull();
            term.type("yes\r");
            assertThat(checkIn.redFlag()).isTrue();
            assertThat(term.output()).contains("No pain score was recorded.");
        }
    }

    @Test
    void enters_typed_ahead_on_a_terminal_are_forgotten_before_the_questions() throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            TerminalPrompter prompter = new TerminalPrompter(term.terminal);
            CheckIn checkIn = new CheckIn(prompter);
            term.type("\r\r\r");
            // The keys have reached the terminal's reader, as keys pressed during a session have.
            assertThat(term.terminal.reader().peek(10_000)).isEqualTo('\n');
            prompter.discardTypedAhead();
            term.type("6\r");

            assertThat(checkIn.pain()).isEqualTo(6);
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
            Await.until("the question", Await.PATIENCE, term::output, out -> out.contains("Pain right now"));
            term.type("\003");
            assertThatThrownBy(() -> asked.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(Prompter.Interrupted.class);
        }
    }
}
