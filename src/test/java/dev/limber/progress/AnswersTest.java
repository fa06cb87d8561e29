package dev.limber.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "y", "Y", "yes", "YES", "Yes!", "yeah", "yep", "yup", "sure", "true", "1", " yes. ", "Yeah!!", "sure?"
            })
    void yes_as_people_type_it(String typed) {
        assertThat(Answers.yesOrNo(typed)).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"n", "N", "no", "No.", "nope", "nah", "false", "0", " NO! "})
    void no_as_people_type_it(String typed) {
        assertThat(Answers.yesOrNo(typed)).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "maybe", "y e s", "yess", "yes no", "2", "ja", "!", "\u001b[A"})
    void anything_else_is_neither(String typed) {
        assertThat(Answers.yesOrNo(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0,0",
        "3,3",
        "10,10",
        "' 7 ',7",
        "3/10,3",
        "3 / 10,3",
        "10/10,10",
        "3.5,4",
        "3.49,3",
        "'3,5',4",
        "2.,2",
        "6!,6",
        "0.4,0",
        "9.5,10",
        "007,7"
    })
    void pain_as_people_type_it(String typed, int pain) {
        assertThat(Answers.pain(typed)).isEqualTo(Optional.of(pain));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11", "10.5", "-1", "abc", "three", "3/5", "1e1", "3 4", "½", "1000", "\u0663"})
    void anything_else_is_not_a_pain_score(String typed) {
        assertThat(Answers.pain(typed)).isEmpty();
    }
}
