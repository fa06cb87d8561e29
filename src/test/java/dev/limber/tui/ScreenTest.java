package dev.limber.tui;

import static dev.limber.tui.Glance.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.document.Position;
import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.routine.Amount;
import dev.limber.routine.Durations;
import dev.limber.routine.Sides;
import dev.limber.routine.Step;
import dev.limber.routine.Timing;
import dev.limber.session.Event;
import dev.limber.session.Session;
import dev.limber.session.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The screen at the sizes people use (tmux splits, laptop halves, 80x24), each given as the
 * terminal's size: the coach draws one column short of the edge, so these frames are too.
 */
class ScreenTest {

    private static final long S = 1_000_000_000L;
    private final Screen screen = new Screen(new Look(false));

    private static final List<String> KNEE_CUES = List.of(
            "Lie on your back with both knees bent.",
            "Draw one knee toward your chest with both hands; keep the other foot on the floor.");

    /**
     * 0 get ready (left) 5s, 1 left 30s, 2 switch 5s, 3 right 30s, 4 rest 20s, 5 left set 2, 6 switch,
     * 7 right, 8 rest 20s, 9 cat-cow 10 reps at 4s.
     */
    private static final Plan PLAN = Plans.plan(
            "Post-run stretches",
            new Step.Exercise(
                    "Knee-to-chest stretch",
                    new Amount.Timed(30),
                    Sides.BOTH,
                    2,
                    KNEE_CUES,
                    new Timing(5, 5, 20, 3),
                    Position.START),
            Plans.reps("Cat-cow", 10, 4));

    /** What a person must be able to read, at every size. */
    enum Moment {
        HOLD_LEFT(1, 7),
        SWITCH(2, 2),
        HOLD_RIGHT(3, 12),
        REST(4, 5),
        REPS(9, 9),
        PAUSED(1, 7);

        final int segment;
        final long seconds;

        Moment(int segment, long seconds) {
            this.segment = segment;
            this.seconds = seconds;
        }
    }

    private static State at(Plan plan, int segment, long seconds, Event... then) {
        Session session = new Session(plan, 0);
        for (int i = 0; i < segment; i++) {
            session.on(Event.NEXT, 0);
        }
        for (Event event : then) {
            session.on(event, seconds * S);
        }
        return session.at(seconds * S);
    }

    private static State at(Moment moment) {
        return moment == Moment.PAUSED
                ? at(PLAN, moment.segment, moment.seconds, Event.PAUSE)
                : at(PLAN, moment.segment, moment.seconds);
    }

    /** The frame for a terminal of {@code columns} by {@code rows}. */
    private List<String> frame(State state, int columns, int rows) {
        return text(screen.frame(state, columns - 1, rows, false, 0));
    }

    /** The countdown as the screen should show it: seconds alone in big digits, a clock in a line. */
    private static String countdown(State state, int columns, int rows) {
        Segment s = state.segment();
        boolean digits = Screen.layout(state, columns - 1, rows).size() > 0;
        if (s.counted()) {
            return digits ? String.valueOf(state.currentRep()) : state.currentRep() + " / " + s.reps();
        }
        long left = state.remainingSeconds();
        return digits && left < 60 ? String.valueOf(left) : Durations.clock(left);
    }

    /** The words a screen of {@link #PLAN} may show, the keys' letters among them. */
    private static final Set<String> WORDS = Glance.words(
            List.of(
                    "Post-run stretches Knee-to-chest stretch Cat-cow",
                    String.join(" ", KNEE_CUES),
                    "Slowly.",
                    "space enter n b r m q ? +/-",
                    "Paused space to resume Get ready Switch sides Rest Next: the end left right side set of rep reps when done"));

    private static boolean showsWord(List<String> lines, String... words) {
        String all = String.join("\n", lines);
        for (String word : words) {
            if (Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])")
                    .matcher(all)
                    .find()) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"20,6", "30,10", "40,12", "60,20", "80,24", "200,60"})
    void at_every_size_the_time_the_side_and_q_are_on_screen_and_nothing_is_cut_or_too_wide(int columns, int rows) {
        for (Moment moment : Moment.values()) {
            State state = at(moment);
            List<String> lines = frame(state, columns, rows);
            String where = moment + " at " + columns + "x" + rows + ":\n" + String.join("\n", lines);

            assertThat(lines).as(where).hasSizeLessThanOrEqualTo(rows);
            assertThat(Glance.tooWide(lines, columns - 1)).as(where).isEmpty();
            assertThat(Glance.countdowns(lines)).as(where).contains(countdown(state, columns, rows));
            assertThat(String.join("\n", lines)).as(where).contains("q quit");
            assertThat(Glance.cutWords(lines, WORDS)).as(where).isEmpty();
            switch (moment) {
                case HOLD_LEFT, PAUSED ->
                    assertThat(showsWord(lines, "LEFT", "Left", "left"))
                            .as(where)
                            .isTrue();
                case SWITCH, HOLD_RIGHT ->
                    assertThat(showsWord(lines, "RIGHT", "Right", "right"))
                            .as(where)
                            .isTrue();
                case REST ->
                    assertThat(lines).as(where).anySatisfy(l -> assertThat(l).contains("Rest"));
                case REPS -> assertThat(String.join("\n", lines)).as(where).contains("enter done");
            }
            if (moment == Moment.PAUSED) {
                assertThat(String.join("\n", lines)).as(where).contains("Paused", "space resume");
            }
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({
        // The countdown as a line until block digits 3 rows tall fit with the rest.
        "20,6,LINES,0",
        "20,7,LINES,0",
        "20,8,DIGITS,1",
        "30,9,DIGITS,1",
        "30,10,DIGITS,2",
        // Five-row digits from 40x12, bigger as the window grows; the timer wins over the cues.
        "40,9,DIGITS,1",
        "40,12,DIGITS,2",
        "40,13,DIGITS,3",
        "45,13,DIGITS,3",
        "50,14,DIGITS,3",
        "60,20,DIGITS,4",
        // A header and bars once six rows are left beside the digits.
        "80,22,DIGITS,5",
        "80,23,FULL,5",
        "80,24,FULL,5",
        "200,60,FULL,16"
    })
    void each_layout_at_its_boundary_sizes(int columns, int rows, Screen.Kind kind, int size) {
        Screen.Layout layout = Screen.layout(at(Moment.HOLD_LEFT), columns - 1, rows);

        assertThat(layout.kind()).isEqualTo(kind);
        assertThat(layout.size()).isEqualTo(size);
        assertThat(frame(at(Moment.HOLD_LEFT), columns, rows)).hasSize(rows);
    }

    @Test
    void the_digits_keep_one_size_and_place_through_a_step_its_switches_rests_and_pauses() {
        for (int columns = 20; columns <= 200; columns += 3) {
            for (int rows = 6; rows <= 60; rows++) {
                Screen.Layout first = Screen.layout(at(PLAN, 0, 1), columns - 1, rows);
                for (int segment = 0; segment <= 8; segment++) {
                    for (long second : new long[] {0, 4}) {
                        assertThat(Screen.layout(at(PLAN, segment, second), columns - 1, rows))
                                .as("segment %d at %dx%d", segment, columns, rows)
                                .isEqualTo(first);
                        assertThat(Screen.layout(at(PLAN, segment, second, Event.PAUSE), columns - 1, rows))
                                .isEqualTo(first);
                    }
                }
            }
        }
    }

    @Test
    void the_countdown_is_centred_vertically_where_there_is_room() {
        for (int[] size : new int[][] {{60, 20}, {200, 60}, {100, 40}}) {
            List<String> lines = frame(at(Moment.HOLD_LEFT), size[0], size[1]);
            List<Integer> digitRows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("\u2588") && !lines.get(i).contains("\u2591")) {
                    digitRows.add(i);
                }
            }
            double middle = (digitRows.get(0) + digitRows.get(digitRows.size() - 1)) / 2.0;

            assertThat(middle)
                    .as("%dx%d", size[0], size[1])
                    .isCloseTo((size[1] - 1) / 2.0, org.assertj.core.data.Offset.offset(1.5));
        }
    }

    @Test
    void seconds_stand_alone_under_a_minute_as_termdown_shows_them() {
        Plan plan = Plans.plan("Walk", Plans.hold("Walk", 120, Sides.NONE));

        assertThat(Glance.countdowns(frame(at(plan, 1, 0), 80, 24))).containsExactly("2:00");
        assertThat(Glance.countdowns(frame(at(plan, 1, 61), 80, 24))).containsExactly("59");
        // The digits keep the size that "2:00" needed.
        assertThat(Screen.layout(at(plan, 1, 61), 79, 24)).isEqualTo(Screen.layout(at(plan, 1, 0), 79, 24));
    }

    @Test
    void the_side_stands_beside_the_digits_left_on_the_left_and_right_on_the_right() {
        List<String> left = frame(at(Moment.HOLD_LEFT), 80, 24);
        List<String> right = frame(at(Moment.HOLD_RIGHT), 80, 24);

        assertThat(left).anySatisfy(l -> assertThat(l).matches(" +LEFT +[\u2588\u2580\u2584 ]+"));
        assertThat(right).anySatisfy(l -> assertThat(l).matches(" +[\u2588\u2580\u2584 ]+RIGHT"));
        assertThat(left)
                .anySatisfy(l -> assertThat(l.strip()).isEqualTo("Knee-to-chest stretch · left side · set 1 of 2"));
    }

    @Test
    void when_room_is_short_the_side_comes_first_and_the_name_is_cut_with_an_ellipsis() {
        Plan plan = Plans.plan("Chair", Plans.hold("Standing hamstring stretch with a chair", 30, Sides.BOTH));

        assertThat(frame(at(plan, 1, 0), 40, 12))
                .first()
                .asString()
                .isEqualTo("Left · Standing hamstring stretch with…");
        assertThat(frame(at(plan, 3, 0), 30, 10).get(0).strip()).isEqualTo("Right · Standing hamstring…");
        assertThat(frame(at(PLAN, 1, 0), 20, 6)).first().asString().isEqualTo("Left · Knee-to-che…");
        assertThat(frame(at(PLAN, 0, 0), 20, 6).get(0).strip()).isEqualTo("Left · Get ready");
    }

    @Test
    void next_names_the_exercise_after_a_switch_or_a_get_ready() {
        assertThat(frame(at(Moment.HOLD_LEFT), 80, 24))
                .contains("Next: Knee-to-chest stretch · right side · set 1 of 2 · 30s");
        assertThat(frame(at(Moment.SWITCH), 80, 24))
                .contains("Next: Knee-to-chest stretch · right side · set 1 of 2 · 30s");
        assertThat(frame(at(Moment.HOLD_RIGHT), 80, 24)).contains("Next: Rest · 20s");
        assertThat(frame(at(PLAN, 8, 0), 80, 24)).contains("Next: Cat-cow · 10 reps");
        assertThat(frame(at(Moment.REPS), 80, 24)).contains("Next: the end");
        assertThat(frame(at(Moment.SWITCH), 40, 12)).contains("Next: Right · Knee-to-chest stretch");
    }

    @Test
    void the_keys_are_those_that_apply_now_on_one_line_where_they_fit() {
        List<String> hold = frame(at(Moment.HOLD_LEFT), 80, 24);
        List<String> paused = frame(at(Moment.PAUSED), 80, 24);

        assertThat(hold.get(23))
                .isEqualTo("space pause · n next · b back · r restart · +/- 15s · m mute · ? keys · q quit");
        assertThat(paused.get(23))
                .isEqualTo("space resume · n next · b back · r restart · +/- 15s · m mute · ? keys · q quit");
        assertThat(String.join("\n", hold)).doesNotContain("enter");
        assertThat(text(screen.frame(at(Moment.HOLD_LEFT), 79, 24, true, 0)).get(23))
                .isEqualTo("space pause · n next · b back · +/- 15s · m unmute · ? keys · q quit");
    }

    @Test
    void keys_that_do_not_fit_on_one_line_take_two_of_about_the_same_length() {
        List<String> reps = frame(at(Moment.REPS), 80, 24);

        assertThat(reps.subList(22, 24))
                .containsExactly("space pause · enter done · n next · b back", "r restart · m mute · ? keys · q quit");
        assertThat(frame(at(Moment.HOLD_LEFT), 20, 6).subList(4, 6)).containsExactly("space pause", "? keys · q quit");
    }

    @Test
    void the_length_under_the_countdown_follows_plus_and_minus() {
        assertThat(frame(at(PLAN, 1, 10), 80, 24))
                .anySatisfy(l -> assertThat(l.strip()).isEqualTo("of 30s"));
        assertThat(frame(at(PLAN, 1, 10, Event.MORE_TIME), 80, 24))
                .anySatisfy(l -> assertThat(l.strip()).isEqualTo("of 45s"));
    }

    @Test
    void help_lists_every_key_including_ctrl_z_and_ctrl_c_at_any_size() {
        List<String> lines = text(screen.frame(at(Moment.PAUSED), 79, 24, false, 1));

        assertThat(lines.get(0)).isEqualTo("Keys · paused");
        for (String[] key : Screen.HELP) {
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(key[0]));
        }
        assertThat(String.join("\n", lines)).contains("ctrl-z", "ctrl-c", "fg");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("? close · q quit");
        for (int[] size : new int[][] {{20, 6}, {30, 10}, {40, 12}}) {
            List<String> small = text(screen.frame(at(Moment.PAUSED), size[0] - 1, size[1], false, 1));
            assertThat(small).hasSizeLessThanOrEqualTo(size[1]);
            assertThat(Glance.tooWide(small, size[0] - 1)).isEmpty();
            assertThat(small.get(small.size() - 1)).contains("q quit");
        }
        // Where one key a row does not fit, the keys run on as short items, every one still there: on
        // pages that ? turns where even that is too long.
        for (int[] size : new int[][] {{20, 6}, {30, 10}, {40, 12}}) {
            int pages = screen.keysPages(size[0] - 1, size[1]);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pages; page++) {
                List<String> shown = text(screen.frame(at(Moment.PAUSED), size[0] - 1, size[1], false, page));
                // On pages, the close line is on the last row of each.
                assertThat(shown).hasSize(pages > 1 ? size[1] : shown.size()).hasSizeLessThanOrEqualTo(size[1]);
                assertThat(shown.get(shown.size() - 1))
                        .isEqualTo(page < pages ? "? more · q quit" : "? close · q quit");
                all.append(String.join("\n", shown)).append('\n');
            }
            for (String[] key : Screen.HELP) {
                assertThat(all.toString()).contains(key[0].replaceAll(" +", " ") + " " + key[2]);
            }
        }
        assertThat(screen.keysPages(19, 6)).isGreaterThan(1);
        assertThat(text(screen.frame(at(Moment.PAUSED), 19, 6, false, 1)).get(0))
                .isEqualTo("Keys · paused 1/" + screen.keysPages(19, 6));
    }

    @Test
    void the_window_title_has_the_countdown_the_segment_and_a_pause() {
        assertThat(Screen.title(at(PLAN, 1, 7)))
                .isEqualTo("0:23 Knee-to-chest stretch · left side · set 1 of 2 · Limber");
        assertThat(Screen.title(at(Moment.PAUSED))).endsWith("(paused) · Limber");
        assertThat(Screen.title(at(Moment.REPS))).isEqualTo("rep 3 of 10 Cat-cow · Limber");
    }

    /** Chinese, Japanese, an emoji, a ZWJ family, a skin tone and a flag: each as wide as terminals draw it. */
    private static final Plan WIDE = Plans.plan(
            "Étirements 🇫🇷 après la course",
            Plans.hold("膝を胸に引き寄せるストレッチ", 30, Sides.BOTH, "仰向けに寝て、両膝を曲げます。", "Breathe 🧘 slowly"),
            Plans.hold("Family stretch 👨‍👩‍👧 with a 👍🏽", 20, Sides.NONE, "Hold 🇯🇵 and 🏳️‍🌈 high"),
            Plans.reps("拉伸 🤸", 5, 3));

    @Test
    void wide_characters_never_make_a_line_wider_than_the_window() {
        for (int columns = 10; columns <= 120; columns += 1) {
            for (int rows : new int[] {6, 12, 24}) {
                for (int segment = 0; segment < WIDE.segments().size(); segment++) {
                    for (int help : new int[] {0, 1}) {
                        int width = columns - 1;
                        List<AttributedString> lines = screen.frame(at(WIDE, segment, 1), width, rows, false, help);
                        String where = "segment " + segment + " at " + columns + "x" + rows;

                        assertThat(lines)
                                .as(where)
                                .hasSizeLessThanOrEqualTo(rows)
                                .allSatisfy(l ->
                                        assertThat(l.columnLength()).as(where).isLessThanOrEqualTo(width));
                        assertThat(String.join("", text(lines)))
                                .as(where)
                                .doesNotContain("\u200d", "\ufe0f", "\ud83c\udffd", "\ud83c\uddeb");
                    }
                }
            }
        }
        List<String> family = frame(at(WIDE, 5, 1), 80, 24);
        assertThat(family).anySatisfy(l -> assertThat(l).contains("Family stretch 👨👩👧 with a 👍"));
        assertThat(family).anySatisfy(l -> assertThat(l).contains("· Hold JP and 🏳🌈 high"));
        assertThat(frame(at(WIDE, 1, 1), 80, 24).get(0)).startsWith("Étirements FR après la course");
    }

    @Test
    void every_window_down_to_one_cell_gets_lines_that_fit() {
        for (int columns = 1; columns <= 30; columns++) {
            for (int rows = 1; rows <= 12; rows++) {
                int width = columns;
                for (Moment moment : Moment.values()) {
                    for (int page = 0; page <= screen.keysPages(width, rows); page++) {
                        List<AttributedString> lines = screen.frame(at(moment), width, rows, false, page);

                        assertThat(lines)
                                .hasSizeLessThanOrEqualTo(rows)
                                .allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(width));
                    }
                }
                assertThat(screen.start(PLAN, width, rows))
                        .hasSizeLessThanOrEqualTo(rows)
                        .allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(width));
            }
        }
    }

    @Test
    void the_start_screen_gives_the_caution_limbers_own_line_and_how_to_start() {
        List<String> lines = text(screen.start(PLAN, 80, 24));

        assertThat(String.join(" ", lines))
                .contains(
                        "Caution: Stop if it hurts.",
                        "Limber is not medical advice. Stop if pain gets worse; sharp, shooting pain down a leg, numbness"
                                + " or tingling: see a specialist.");
        assertThat(lines).contains("Press Enter to start · q to quit");
    }

    @Test
    void a_short_start_screen_keeps_each_paragraphs_beginning_says_where_it_was_cut_and_always_q() {
        for (int[] size : new int[][] {{40, 12}, {30, 10}, {20, 6}, {40, 8}}) {
            List<String> lines = text(screen.start(PLAN, size[0] - 1, size[1]));

            assertThat(lines).hasSizeLessThanOrEqualTo(size[1]);
            assertThat(lines.get(lines.size() - 1)).contains("q").contains("quit");
            // What is kept of the caution and Limber's own line is how each starts, and a cut says so;
            // the emergency signs before the rest.
            assertThat(String.join(" ", lines)).contains("Limber is not");
            // What to do comes first in its sentence, so even a cut line says it.
            assertThat(String.join(" ", lines)).contains("Get emergency care");
            if (!String.join(" ", lines).contains("both legs.")) {
                assertThat(lines).anyMatch(line -> line.endsWith("\u2026"));
            }
        }
    }

    @Test
    void the_next_change_is_when_a_time_turns_over_or_a_bar_gains_a_cell() {
        Session session = new Session(Plans.stretches(), 0);
        long at = 10_300_000_000L;

        // 10.3 s into the 110 s plan, its 100-cell bar shows 9 cells; the 10th comes at 10.45 s (and the
        // hold's own bar gains its 19th cell at 5.55 s of 30, later).
        assertThat(Screen.untilChange(session.at(at), 100)).isEqualTo(150_000_000L);
        // With no bar to speak of, the countdown turns over at 24 s left, 0.7 s later.
        assertThat(Screen.untilChange(session.at(at), 0)).isEqualTo(700_000_000L);
        session.on(Event.PAUSE, at);
        assertThat(Screen.untilChange(session.at(at + 5 * S), 100)).isEqualTo(Long.MAX_VALUE);
    }
}
