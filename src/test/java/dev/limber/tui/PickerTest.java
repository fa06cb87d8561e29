package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PickerTest {

    private static final List<Picker.Choice> CHOICES = List.of(
            new Picker.Choice("back-friendly-walk", "Back-friendly walk", "10m5s", "walk, lower-back"),
            new Picker.Choice("dynamic-warm-up", "Dynamic warm-up", "~4m23s", "warm-up"),
            new Picker.Choice("post-run-stretches", "Post-run stretches", "~5m20s", "post-run, lower-back"));

    /** Titles of two cells a character, Japanese and emoji, among the usual ones. */
    private static final List<Picker.Choice> WIDE = List.of(
            new Picker.Choice("asa", "朝のストレッチと背中のほぐし", "35s", "morning, back"),
            new Picker.Choice("back-friendly-walk", "Back-friendly walk", "10m5s", "walk, lower-back, daily"),
            new Picker.Choice("hips", "Hip openers 🧘 with a strap", "1m40s", "hips"),
            new Picker.Choice("run-day", "Run day", "~15m48s", "run, warm-up, post-run"));

    private static Object pick(String typed) throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            term.type(typed);
            Picker picker = new Picker(term.terminal, false);
            return picker.pick(CHOICES).orElse(null);
        }
    }

    @Test
    void enter_takes_the_first() throws Exception {
        assertThat(pick("\r")).isEqualTo("back-friendly-walk");
    }

    @Test
    void arrows_move_and_stop_at_the_ends() throws Exception {
        assertThat(pick("\033[B\033[B\033[B\033[B\r")).isEqualTo("post-run-stretches");
        assertThat(pick("\033[B\033[A\033[A\r")).isEqualTo("back-friendly-walk");
    }

    @Test
    void typing_filters_by_id_title_and_tags() throws Exception {
        assertThat(pick("stretch\r")).isEqualTo("post-run-stretches");
        assertThat(pick("WARM\r")).isEqualTo("dynamic-warm-up");
        assertThat(pick("lower\033[B\r")).isEqualTo("post-run-stretches");
        assertThat(pick("warmx\177-\r")).isEqualTo("dynamic-warm-up");
    }

    @Test
    void escape_leaves_without_a_choice_and_nothing_matching_picks_nothing() throws Exception {
        assertThat(pick("\033")).isNull();
        assertThat(pick("zzz\r\033")).isNull();
    }

    @Test
    void ctrl_backslash_leaves_as_ctrl_c_does() throws Exception {
        try (StreamTerminal term = new StreamTerminal(80, 24)) {
            // Typed once the picker is full screen, where Ctrl-\ is a key rather than SIGQUIT.
            term.terminal.setAttributes(FullScreen.raw(term.terminal.getAttributes()));
            term.type("\034");
            Picker picker = new Picker(term.terminal, false);

            assertThat(picker.pick(CHOICES)).isEmpty();
            assertThat(picker.interrupted()).isTrue();
            assertThat(picker.stopped()).isEmpty();
        }
    }

    @Test
    void filtering_matches_anywhere_ignoring_case() {
        assertThat(Picker.matching(CHOICES, "RUN"))
                .extracting(Picker.Choice::id)
                .containsExactly("post-run-stretches");
        assertThat(Picker.matching(CHOICES, "")).hasSize(3);
    }

    /** The picker's screen at {@code columns}, as plain text, the first choice selected. */
    private static List<String> screen(int columns) throws Exception {
        try (StreamTerminal term = new StreamTerminal(columns, 24)) {
            return new Picker(term.terminal, false)
                    .lines(WIDE, WIDE, 0, "", columns, 24).stream()
                            .map(AttributedString::toString)
                            .toList();
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "80 | Choose a routine · type to filter · ↑↓ · Enter to start · Esc to leave | true  | true",
                "60 | Type to filter · ↑↓ · Enter to start · Esc to leave                    | true  | false",
                "40 | ↑↓ · Enter to start · Esc to leave                                     | false | false",
                "20 | Esc to leave                                                           | false | false",
            })
    void every_line_fits_the_window_and_the_columns_line_up_in_cells(
            int columns, String keys, boolean times, boolean tags) throws Exception {
        List<String> screen = screen(columns);

        assertThat(screen).allSatisfy(line -> assertThat(Words.columns(line)).isLessThanOrEqualTo(columns));
        assertThat(screen.get(0)).endsWith(keys);
        List<String> rows = screen.subList(2, screen.size());
        assertThat(rows).hasSize(WIDE.size()).allSatisfy(row -> assertThat(row).doesNotEndWith(" "));
        assertThat(rows)
                .extracting(row -> row.substring(2).split(" ")[0])
                .containsExactly("asa", "back-friendly-walk", "hips", "run-day");
        if (columns >= 40) {
            // Titles start in the same cell on every line, a Japanese one too.
            assertThat(rows)
                    .extracting(row -> Words.columns(
                            row.substring(0, row.indexOf(row.substring(2).split(" +")[1]))))
                    .containsOnly(22);
        }
        // Times are right-aligned: each ends in the same cell; a narrower window leaves them out.
        List<String> ends = rows.stream()
                .map(row -> {
                    java.util.regex.Matcher time = java.util.regex.Pattern.compile("~?\\d+m?\\d*s(?= |$)")
                            .matcher(row);
                    return time.find() ? String.valueOf(Words.columns(row.substring(0, time.end()))) : "none";
                })
                .toList();
        assertThat(ends).containsOnly(times ? "59" : "none");
        assertThat(rows.get(1).contains("walk, lower")).isEqualTo(tags);
    }

    @Test
    void a_title_too_long_for_the_window_is_shortened_with_an_ellipsis() throws Exception {
        assertThat(screen(40)).contains("› asa                 朝のストレッチと…", "  hips                Hip openers 🧘 wi…");
    }
}
