package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys through JLine's own key map, from bytes as a terminal sends them. */
class TerminalKeysTest {

    private static List<Action> actions(String typed) throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            term.type(typed);
            TerminalKeys keys = new TerminalKeys(term.terminal);
            // A stream terminal never reports the end of its input: the keys are all there at once,
            // so the first read that finds nothing in a short while is past the last of them.
            List<Action> actions = new ArrayList<>();
            for (Action a = keys.read(200_000_000L); a != null && a != Action.END; a = keys.read(200_000_000L)) {
                actions.add(a);
            }
            return actions;
        }
    }

    @Test
    void every_key_of_the_coach() throws Exception {
        assertThat(actions(" \rnb+-rm?q=_NBRMQ\n"))
                .containsExactly(
                        Action.TOGGLE_PAUSE,
                        Action.COMPLETE,
                        Action.NEXT,
                        Action.BACK,
                        Action.MORE_TIME,
                        Action.LESS_TIME,
                        Action.RESTART,
                        Action.MUTE,
                        Action.HELP,
                        Action.QUIT,
                        Action.MORE_TIME,
                        Action.LESS_TIME,
                        Action.NEXT,
                        Action.BACK,
                        Action.RESTART,
                        Action.MUTE,
                        Action.QUIT,
                        Action.COMPLETE);
    }

    @Test
    void arrows_in_both_the_cursor_and_the_keypad_forms() throws Exception {
        assertThat(actions("\033[C\033[D\033OC\033OD"))
                .containsExactly(Action.NEXT, Action.BACK, Action.NEXT, Action.BACK);
    }

    @Test
    void a_lone_escape_quits_once_it_is_clear_no_arrow_follows() throws Exception {
        assertThat(actions("\033")).containsExactly(Action.QUIT);
    }

    @Test
    void ctrl_backslash_interrupts_in_full_screen_where_it_is_a_key() throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            // Elsewhere the terminal makes it SIGQUIT, which the JVM keeps (FullScreen.raw).
            term.terminal.setAttributes(FullScreen.raw(term.terminal.getAttributes()));
            term.type("\034");

            assertThat(new TerminalKeys(term.terminal).read(200_000_000L)).isEqualTo(Action.INTERRUPT);
        }
    }

    @Test
    void other_keys_are_other_and_never_an_error() throws Exception {
        assertThat(actions("xé\033[15~")).containsOnly(Action.OTHER);
    }

    @Test
    void no_key_in_time_is_null() throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            assertThat(new TerminalKeys(term.terminal).read(20_000_000L)).isNull();
        }
    }
}
