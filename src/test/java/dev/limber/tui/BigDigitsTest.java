package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BigDigitsTest {

    @Test
    void draws_each_digit_three_pixels_wide_and_five_tall_with_square_pixels() {
        List<String> lines = BigDigits.render("10", 2);

        assertThat(lines)
                .containsExactly(
                        "  ██    ██████", "████    ██  ██", "  ██    ██  ██", "  ██    ██  ██", "██████  ██████");
        assertThat(BigDigits.width("10", 2)).isEqualTo(14);
        assertThat(BigDigits.height(2)).isEqualTo(5);
    }

    @Test
    void the_smallest_size_draws_two_pixel_rows_to_a_line_with_half_blocks() {
        assertThat(BigDigits.render("20", 1)).containsExactly("▀▀█ █▀█", "█▀▀ █ █", "▀▀▀ ▀▀▀");
        assertThat(BigDigits.render("1:5", 1)).containsExactly("▄█  ▄ █▀▀", " █  ▄ ▀▀█", "▀▀▀   ▀▀▀");
    }

    @Test
    void every_size_is_a_step_up_odd_sizes_ending_in_a_half_row() {
        assertThat(List.of(1, 2, 3, 4, 5, 6).stream().map(BigDigits::height)).containsExactly(3, 5, 8, 10, 13, 15);
        List<String> three = BigDigits.render("0:27", 3);

        assertThat(three).hasSize(8).allSatisfy(line -> assertThat(line).hasSize(BigDigits.width("0:27", 3)));
        assertThat(three.get(7)).matches("[▀ ]+");
    }

    @Test
    void has_no_glyph_for_letters() {
        assertThatThrownBy(() -> BigDigits.render("a", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
