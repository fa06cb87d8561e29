package dev.limber.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One piece of advice, the most serious first; the red-flag line whenever that question got no answer. */
class AdviceTest {

    private static final String EASE_OFF = "Don't push through it: make the next session easier, swap your next"
            + " run for a walk, and if it stays up, see a physical therapist or a doctor.";

    @Test
    void a_red_flag_sends_to_a_specialist_and_names_no_cause() {
        assertThat(Advice.after(2, 2, true, true))
                .singleElement()
                .asString()
                .contains("see a physical therapist or a specialist")
                .contains("can't tell what it is");
    }

    @Test
    void a_red_flag_outranks_pain_that_went_up_or_down() {
        assertThat(Advice.after(5, 2, true, true)).singleElement().asString().startsWith("You noted sharp");
        assertThat(Advice.after(2, 8, true, true)).singleElement().asString().startsWith("You noted sharp");
    }

    @Test
    void pain_going_up_gives_the_guides_rule() {
        assertThat(Advice.after(3, 5, false, true)).containsExactly("Your pain went up, from 3 to 5. " + EASE_OFF);
    }

    @Test
    void pain_of_seven_or_more_after_says_ease_off_even_without_a_before() {
        assertThat(Advice.after(null, 7, false, true))
                .containsExactly("Your pain is 7 of 10 after this session. " + EASE_OFF);
        assertThat(Advice.after(9, 8, false, true))
                .containsExactly("Your pain is 8 of 10 after this session. " + EASE_OFF);
        assertThat(Advice.after(null, 6, false, true)).isEmpty();
    }

    @Test
    void otherwise_it_only_says_what_was_noted() {
        assertThat(Advice.after(4, 2, false, true)).containsExactly("Pain 4 before, 2 after. Good.");
        assertThat(Advice.after(3, 3, false, true)).containsExactly("Pain 3 before, 3 after.");
        assertThat(Advice.after(null, 2, false, true)).isEmpty();
    }

    @Test
    void an_unanswered_red_flag_question_still_ends_with_the_red_flag_line() {
        assertThat(Advice.after(null, null, null, true)).containsExactly(Advice.RED_FLAG_LINE);
        assertThat(Advice.after(3, 5, null, true))
                .containsExactly("Your pain went up, from 3 to 5. " + EASE_OFF, Advice.RED_FLAG_LINE);
        assertThat(Advice.RED_FLAG_LINE)
                .isEqualTo("If you have sharp, shooting pain down a leg, numbness or"
                        + " tingling, see a specialist before you go on.");
    }

    @Test
    void nothing_is_said_when_nothing_was_asked() {
        assertThat(Advice.after(null, null, null, false)).isEmpty();
    }
}
