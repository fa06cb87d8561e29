package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.junit.jupiter.api.Test;

/** What SttyPty asks stty to change: only what differs, in words every stty reads. */
class SttyPtyTest {

    /** A shell's usual settings, as stty -a shows them on Linux. */
    private static Attributes cooked() {
        Attributes cooked = new Attributes();
        cooked.setLocalFlags(
                EnumSet.of(
                        LocalFlag.ICANON,
                        LocalFlag.ECHO,
                        LocalFlag.IEXTEN,
                        LocalFlag.ISIG,
                        LocalFlag.ECHOE,
                        LocalFlag.ECHOK,
                        LocalFlag.ECHOCTL,
                        LocalFlag.ECHOKE),
                true);
        cooked.setInputFlags(EnumSet.of(InputFlag.ICRNL, InputFlag.IXON, InputFlag.IUTF8), true);
        cooked.setControlChar(ControlChar.VINTR, 3);
        cooked.setControlChar(ControlChar.VQUIT, 28);
        cooked.setControlChar(ControlChar.VERASE, 127);
        cooked.setControlChar(ControlChar.VEOF, 4);
        cooked.setControlChar(ControlChar.VMIN, 1);
        cooked.setControlChar(ControlChar.VTIME, 0);
        return cooked;
    }

    @Test
    void entering_raw_mode_names_only_what_it_changes() {
        assertThat(SttyPty.changes(FullScreen.raw(cooked()), cooked()))
                .containsExactly(
                        "-icrnl", "-ixon", "-echo", "-icanon", "-iexten", "quit", "undef", "min", "0", "time", "1");
    }

    @Test
    void leaving_it_puts_back_those_and_nothing_else() {
        assertThat(SttyPty.changes(cooked(), FullScreen.raw(cooked())))
                .containsExactly("icrnl", "ixon", "echo", "icanon", "iexten", "quit", "^\\", "min", "1", "time", "0");
    }

    @Test
    void the_same_settings_change_nothing_and_start_no_stty() {
        assertThat(SttyPty.changes(cooked(), cooked())).isEmpty();
    }

    @Test
    void control_characters_in_the_words_stty_reads() {
        Attributes other = cooked();
        other.setControlChar(ControlChar.VERASE, 8);
        other.setControlChar(ControlChar.VINTR, 'x');

        assertThat(SttyPty.changes(other, cooked())).containsExactly("erase", "^H", "intr", "x");
    }
}
