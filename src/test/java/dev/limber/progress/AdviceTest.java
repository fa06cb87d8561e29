package dev.limber.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdviceTest {

    @Test
    void a_red_flag_sends_to_a_specialist_and_names_no_cause() {
        assertThat(Advice.after(2, 2, true)).hasSize(2).first().asString()
                .contains("see a physical therapist or a specialist").contains("can't tell what it is");
    }

    @Test
    void pain_going_up_gives_the_guides_rule() {
        assertThat(Advice.after(3, 5, false)).containsExactly("Your pain went up, from 3 to 5. Don't push through"
                + " it: make the next session easier, swap your next run for a walk, and if it stays up, see a"
                + " physical therapist or a doctor.");
    }

    @Test
    void otherwise_it_only_says_what_was_noted() {
        assertThat(Advice.after(4, 2, false)).containsExactly("Pain 4 before, 2 after. Good.");
        assertThat(Advice.after(null, 2, null)).isEmpty();
    }
}
