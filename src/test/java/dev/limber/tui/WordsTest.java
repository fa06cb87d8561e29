package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void a_hanging_line_keeps_its_spacing_before_the_break_and_indents_the_rest_under_its_item() {
        assertThat(Words.hanging("  \u00b7 Walk      1 of 2 today \u00b7 a long note here", 30))
                .containsExactly("  \u00b7 Walk      1 of 2 today \u00b7 a", "    long note here");
        assertThat(Words.hanging("short", 30)).containsExactly("short");
        assertThat(Words.hanging("no limit at all for a file", 0)).containsExactly("no limit at all for a file");
        assertThat(Words.hanging("Ease off when pain gets worse", 12))
                .containsExactly("Ease off", "when pain", "gets worse");
    }

    @Test
    void wide_characters_take_two_columns() {
        assertThat(Words.columns("膝を胸に")).isEqualTo(8);
        assertThat(Words.columns("Cat-cow 🧘")).isEqualTo(10);
    }

    @Test
    void what_terminals_draw_at_different_widths_is_made_what_they_all_agree_on() {
        // A ZWJ family: two cells in one terminal, six in another; each emoji alone is two everywhere.
        assertThat(Words.drawable("👨‍👩‍👧")).isEqualTo("👨👩👧");
        // A flag: its regional indicators become the letters they spell.
        assertThat(Words.drawable("Stretch 🇫🇷")).isEqualTo("Stretch FR");
        // A skin tone and a variation selector go; the emoji stays.
        assertThat(Words.drawable("👍🏽 ❤️")).isEqualTo("👍 ❤");
        // A subdivision flag's tags go, leaving the black flag.
        assertThat(Words.drawable("🏴\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f"))
                .isEqualTo("🏴");
        assertThat(Words.drawable("Knee-to-chest 膝")).isSameAs(Words.drawable("Knee-to-chest 膝"));
    }

    @Test
    void cut_keeps_what_fits_and_says_so_with_an_ellipsis_after_a_whole_word_where_it_can() {
        assertThat(Words.cut("Knee-to-chest stretch", 30)).isEqualTo("Knee-to-chest stretch");
        assertThat(Words.cut("Knee-to-chest stretch", 20)).isEqualTo("Knee-to-chest…");
        assertThat(Words.cut("Knee-to-chest stretch", 8)).isEqualTo("Knee-to…");
        assertThat(Words.cut("膝を胸に引き寄せる", 7)).isEqualTo("膝を胸…");
        assertThat(Words.cut("abc", 1)).isEqualTo("…");
        assertThat(Words.cut("abc", 0)).isEmpty();
    }

    @Test
    void wrap_breaks_at_spaces_and_between_wide_characters_and_marks_a_broken_word() {
        assertThat(Words.wrap("Lie on your back with both knees bent.", 16))
                .containsExactly("Lie on your back", "with both knees", "bent.");
        assertThat(Words.wrap("仰向けに寝て、両膝を曲げます。", 10)).containsExactly("仰向けに寝", "て、両膝を", "曲げます。");
        assertThat(Words.wrap("Supercalifragilistic", 8)).containsExactly("Superca…", "lifragi…", "listic");
    }
}
