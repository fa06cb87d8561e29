package dev.limber.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void escape_sequences_c0_and_c1_controls_and_del_are_written_as_escapes() {
        assertThat(Printable.of("\u001b[31mred\u001b]0;title\u0007 \u009b2J \u0085 \u007f \r\t\n"))
                .isEqualTo("\\u001b[31mred\\u001b]0;title\\u0007 \\u009b2J \\u0085 \\u007f \\u000d\\u0009\\u000a");
    }

    @Test
    void bidirectional_overrides_and_isolates_and_line_separators_are_written_as_escapes() {
        assertThat(Printable.of("a\u202ab\u202ec\u2066d\u2069e\u2028f\u2029"))
                .isEqualTo("a\\u202ab\\u202ec\\u2066d\\u2069e\\u2028f\\u2029");
    }

    @Test
    void half_a_surrogate_pair_is_written_as_an_escape_and_a_whole_one_stays() {
        assertThat(Printable.of("\ud800 x \udfc3 \ud83c\udfc3")).isEqualTo("\\ud800 x \\udfc3 \ud83c\udfc3");
        assertThat(Printable.of("end \ud83c")).isEqualTo("end \\ud83c");
    }

    @Test
    void ordinary_text_in_any_script_is_left_as_it_is() {
        String text = "Knee-to-chest stretch · 膝を胸に · Ἀθῆναι · שלום · 🏃";

        assertThat(Printable.of(text)).isSameAs(text);
    }

    @Test
    void a_value_in_a_message_is_cut_after_sixty_characters() {
        assertThat(Printable.value("x".repeat(61))).isEqualTo("x".repeat(60) + "...");
        assertThat(Printable.value("\u001b".repeat(2))).isEqualTo("\\u001b\\u001b");
    }

    @Test
    void escaping_twice_changes_nothing_more() {
        String once = Printable.of("\u001b[2J\u202e");

        assertThat(Printable.of(once)).isEqualTo(once);
    }

    @Test
    void the_first_unsafe_character_is_found_whole_and_the_allowed_one_is_passed_over() {
        assertThat(Printable.firstUnsafe("two\nlines", '\n')).isEqualTo(-1);
        assertThat(Printable.firstUnsafe("two\nlines", -1)).isEqualTo('\n');
        assertThat(Printable.firstUnsafe("\ud83c\udfc3 run \u202e", '\n')).isEqualTo(0x202E);
        assertThat(Printable.firstUnsafe("run \udfc3 \ud83c\udfc3", -1)).isEqualTo(0xDFC3);
        assertThat(Printable.firstUnsafe("end \ud83c", -1)).isEqualTo(0xD83C);
        assertThat(Printable.anyUnsafe("膝を胸に 🏃")).isFalse();
        assertThat(Printable.anyUnsafe("a\u0007")).isTrue();
    }
}
