package dev.limber.program;

import dev.limber.document.DidYouMean;
import dev.limber.document.DocumentKind;
import dev.limber.document.Node;
import dev.limber.document.Node.KeyValue;
import dev.limber.document.Node.Mapping;
import dev.limber.document.Node.Scalar;
import dev.limber.document.Node.Sequence;
import dev.limber.document.Position;
import dev.limber.document.Printable;
import dev.limber.document.Problem;
import dev.limber.document.Rules;
import dev.limber.routine.Limits;
import dev.limber.routine.RoutineReader;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the program format (version 1), applied to a document tree: what a program file may
 * say and how, every problem at the line and column it is about. Whether the routines it names
 * exist is for whoever holds the routines to say, at the places {@link Result#references} gives.
 */
public final class ProgramReader {

    /**
     * Either a program, or the problems that stop the file from being one.
     *
     * @param id         the id the file claims, even when it is broken (null when it claims none that is valid)
     * @param idAt       where that id is written ({@link Position#START} when it comes from the file name)
     * @param references every routine id the file names, where it names it, in file order
     */
    public record Result(
            @Nullable Program program,
            @Nullable String id,
            Position idAt,
            List<Reference> references,
            List<Problem> problems) {
        public Result {
            references = List.copyOf(references);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A routine id as a program names it, and where. */
    public record Reference(String routine, Position at) {}

    /** How many routines 'daily' or 'weekly' may list; a day of fifty routines is no plan. */
    public static final int MAX_ITEMS = 50;
    /** The most times a day a program may ask for one routine. */
    public static final int MAX_PER_DAY = 20;
    /** The most times a week a program may ask for one routine. */
    public static final int MAX_PER_WEEK = 50;
    /** The most reminders a day: one an hour. */
    public static final int MAX_REMINDERS = 24;
    /** The most routines before or after a run. */
    public static final int MAX_AROUND_RUN = 10;

    /** What the YAML reader is told it reads, so its problems speak of programs and a program's limits. */
    public static final DocumentKind KIND = new DocumentKind(
            "program",
            "programs",
            "program file",
            "put one program in each file",
            new DocumentKind.Size(
                    64 * 1024,
                    Limits.MAX_LINE,
                    Limits.MAX_DEPTH,
                    "a program needs three (program, run, walk_instead)",
                    Limits.MAX_KEYS,
                    "a program has ten keys",
                    2 * MAX_ITEMS,
                    "'daily' and 'weekly' list at most " + MAX_ITEMS + " routines each",
                    5_000));

    private static final Set<String> PROGRAM_KEYS =
            Set.of("kind", "version", "id", "title", "summary", "caution", "daily", "weekly", "run", "remind");
    private static final Set<String> ITEM_KEYS = Set.of("routine", "times", "label");
    /** A status line's word for an item: short, and typed as an id is. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,15}");

    private static final Set<String> RUN_KEYS = Set.of("before", "after", "walk_instead", "days");
    private static final Set<String> WALK_KEYS = Set.of("routine", "per_week");
    private static final Pattern TIMES = Pattern.compile("(\\d{1,2})\\s*(?:[-\u2013]\\s*(\\d{1,2}))?");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Map<String, DayOfWeek> DAYS = days();

    private final String file;
    private final Rules rules;
    private final List<Reference> references = new ArrayList<>();
    private @Nullable String id;
    private Position idAt = Position.START;

    private ProgramReader(String file) {
        this.file = file;
        this.rules = new Rules(file);
    }

    /**
     * Reads one program.
     *
     * @param root     the file's only document, or null when the file has none
     * @param file     the file as messages should name it
     * @param fileStem the file name without its extension: the id when the file gives none
     */
    public static Result read(@Nullable Node root, String file, String fileStem) {
        ProgramReader reader = new ProgramReader(file);
        Program program = reader.program(root, fileStem);
        List<Problem> problems = reader.rules.problems();
        return new Result(problems.isEmpty() ? program : null, reader.id, reader.idAt, reader.references, problems);
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            days.put(name.substring(0, 3), day);
            days.put(name, day);
        }
        return days;
    }

    private void problem(Position at, String message) {
        rules.problem(at, message);
    }

    private @Nullable Program program(@Nullable Node root, String fileStem) {
        if (root == null || Rules.isEmpty(root)) {
            problem(
                    root == null ? Position.START : root.at(),
                    "the file is empty; a program needs at least 'kind: program', 'title' and 'daily' or 'weekly'");
            return null;
        }
        if (!(root instanceof Mapping mapping)) {
            problem(
                    root.at(),
                    "a program is a mapping of keys such as 'title:' and 'daily:', but this file holds "
                            + root.describe());
            return null;
        }
        Map<String, KeyValue> keys = rules.keys(mapping, PROGRAM_KEYS, "a program");
        boolean kind = kind(mapping, keys);
        KeyValue version = keys.get("version");
        if (version != null) {
            Integer v = rules.wholeNumber(version, 1, Integer.MAX_VALUE);
            if (v != null && v != 1) {
                problem(
                        version.value().at(),
                        "this Limber reads program format version 1, not " + v
                                + "; update Limber or write the program for version 1");
            }
        }
        id = id(keys.get("id"), fileStem);
        String title = rules.has(mapping, keys, "title", "a program", "'title: Back care'")
                ? rules.text(keys.get("title"), Limits.MAX_TITLE, true)
                : null;
        String summary = rules.optionalText(keys.get("summary"), Limits.MAX_SUMMARY, true);
        String caution = rules.optionalText(keys.get("caution"), Limits.MAX_CAUTION, false);
        List<Item> items = new ArrayList<>();
        items.addAll(items(keys.get("daily"), Period.DAY));
        items.addAll(items(keys.get("weekly"), Period.WEEK));
        if (!written(keys.get("daily")) && !written(keys.get("weekly"))) {
            problem(
                    mapping.at(),
                    "a program needs at least one routine under 'daily' or 'weekly'; add lines like"
                            + " 'daily:' and '  - routine: back-friendly-walk'");
        }
        RunDay run = run(keys.get("run"));
        List<LocalTime> reminders = reminders(keys.get("remind"));
        if (!kind || id == null || title == null) {
            return null;
        }
        return new Program(id, title, summary, caution, items, run, reminders, file);
    }

    /** Whether 'daily' or 'weekly' is there with something in it (which may have problems of its own). */
    private static boolean written(@Nullable KeyValue entry) {
        return entry != null
                && !Rules.isEmpty(entry.value())
                && !(entry.value() instanceof Sequence list && list.items().isEmpty());
    }

    /** {@code kind: program}, which a program must say: without it, the file is a routine. */
    private boolean kind(Mapping mapping, Map<String, KeyValue> keys) {
        if (!rules.has(mapping, keys, "kind", "a program", "'kind: program' (without it, the file is a routine)")) {
            return false;
        }
        String word = rules.text(keys.get("kind"), Limits.MAX_SCALAR, true);
        if (word != null && !word.equals("program")) {
            problem(
                    Objects.requireNonNull(keys.get("kind")).value().at(),
                    "'kind' of a program is program; '"
                            + Printable.value(word)
                            + "' is not" + DidYouMean.suffix(word, List.of("program")));
            return false;
        }
        return word != null;
    }

    private @Nullable String id(@Nullable KeyValue entry, String fileStem) {
        if (entry == null) {
            if (!RoutineReader.ID.matcher(fileStem).matches()) {
                problem(
                        Position.START,
                        "the file name '" + Printable.value(fileStem) + "' is not a valid id; rename the "
                                + "file or add 'id:' with lowercase letters, digits and dashes (at most 64)");
                return null;
            }
            return fileStem;
        }
        idAt = entry.value().at();
        String text = rules.text(entry, Limits.MAX_ID + 1, true);
        if (text != null && !RoutineReader.ID.matcher(text).matches()) {
            problem(
                    entry.value().at(),
                    "'id' must be lowercase letters, digits and dashes, start with a letter or "
                            + "digit and be at most 64 characters; '" + Printable.value(text) + "' is not");
            return null;
        }
        return text;
    }

    /** The routines of 'daily' or 'weekly', each once. */
    private List<Item> items(@Nullable KeyValue entry, Period period) {
        if (entry == null || Rules.isEmpty(entry.value())) {
            return List.of();
        }
        String key = "'" + entry.key() + "'";
        if (!(entry.value() instanceof Sequence list)) {
            problem(
                    entry.value().at(),
                    key + " must be a list of routines, each like '- routine: thoracic-mobility';" + " found "
                            + entry.value().describe());
            return List.of();
        }
        if (list.items().size() > MAX_ITEMS) {
            problem(list.at(), key + " lists " + list.items().size() + " routines; keep it to " + MAX_ITEMS);
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (Node node : list.items()) {
            if (!(node instanceof Mapping item)) {
                problem(
                        node.at(),
                        "an item of " + key + " is a mapping like '- routine: thoracic-mobility' with"
                                + " 'times' if more than once; found " + node.describe());
                continue;
            }
            Map<String, KeyValue> keys = rules.keys(item, ITEM_KEYS, "an item of " + key);
            if (!rules.has(item, keys, "routine", "an item of " + key, "'- routine: thoracic-mobility'")) {
                continue;
            }
            String routine =
                    reference(Objects.requireNonNull(keys.get("routine")).value(), "'routine'");
            Times times = keys.containsKey("times") ? times(keys.get("times"), period) : Times.ONCE;
            String label = label(keys.get("label"));
            if (routine == null || times == null || (keys.containsKey("label") && label == null)) {
                continue;
            }
            Reference first = firstOf(routine);
            if (first != null) {
                problem(
                        keys.get("routine").value().at(),
                        "'" + routine + "' is already in this program (line "
                                + first.at().line() + "); list each routine once, with 'times' for how often");
            }
            references.add(new Reference(routine, keys.get("routine").value().at()));
            items.add(new Item(routine, period, times, label));
        }
        return items;
    }

    /** The word 'limber today --format line' shows for an item, or null when there is none or it is wrong. */
    private @Nullable String label(@Nullable KeyValue entry) {
        if (entry == null) {
            return null;
        }
        String text = rules.text(entry, 16, true);
        if (text != null && !LABEL.matcher(text).matches()) {
            problem(
                    entry.value().at(),
                    "'label' is one short word for a status line: lowercase letters, digits and"
                            + " dashes, at most 16, such as 'walk'; '" + Printable.value(text) + "' is not");
            return null;
        }
        return text;
    }

    /** The item that already names {@code routine}, or null. */
    private @Nullable Reference firstOf(String routine) {
        return references.stream()
                .filter(r -> r.routine().equals(routine))
                .findFirst()
                .orElse(null);
    }

    /** {@code times: 2} or {@code times: 2-3}: how many times a day or a week. */
    private @Nullable Times times(KeyValue entry, Period period) {
        int most = period == Period.DAY ? MAX_PER_DAY : MAX_PER_WEEK;
        String bad = "'times' must be a number of times " + (period == Period.DAY ? "a day" : "a week")
                + ", like 2, or a range, like 2-3 (at most " + most + ")";
        if (!(entry.value() instanceof Scalar scalar) || scalar.isEmpty()) {
            problem(
                    entry.value().at(),
                    bad + "; found "
                            + (entry.value() instanceof Scalar
                                    ? "nothing"
                                    : entry.value().describe()));
            return null;
        }
        Matcher m = TIMES.matcher(scalar.text().strip());
        int min = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        int max = m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : min;
        if (min < 1 || max > most || min > max) {
            problem(scalar.at(), bad + "; '" + Printable.value(scalar.text()) + "' is not");
            return null;
        }
        return new Times(min, max);
    }

    /** A routine named by id, recorded where it is named; null after saying why it is no id. */
    private @Nullable String reference(Node node, String what) {
        String routine = rules.scalarText(node, what, Limits.MAX_ID + 1, true);
        if (routine != null && !RoutineReader.ID.matcher(routine).matches()) {
            problem(
                    node.at(),
                    what + " names a routine by id (lowercase letters, digits and dashes); '" + Printable.value(routine)
                            + "' is not an id");
            return null;
        }
        return routine;
    }

    /** What to do around a run, or null when the program says nothing of runs. */
    private @Nullable RunDay run(@Nullable KeyValue entry) {
        if (entry == null || Rules.isEmpty(entry.value())) {
            return null;
        }
        if (!(entry.value() instanceof Mapping mapping)) {
            problem(
                    entry.value().at(),
                    "'run' must be a mapping with before, after, walk_instead or days; found "
                            + entry.value().describe());
            return null;
        }
        int before = rules.count();
        Map<String, KeyValue> keys = rules.keys(mapping, RUN_KEYS, "'run'");
        List<String> warmUp = routines(keys.get("before"));
        List<String> stretches = routines(keys.get("after"));
        KeyValue walkEntry = keys.get("walk_instead");
        String walk = null;
        int perWeek = 0;
        if (walkEntry != null && !Rules.isEmpty(walkEntry.value())) {
            if (!(walkEntry.value() instanceof Mapping swap)) {
                problem(
                        walkEntry.value().at(),
                        "'walk_instead' must be a mapping like {routine: back-friendly-walk," + " per_week: 1}; found "
                                + walkEntry.value().describe());
            } else {
                Map<String, KeyValue> walkKeys = rules.keys(swap, WALK_KEYS, "'walk_instead'");
                if (rules.has(swap, walkKeys, "routine", "'walk_instead'", "'routine: back-friendly-walk'")) {
                    walk = reference(
                            Objects.requireNonNull(walkKeys.get("routine")).value(), "'routine'");
                    if (walk != null) {
                        references.add(new Reference(
                                walk, walkKeys.get("routine").value().at()));
                    }
                }
                Integer n = walkKeys.containsKey("per_week")
                        ? rules.wholeNumber(walkKeys.get("per_week"), 1, 7)
                        : Integer.valueOf(1);
                perWeek = n == null ? 0 : n;
            }
        }
        Set<DayOfWeek> days = days(keys.get("days"));
        if (rules.count() > before) {
            return null;
        }
        if (warmUp.isEmpty() && stretches.isEmpty() && walk == null) {
            problem(
                    mapping.at(),
                    "'run' needs at least one of before, after and walk_instead; add a line like"
                            + " 'before: [dynamic-warm-up]', or remove 'run'");
            return null;
        }
        return new RunDay(warmUp, stretches, walk, walk == null ? 0 : perWeek, days);
    }

    /** {@code before} or {@code after}: one routine id, or a list of them. */
    private List<String> routines(@Nullable KeyValue entry) {
        if (entry == null || Rules.isEmpty(entry.value())) {
            return List.of();
        }
        String key = "'" + entry.key() + "'";
        List<Node> nodes = entry.value() instanceof Sequence list ? list.items() : List.of(entry.value());
        if (nodes.size() > MAX_AROUND_RUN) {
            problem(entry.value().at(), key + " lists " + nodes.size() + " routines; keep it to " + MAX_AROUND_RUN);
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Node node : nodes) {
            String routine = reference(node, entry.value() instanceof Sequence ? "a routine of " + key : key);
            if (routine != null && ids.contains(routine)) {
                problem(node.at(), "'" + routine + "' is already in " + key + "; keep one");
            } else if (routine != null) {
                references.add(new Reference(routine, node.at()));
                ids.add(routine);
            }
        }
        return ids;
    }

    /** The person's running days: {@code [tue, thu, sat]}. */
    private Set<DayOfWeek> days(@Nullable KeyValue entry) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (entry == null || Rules.isEmpty(entry.value())) {
            return days;
        }
        List<Node> nodes = entry.value() instanceof Sequence list ? list.items() : List.of(entry.value());
        for (Node node : nodes) {
            String word = rules.scalarText(node, "a day of 'days'", Limits.MAX_SCALAR, true);
            if (word == null) {
                continue;
            }
            DayOfWeek day = DAYS.get(word.toLowerCase(Locale.ROOT));
            if (day == null) {
                problem(
                        node.at(),
                        "'" + Printable.value(word) + "' is not a day; write mon, tue, wed, thu, fri, sat or" + " sun"
                                + DidYouMean.suffix(word, DAYS.keySet()));
            } else if (!days.add(day)) {
                problem(node.at(), "'" + Printable.value(word) + "' is already in 'days'; keep one");
            }
        }
        return days;
    }

    /** The times of day to be reminded at, sorted: {@code ["08:00", "13:00"]}, quoted or not. */
    private List<LocalTime> reminders(@Nullable KeyValue entry) {
        if (entry == null || Rules.isEmpty(entry.value())) {
            return List.of();
        }
        List<Node> nodes = entry.value() instanceof Sequence list ? list.items() : List.of(entry.value());
        if (nodes.size() > MAX_REMINDERS) {
            problem(
                    entry.value().at(),
                    "'remind' has " + nodes.size() + " times; keep it to " + MAX_REMINDERS + ", one an hour");
            return List.of();
        }
        Map<LocalTime, Position> times = new TreeMap<>();
        for (Node node : nodes) {
            // An unquoted 13:00 is a number in YAML 1.1 (sexagesimal); the text as written is what counts.
            if (!(node instanceof Scalar scalar)
                    || scalar.isEmpty()
                    || (scalar.type() != Scalar.Type.STRING && scalar.type() != Scalar.Type.INTEGER)) {
                problem(
                        node.at(),
                        "a time in 'remind' is written HH:MM, 24-hour, like 08:00 or 18:30; found "
                                + (node instanceof Scalar s && s.isEmpty() ? "nothing" : node.describe()));
                continue;
            }
            LocalTime time = timeOfDay(scalar.text().strip());
            if (time == null) {
                problem(
                        node.at(),
                        "'" + Printable.value(scalar.text()) + "' is not a time of day; write it HH:MM,"
                                + " 24-hour, like 08:00 or 18:30");
                continue;
            }
            Position first = times.putIfAbsent(time, node.at());
            if (first != null) {
                problem(node.at(), "'" + time + "' is already in 'remind' (line " + first.line() + "); keep one");
            }
        }
        return List.copyOf(times.keySet());
    }

    private static @Nullable LocalTime timeOfDay(String text) {
        Matcher m = TIME_OF_DAY.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }
}
