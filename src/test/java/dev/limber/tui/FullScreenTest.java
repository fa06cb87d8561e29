package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.junit.jupiter.api.Test;

/** Entering and leaving the full screen on real JLine terminals over streams. */
class FullScreenTest {

    @Test
    void without_an_alternate_screen_leaving_clears_what_was_drawn() throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24, "linux")) {
            FullScreen full = new FullScreen(term.terminal);
            full.enter();
            term.terminal.writer().write("a frame");
            int drawn = term.output().length();

            full.leave();

            // The Linux console's "clear": home, then erase to the end of the screen.
            assertThat(term.output().substring(drawn)).contains("\033[H\033[J");
        }
    }

    @Test
    void with_an_alternate_screen_leaving_goes_back_to_the_main_one_and_clears_nothing() throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            FullScreen full = new FullScreen(term.terminal);
            full.enter();
            int drawn = term.output().length();

            full.leave();

            assertThat(term.output().substring(drawn))
                    .contains("\033[?1049l")
                    .doesNotContain("\033[H\033[J")
                    .doesNotContain("\033[H\033[2J");
        }
    }

    @Test
    void raw_mode_reads_keys_as_typed_with_timeouts_and_ctrl_backslash_as_a_key() {
        Attributes cooked = new Attributes();
        cooked.setLocalFlags(
                java.util.EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN, LocalFlag.ISIG), true);
        cooked.setInputFlags(java.util.EnumSet.of(InputFlag.IXON, InputFlag.ICRNL), true);
        cooked.setControlChar(ControlChar.VQUIT, 28);
        cooked.setControlChar(ControlChar.VINTR, 3);

        Attributes raw = FullScreen.raw(cooked);

        assertThat(raw.getLocalFlag(LocalFlag.ICANON)).isFalse();
        assertThat(raw.getLocalFlag(LocalFlag.ECHO)).isFalse();
        assertThat(raw.getInputFlag(InputFlag.ICRNL)).isFalse();
        assertThat(raw.getControlChar(ControlChar.VMIN)).isZero();
        assertThat(raw.getControlChar(ControlChar.VTIME)).isEqualTo(1);
        assertThat(raw.getControlChar(ControlChar.VQUIT)).isZero();
        // Ctrl-C and Ctrl-Z stay signals.
        assertThat(raw.getLocalFlag(LocalFlag.ISIG)).isTrue();
        assertThat(raw.getControlChar(ControlChar.VINTR)).isEqualTo(3);
        assertThat(cooked.getControlChar(ControlChar.VQUIT)).isEqualTo(28);
    }
}
