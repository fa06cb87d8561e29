package dev.limber.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> KEYS = List.of("name", "time", "reps", "sides", "sets", "cues", "pace");

    @Test
    void suggests_the_key_a_typo_was_meant_to_be() {
        assertThat(DidYouMean.closest("tiem", KEYS)).contains("time");
        assertThat(DidYouMean.closest("side", KEYS)).contains("sides");
        assertThat(DidYouMean.closest("Reps", KEYS)).contains("reps");
        assertThat(DidYouMean.closest("cue", KEYS)).contains("cues");
    }

    @Test
    void suggests_an_id_from_its_beginning() {
        assertThat(DidYouMean.closest("post-run", List.of("post-run-stretches", "run-day")))
                .contains("post-run-stretches");
    }

    @Test
    void suggests_nothing_for_an_unrelated_word() {
        assertThat(DidYouMean.closest("colour", KEYS)).isEmpty();
        assertThat(DidYouMean.closest("x", List.of())).isEmpty();
    }
}
