package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PickerTest {

    private static final List<Picker.Choice> CHOICES = List.of(
            new Picker.Choice("back-friendly-walk", "Back-friendly walk", "10m5s  walk, lower-back"),
            new Picker.Choice("dynamic-warm-up", "Dynamic warm-up", "~4m23s  warm-up"),
            new Picker.Choice("post-run-stretches", "Post-run stretches", "~5m20s  post-run, lower-back"));

    private static Object pick(String typed) throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            term.type(typed);
            Picker picker = new Picker(term.terminal, false);
            return picker.pick(CHOICES).orElse(null);
        }
    }

    @Test
    void enter_takes_the_first() throws Exception {
        assertThat(pick("\r")).isEqualTo("back-friendly-walk");
    }

    @Test
    void arrows_move_and_stop_at_the_ends() throws Exception {
        assertThat(pick("\033[B\033[B\033[B\033[B\r")).isEqualTo("post-run-stretches");
        assertThat(pick("\033[B\033[A\033[A\r")).isEqualTo("back-friendly-walk");
    }

    @Test
    void typing_filters_by_id_title_and_tags() throws Exception {
        assertThat(pick("stretch\r")).isEqualTo("post-run-stretches");
        assertThat(pick("WARM\r")).isEqualTo("dynamic-warm-up");
        assertThat(pick("lower\033[B\r")).isEqualTo("post-run-stretches");
        assertThat(pick("warmx\177-\r")).isEqualTo("dynamic-warm-up");
    }

    @Test
    void escape_leaves_without_a_choice_and_nothing_matching_picks_nothing() throws Exception {
        assertThat(pick("\033")).isNull();
        assertThat(pick("zzz\r\033")).isNull();
    }

    @Test
    void ctrl_backslash_leaves_as_ctrl_c_does() throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            // Typed once the picker is full screen, where Ctrl-\ is a key rather than SIGQUIT.
            term.terminal.setAttributes(FullScreen.raw(term.terminal.getAttributes()));
            term.type("\034");
            Picker picker = new Picker(term.terminal, false);

            assertThat(picker.pick(CHOICES)).isEmpty();
            assertThat(picker.interrupted()).isTrue();
            assertThat(picker.stopped()).isEmpty();
        }
    }

    @Test
    void filtering_matches_anywhere_ignoring_case() {
        assertThat(Picker.matching(CHOICES, "RUN")).extracting(Picker.Choice::id).containsExactly("post-run-stretches");
        assertThat(Picker.matching(CHOICES, "")).hasSize(3);
    }
}
