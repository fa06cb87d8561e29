package dev.limber.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.document.DocumentFile;
import dev.limber.document.Position;
import dev.limber.document.Problem;
import dev.limber.document.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Program files written to disk and read as Limber reads them: the format's rules, each problem where it is. */
class ProgramReaderTest {

    private static final String HEAD = "kind: program\ntitle: Mine\n";

    @TempDir
    Path dir;

    private ProgramReader.Result read(String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), yaml);
        YamlReader.Parsed parsed = DocumentFile.read(file, "mine.yaml", ProgramReader.KIND);
        ProgramReader.Result result = parsed.readable()
                ? ProgramReader.read(parsed.root(), "mine.yaml", "mine")
                : new ProgramReader.Result(null, null, Position.START, List.of(), List.of());
        List<Problem> all = new ArrayList<>(parsed.problems());
        all.addAll(result.problems());
        return new ProgramReader.Result(
                all.isEmpty() ? result.program() : null, result.id(), result.idAt(), result.references(), all);
    }

    /** Each problem as {@code LINE:COLUMN: message}. */
    private List<String> problems(String yaml) throws IOException {
        return read(yaml).problems().stream()
                .map(p -> p.at() + ": " + p.message())
                .toList();
    }

    @Test
    void reads_every_part_of_the_format() throws IOException {
        ProgramReader.Result result = read("""
                # yaml-language-server: $schema=./program.schema.json
                kind: program
                version: 1
                id: back-care
                title: Back care
                summary: Walk, stretch, strengthen.
                caution: >-
                  Ease off when pain worsens.
                  See a specialist for numbness.
                daily:
                  - routine: back-friendly-walk
                    times: 2-3
                  - routine: thoracic-mobility
                weekly:
                  - routine: core-and-glutes
                    times: 2
                run:
                  before: dynamic-warm-up
                  after: [post-run-stretches]
                  walk_instead: {routine: back-friendly-walk, per_week: 1}
                  days: [tue, Thursday, sat]
                remind: [18:00, "08:00", 13:00]
                """);

        assertThat(result.problems()).isEmpty();
        Program program = result.program();
        assertThat(program.id()).isEqualTo("back-care");
        assertThat(program.title()).isEqualTo("Back care");
        assertThat(program.summary()).isEqualTo("Walk, stretch, strengthen.");
        assertThat(program.caution()).isEqualTo("Ease off when pain worsens. See a specialist for numbness.");
        assertThat(program.items())
                .containsExactly(
                        new Item("back-friendly-walk", Period.DAY, new Times(2, 3)),
                        new Item("thoracic-mobility", Period.DAY, Times.ONCE),
                        new Item("core-and-glutes", Period.WEEK, new Times(2, 2)));
        assertThat(program.run())
                .isEqualTo(new RunDay(
                        List.of("dynamic-warm-up"),
                        List.of("post-run-stretches"),
                        "back-friendly-walk",
                        1,
                        Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY)));
        assertThat(program.reminders()).containsExactly(LocalTime.of(8, 0), LocalTime.of(13, 0), LocalTime.of(18, 0));
        assertThat(program.file()).isEqualTo("mine.yaml");
        assertThat(result.idAt()).isEqualTo(new Position(4, 5));
        assertThat(result.references())
                .containsExactly(
                        new ProgramReader.Reference("back-friendly-walk", new Position(11, 14)),
                        new ProgramReader.Reference("thoracic-mobility", new Position(13, 14)),
                        new ProgramReader.Reference("core-and-glutes", new Position(15, 14)),
                        new ProgramReader.Reference("dynamic-warm-up", new Position(18, 11)),
                        new ProgramReader.Reference("post-run-stretches", new Position(19, 11)),
                        new ProgramReader.Reference("back-friendly-walk", new Position(20, 27)));
    }

    @Test
    void the_smallest_program_is_a_kind_a_title_and_one_routine_with_the_id_from_the_file_name() throws IOException {
        Program program = read(HEAD + "weekly: [{routine: core-and-glutes, times: 1–2}]\n")
                .program();

        assertThat(program.id()).isEqualTo("mine");
        assertThat(program.summary()).isEmpty();
        assertThat(program.caution()).isEmpty();
        assertThat(program.items()).containsExactly(new Item("core-and-glutes", Period.WEEK, new Times(1, 2)));
        assertThat(program.run()).isNull();
        assertThat(program.reminders()).isEmpty();
        assertThat(program.routineIds()).containsExactly("core-and-glutes");
    }

    @Test
    void a_program_without_routines_to_do_is_refused() throws IOException {
        assertThat(problems(HEAD))
                .containsExactly("1:1: a program needs at least one routine under 'daily' or"
                        + " 'weekly'; add lines like 'daily:' and '  - routine: back-friendly-walk'");
        assertThat(problems(HEAD + "daily: []\nweekly:\n")).hasSize(1);
    }

    @Test
    void unknown_and_repeated_keys_are_located_with_a_suggestion() throws IOException {
        assertThat(problems(HEAD + "daly:\n  - routine: a\n    tiems: 2\ndaily: [{routine: a, time: 2}]\n"
                        + "title: Again\n"))
                .containsExactly(
                        "3:1: unknown key 'daly' in a program (did you mean 'daily'?)",
                        "6:22: unknown key 'time' in an item of 'daily' (did you mean 'times'?)",
                        "7:1: duplicate key 'title' (first on line 2); keep one of them");
    }

    @Test
    void the_kind_must_be_program() throws IOException {
        assertThat(problems("title: T\ndaily: [{routine: a}]\n"))
                .containsExactly(
                        "1:1: a program needs 'kind'; add a line like 'kind: program' (without it, the file is a routine)");
        assertThat(problems("kind: programme\ntitle: T\ndaily: [{routine: a}]\n"))
                .containsExactly("1:7: 'kind' of a program is program; 'programme' is not (did you mean 'program'?)");
    }

    @Test
    void another_format_version_says_what_to_do() throws IOException {
        assertThat(problems(HEAD + "version: 2\ndaily: [{routine: a}]\n"))
                .containsExactly(
                        "3:10: this Limber reads program format version 1, not 2; update Limber or write the program for"
                                + " version 1");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "daily: [{routine: a, times: 21}]     | 3:29: 'times' must be a number of times a day, like 2, or a range, like 2-3 (at most 20); '21' is not",
                "weekly: [{routine: a, times: 51}]    | 3:30: 'times' must be a number of times a week, like 2, or a range, like 2-3 (at most 50); '51' is not",
                "daily: [{routine: a, times: 3-2}]    | 3:29: 'times' must be a number of times a day, like 2, or a range, like 2-3 (at most 20); '3-2' is not",
                "daily: [{routine: a, times: 0}]      | 3:29: 'times' must be a number of times a day, like 2, or a range, like 2-3 (at most 20); '0' is not",
                "daily: [{routine: a, times: often}]  | 3:29: 'times' must be a number of times a day, like 2, or a range, like 2-3 (at most 20); 'often' is not",
                "daily: [{routine: a, times: [2]}]    | 3:29: 'times' must be a number of times a day, like 2, or a range, like 2-3 (at most 20); found a list",
                "daily: [{routine: Back Walk}]        | 3:19: 'routine' names a routine by id (lowercase letters, digits and dashes); 'Back Walk' is not an id",
                "daily: [{times: 2}]                  | 3:9: an item of 'daily' needs 'routine'; add a line like '- routine: thoracic-mobility'",
                "daily: [thoracic-mobility]           | 3:9: an item of 'daily' is a mapping like '- routine: thoracic-mobility' with 'times' if more than once; found text",
                "daily: thoracic-mobility             | 3:8: 'daily' must be a list of routines, each like '- routine: thoracic-mobility'; found text",
                "daily: [{routine: a}, {routine: a}]  | 3:33: 'a' is already in this program (line 3); list each routine once, with 'times' for how often",
                "daily: [{routine: a, label: Walk}]   | 3:29: 'label' is one short word for a status line: lowercase letters, digits and dashes, at most 16, such as 'walk'; 'Walk' is not",
                "daily: [{routine: a, label: [w]}]    | 3:29: 'label' must be text; found a list",
            })
    void a_bad_item_is_located(String line, String expected) throws IOException {
        assertThat(problems(HEAD + line + "\n")).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "run: {}                                            | 4:6: 'run' needs at least one of before, after and walk_instead; add a line like 'before: [dynamic-warm-up]', or remove 'run'",
                "run: [dynamic-warm-up]                             | 4:6: 'run' must be a mapping with before, after, walk_instead or days; found a list",
                "run: {before: [a, a]}                              | 4:19: 'a' is already in 'before'; keep one",
                "run: {after: [Stretches]}                          | 4:15: a routine of 'after' names a routine by id (lowercase letters, digits and dashes); 'Stretches' is not an id",
                "run: {walk_instead: {routine: a, per_week: 8}}     | 4:44: 'per_week' must be a whole number from 1 to 7; 8 is out of range",
                "run: {walk_instead: {per_week: 1}}                 | 4:21: 'walk_instead' needs 'routine'; add a line like 'routine: back-friendly-walk'",
                "run: {walk_instead: a}                             | 4:21: 'walk_instead' must be a mapping like {routine: back-friendly-walk, per_week: 1}; found text",
                "run: {before: a, days: [tue, thurs]}               | 4:30: 'thurs' is not a day; write mon, tue, wed, thu, fri, sat or sun (did you mean 'thursday'?)",
                "run: {before: a, days: [tue, Tuesday]}             | 4:30: 'Tuesday' is already in 'days'; keep one",
                "run: {before: a, walk: a}                          | 4:18: unknown key 'walk' in 'run' (did you mean 'walk_instead'?)",
            })
    void a_bad_run_day_is_located(String line, String expected) throws IOException {
        assertThat(problems(HEAD + "daily: [{routine: a}]\n" + line + "\n")).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "remind: [\"25:00\"]             | 4:10: '25:00' is not a time of day; write it HH:MM, 24-hour, like 08:00 or 18:30",
                "remind: [8am]                   | 4:10: '8am' is not a time of day; write it HH:MM, 24-hour, like 08:00 or 18:30",
                "remind: [12:60]                 | 4:10: '12:60' is not a time of day; write it HH:MM, 24-hour, like 08:00 or 18:30",
                "remind: [true]                  | 4:10: a time in 'remind' is written HH:MM, 24-hour, like 08:00 or 18:30; found true/false",
                "remind: [08:00, \"8:00\"]       | 4:17: '08:00' is already in 'remind' (line 4); keep one",
            })
    void a_bad_reminder_is_located(String line, String expected) throws IOException {
        assertThat(problems(HEAD + "daily: [{routine: a}]\n" + line + "\n")).containsExactly(expected);
    }

    @Test
    void reminders_are_at_most_one_an_hour() throws IOException {
        StringBuilder times = new StringBuilder("remind:\n");
        for (int i = 0; i < 25; i++) {
            times.append("  - ")
                    .append(String.format("%02d:%02d", i % 24, i / 24))
                    .append('\n');
        }

        assertThat(problems(HEAD + "daily: [{routine: a}]\n" + times))
                .containsExactly("5:3: 'remind' has 25 times; keep it to 24, one an hour");
        assertThat(read(HEAD + "daily: [{routine: a}]\nremind: \"07:30\"\n")
                        .program()
                        .reminders())
                .containsExactly(LocalTime.of(7, 30));
    }

    @Test
    void yaml_problems_speak_of_programs() throws IOException {
        assertThat(problems(HEAD + "daily: [{routine: a}]\n---\n" + HEAD))
                .containsExactly("5:1: a second YAML document starts here; put one program in each file");
        assertThat(problems(HEAD + "daily: [{routine: !!str a}]\n"))
                .containsExactly("3:19: type tags ('!!str') are not allowed in programs; remove the tag");
        assertThat(problems(HEAD + ("# " + "x".repeat(4000) + "\n").repeat(20)))
                .containsExactly("1:1: the file is larger than 64 KiB; a program file is at most 64 KiB");
    }

    @Test
    void text_must_be_printable_and_short() throws IOException {
        assertThat(problems("kind: program\ntitle: \"Back\\e[31m care\"\nsummary: \"" + "x".repeat(201)
                        + "\"\ndaily: [{routine: a}]\n"))
                .containsExactly(
                        "2:8: 'title' contains a control character (U+001B); remove it",
                        "3:10: 'summary' is 201 characters long; keep it to 200");
    }

    @Test
    void an_empty_file_or_a_list_is_no_program() throws IOException {
        assertThat(problems("# nothing\n"))
                .containsExactly(
                        "1:1: the file is empty; a program needs at least 'kind: program', 'title' and 'daily' or 'weekly'");
        assertThat(problems("- kind: program\n"))
                .containsExactly(
                        "1:1: a program is a mapping of keys such as 'title:' and 'daily:', but this file holds a list");
    }
}
