package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LineKeysTest {

    private static List<Action> read(String typed) throws Exception {
        LineKeys keys = new LineKeys(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
        List<Action> actions = new ArrayList<>();
        for (Action action = null; action != Action.END; ) {
            action = keys.read(TimeUnit.SECONDS.toNanos(10));
            actions.add(action);
        }
        return actions;
    }

    @Test
    void every_key_of_the_full_screen_that_plain_mode_takes_is_a_line_of_its_own() throws Exception {
        assertThat(read("\nq\nn\nb\nr\n+\n-\np\n?\n"))
                .containsExactly(
                        Action.COMPLETE,
                        Action.QUIT,
                        Action.NEXT,
                        Action.BACK,
                        Action.RESTART,
                        Action.MORE_TIME,
                        Action.LESS_TIME,
                        Action.TOGGLE_PAUSE,
                        Action.HELP,
                        Action.END);
    }

    @Test
    void words_and_capitals_and_spaces_around_them_are_read_too() throws Exception {
        assertThat(read(" Back \nRESTART\nmore\nless\nPause\nhelp\nQuit\n"))
                .containsExactly(
                        Action.BACK,
                        Action.RESTART,
                        Action.MORE_TIME,
                        Action.LESS_TIME,
                        Action.TOGGLE_PAUSE,
                        Action.HELP,
                        Action.QUIT,
                        Action.END);
    }

    @Test
    void anything_else_is_no_key() throws Exception {
        assertThat(read("x\n++\n")).containsExactly(Action.OTHER, Action.OTHER, Action.END);
    }

    @Test
    void a_script_s_lines_are_read_only_when_needed_and_a_person_s_whenever_typed() {
        assertThat(new LineKeys(new ByteArrayInputStream(new byte[0])).onlyWhenNeeded())
                .isTrue();
        assertThat(new LineKeys(new ByteArrayInputStream(new byte[0]), true).onlyWhenNeeded())
                .isFalse();
    }
}
