package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BigDigitsTest {

    @Test
    void draws_each_digit_three_pixels_wide_and_five_tall() {
        List<String> lines = BigDigits.render("10", 1);

        assertThat(lines).containsExactly(
                "  ██    ██████",
                "████    ██  ██",
                "  ██    ██  ██",
                "  ██    ██  ██",
                "██████  ██████");
        assertThat(BigDigits.width("10", 1)).isEqualTo(14);
    }

    @Test
    void scales_up_in_both_directions() {
        List<String> lines = BigDigits.render("0:27", 2);

        assertThat(lines).hasSize(BigDigits.height(2)).hasSize(10);
        assertThat(lines).allSatisfy(line -> assertThat(line).hasSize(BigDigits.width("0:27", 2)));
    }

    @Test
    void has_no_glyph_for_letters() {
        assertThatThrownBy(() -> BigDigits.render("a", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
