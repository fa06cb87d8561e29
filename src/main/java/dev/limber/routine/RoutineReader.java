package dev.limber.routine;

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
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the routine format (version 1), applied to a document tree. Every problem in the
 * file is collected, each at the line and column it is about, with what to do about it.
 */
public final class RoutineReader {

    /**
     * Either a routine, or the problems that stop the file from being one.
     *
     * @param id   the id the file claims, even when it is broken (null when it claims none that is valid)
     * @param idAt where that id is written ({@link Position#START} when it comes from the file name)
     */
    public record Result(
            @Nullable Routine routine, @Nullable String id, Position idAt, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** What the YAML reader is told it reads, so its problems speak of routines and a routine's limits. */
    public static final DocumentKind KIND = new DocumentKind(
            "routine",
            "routines",
            "routine file",
            "put one routine in each file",
            new DocumentKind.Size(
                    Limits.MAX_FILE_BYTES,
                    Limits.MAX_LINE,
                    Limits.MAX_DEPTH,
                    "a routine needs four (routine, steps, a step, its cues)",
                    Limits.MAX_KEYS,
                    "a step has at most eleven",
                    Limits.MAX_ITEMS,
                    "a routine has at most " + Limits.MAX_STEPS + " steps (split it and use 'include')",
                    Limits.MAX_VALUES));

    /** Ids are typed on command lines: lowercase, digits and dashes, never starting with a dash. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    /**
     * The kinds of document a routine folder holds, as a file's top-level {@code kind} names them; a
     * file without one is a routine.
     */
    public static final List<String> KINDS = List.of("routine", "program");

    private static final Set<String> ROUTINE_KEYS = Set.of(
            "kind",
            "version",
            "id",
            "title",
            "summary",
            "tags",
            "caution",
            "defaults",
            "steps",
            "progression",
            "per_day");
    private static final Set<String> PROGRESSION_KEYS = Set.of("step", "add", "every", "max");
    private static final Pattern PER_DAY = Pattern.compile("(\\d{1,2})\\s*(?:[-\u2013]\\s*(\\d{1,2}))?");
    private static final Set<String> TIMING_KEYS = Set.of("prepare", "switch", "rest", "pace");
    private static final Set<String> EXERCISE_KEYS =
            Set.of("name", "time", "reps", "sides", "sets", "cues", "prepare", "switch", "rest", "pace", "auto_reps");
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on", "y");

    private final String file;
    private final Rules rules;
    private @Nullable String id;
    private Position idAt = Position.START;

    private RoutineReader(String file) {
        this.file = file;
        this.rules = new Rules(file);
    }

    /**
     * Reads one routine.
     *
     * @param root     the file's only document, or null when the file has none
     * @param file     the file as messages should name it
     * @param fileStem the file name without its extension: the id when the file gives none
     */
    public static Result read(@Nullable Node root, String file, String fileStem) {
        RoutineReader reader = new RoutineReader(file);
        Routine routine = reader.routine(root, fileStem);
        List<Problem> problems = reader.rules.problems();
        return new Result(problems.isEmpty() ? routine : null, reader.id, reader.idAt, problems);
    }

    private void problem(Position at, String message) {
        rules.problem(at, message);
    }

    private @Nullable Routine routine(@Nullable Node root, String fileStem) {
        if (root == null || (root instanceof Scalar s && s.isEmpty())) {
            problem(
                    root == null ? Position.START : root.at(),
                    "the file is empty; a routine needs at least 'title' and 'steps'");
            return null;
        }
        if (!(root instanceof Mapping mapping)) {
            problem(
                    root.at(),
                    "a routine is a mapping of keys such as 'title:' and 'steps:', but this file holds "
                            + root.describe());
            return null;
        }
        if (!isRoutine(mapping)) {
            return null;
        }
        Map<String, KeyValue> keys = rules.keys(mapping, ROUTINE_KEYS, "a routine");

        KeyValue version = keys.get("version");
        if (version != null) {
            Integer v = rules.wholeNumber(version, 1, Integer.MAX_VALUE);
            if (v != null && v != 1) {
                problem(
                        version.value().at(),
                        "this Limber reads routine format version 1, not " + v
                                + "; update Limber or write the routine for version 1");
            }
        }
        id = id(keys.get("id"), fileStem);
        String title = rules.has(mapping, keys, "title", "a routine", "'title: Morning stretches'")
                ? rules.text(keys.get("title"), Limits.MAX_TITLE, true)
                : null;
        String summary = rules.optionalText(keys.get("summary"), Limits.MAX_SUMMARY, true);
        String caution = rules.optionalText(keys.get("caution"), Limits.MAX_CAUTION, false);
        List<String> tags = tags(keys.get("tags"));
        Timing defaults = timing(keys.get("defaults"));
        List<Step> steps = steps(mapping, keys, defaults == null ? Timing.DEFAULTS : defaults);
        Progression progression = progression(keys.get("progression"), steps);
        DailyGoal perDay = perDay(keys.get("per_day"));
        if (id == null
                || title == null
                || steps == null
                || defaults == null
                || (keys.containsKey("progression") && progression == null)
                || (keys.containsKey("per_day") && perDay == null)) {
            return null;
        }
        return new Routine(id, title, summary, tags, caution, defaults, steps, progression, perDay, file);
    }

    /**
     * Whether {@code kind}, when the file says it, is routine. Any other kind is the one problem
     * reported: the rest of the file was written to other rules, so a routine's would only confuse.
     */
    private boolean isRoutine(Mapping mapping) {
        KeyValue kind = mapping.entries().stream()
                .filter(e -> e.key().equals("kind"))
                .findFirst()
                .orElse(null);
        if (kind == null) {
            return true;
        }
        String word = rules.text(kind, Limits.MAX_SCALAR, true);
        if (word == null || word.equals("routine")) {
            return word != null;
        }
        problem(
                kind.value().at(),
                word.equals("program")
                        ? "this file is a program ('kind: program'), which the routine rules don't read"
                        : "'kind' must be routine (the default) or program; '" + Printable.value(word) + "' is not"
                                + DidYouMean.suffix(word, KINDS));
        return false;
    }

    /** The progression: which timed step grows, by how much, how often, up to what. */
    private @Nullable Progression progression(@Nullable KeyValue entry, @Nullable List<Step> steps) {
        if (entry == null) {
            return null;
        }
        if (!(entry.value() instanceof Mapping mapping)) {
            problem(
                    entry.value().at(),
                    "'progression' must be a mapping with step, add, every and max; found "
                            + entry.value().describe());
            return null;
        }
        Map<String, KeyValue> keys = rules.keys(mapping, PROGRESSION_KEYS, "'progression'");
        String example = "'progression: {step: Walk, add: 2m, every: 3, max: 30m}'";
        boolean complete = true;
        for (String key : List.of("step", "add", "every", "max")) {
            complete &= rules.has(mapping, keys, key, "'progression'", example);
        }
        if (!complete) {
            return null;
        }
        String step = rules.text(keys.get("step"), Limits.MAX_NAME, true);
        Integer add = duration(keys.get("add"), 1);
        Integer every = rules.wholeNumber(keys.get("every"), 1, 100);
        Integer max = duration(keys.get("max"), 1);
        Amount.Timed timed = step == null || steps == null
                ? null
                : growingStep(step, steps, Objects.requireNonNull(keys.get("step")));
        if (step == null || timed == null || add == null || every == null || max == null) {
            return null;
        }
        if (max < timed.seconds()) {
            problem(
                    Objects.requireNonNull(keys.get("max")).value().at(),
                    "'max' (" + Durations.format(max)
                            + ") is shorter than the step's"
                            + " time (" + Durations.format(timed.seconds()) + "); it is where the step stops growing");
            return null;
        }
        return new Progression(step, add, every, max);
    }

    /** The one timed step called {@code step}, or null after saying why there is none. */
    private Amount.@Nullable Timed growingStep(String step, List<Step> steps, KeyValue entry) {
        List<Step.Exercise> named = steps.stream()
                .filter(s -> s instanceof Step.Exercise e && e.name().equals(step))
                .map(Step.Exercise.class::cast)
                .toList();
        Position at = entry.value().at();
        if (named.isEmpty()) {
            problem(
                    at,
                    "'progression' names no step of this routine ('" + Printable.value(step) + "'); use the name of a"
                            + " timed step"
                            + DidYouMean.suffix(
                                    step,
                                    steps.stream()
                                            .filter(Step.Exercise.class::isInstance)
                                            .map(s -> ((Step.Exercise) s).name())
                                            .toList()));
            return null;
        }
        if (named.size() > 1) {
            problem(
                    at,
                    "'progression' names " + named.size() + " steps called '" + Printable.value(step)
                            + "'; give the growing one a name of its own");
            return null;
        }
        if (!(named.get(0).amount() instanceof Amount.Timed timed)) {
            problem(
                    at,
                    "'progression' grows a timed step, but '" + Printable.value(step) + "' has reps; give it a time");
            return null;
        }
        return timed;
    }

    /** {@code per_day: 2} or {@code per_day: 2-3}: how many times a day the routine is meant to be done. */
    private @Nullable DailyGoal perDay(@Nullable KeyValue entry) {
        if (entry == null) {
            return null;
        }
        String bad = "'per_day' must be a number of times a day, like 2, or a range, like 2-3 (at most 20)";
        if (!(entry.value() instanceof Scalar scalar) || scalar.isEmpty()) {
            problem(
                    entry.value().at(),
                    bad + "; found "
                            + (entry.value() instanceof Scalar
                                    ? "nothing"
                                    : entry.value().describe()));
            return null;
        }
        java.util.regex.Matcher m = PER_DAY.matcher(scalar.text().strip());
        if (!m.matches()) {
            problem(scalar.at(), bad + "; '" + Printable.value(scalar.text()) + "' is not");
            return null;
        }
        int min = Integer.parseInt(m.group(1));
        int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
        if (min < 1 || max > 20 || min > max) {
            problem(scalar.at(), bad + "; '" + Printable.value(scalar.text()) + "' is not");
            return null;
        }
        return new DailyGoal(min, max);
    }

    private @Nullable String id(@Nullable KeyValue entry, String fileStem) {
        if (entry == null) {
            if (!ID.matcher(fileStem).matches()) {
                problem(
                        Position.START,
                        "the file name '" + Printable.value(fileStem) + "' is not a valid id; rename the "
                                + "file or add 'id:' with lowercase letters, digits and dashes (at most 64)");
                return null;
            }
            return fileStem;
        }
        idAt = entry.value().at();
        String id = rules.text(entry, Limits.MAX_ID + 1, true);
        if (id != null && !ID.matcher(id).matches()) {
            problem(
                    entry.value().at(),
                    "'id' must be lowercase letters, digits and dashes, start with a letter or "
                            + "digit and be at most 64 characters; '" + Printable.value(id) + "' is not");
            return null;
        }
        return id;
    }

    private List<String> tags(@Nullable KeyValue entry) {
        List<String> tags = texts(
                entry,
                "a tag",
                ", like [post-run, stretch]",
                Limits.MAX_TAGS,
                Limits.MAX_TAG + 1,
                TAG,
                "must be lowercase letters, digits and dashes (at most 32), like lower-back");
        return List.copyOf(new LinkedHashSet<>(tags));
    }

    private @Nullable Timing timing(@Nullable KeyValue entry) {
        if (entry == null || Rules.isEmpty(entry.value())) {
            return Timing.DEFAULTS;
        }
        if (!(entry.value() instanceof Mapping mapping)) {
            problem(
                    entry.value().at(),
                    "'defaults' must be a mapping with prepare, switch, rest or pace; found "
                            + entry.value().describe());
            return null;
        }
        return timingOverrides(rules.keys(mapping, TIMING_KEYS, "'defaults'"), Timing.DEFAULTS);
    }

    /** Applies any of prepare, switch, rest and pace found in {@code keys} on top of {@code base}. */
    private @Nullable Timing timingOverrides(Map<String, KeyValue> keys, Timing base) {
        Integer prepare = durationOr(keys.get("prepare"), 0, base.prepare());
        Integer switchSides = durationOr(keys.get("switch"), 0, base.switchSides());
        Integer rest = durationOr(keys.get("rest"), 0, base.rest());
        Integer pace = durationOr(keys.get("pace"), 1, base.pace());
        if (prepare == null || switchSides == null || rest == null || pace == null) {
            return null;
        }
        return new Timing(prepare, switchSides, rest, pace);
    }

    private @Nullable Integer durationOr(@Nullable KeyValue entry, int min, int otherwise) {
        return entry == null ? Integer.valueOf(otherwise) : duration(entry, min);
    }

    private @Nullable List<Step> steps(Mapping routine, Map<String, KeyValue> keys, Timing defaults) {
        if (!rules.has(routine, keys, "steps", "a routine", "'steps:' followed by '- name: ...' items")) {
            return null;
        }
        Node value = Objects.requireNonNull(keys.get("steps")).value();
        if (!(value instanceof Sequence seq) || seq.items().isEmpty()) {
            problem(
                    value.at(),
                    "'steps' must be a list of at least one step ('- name: ...'); found "
                            + (value instanceof Sequence ? "an empty list" : value.describe()));
            return null;
        }
        if (seq.items().size() > Limits.MAX_STEPS) {
            problem(
                    seq.at(),
                    "'steps' has " + seq.items().size() + " steps; a routine has at most " + Limits.MAX_STEPS
                            + " (split it and use 'include')");
            return null;
        }
        List<Step> steps = new ArrayList<>();
        boolean ok = true;
        for (Node item : seq.items()) {
            Step step = step(item, defaults);
            ok &= step != null;
            if (step != null) {
                steps.add(step);
            }
        }
        return ok ? steps : null;
    }

    private @Nullable Step step(Node item, Timing defaults) {
        if (!(item instanceof Mapping mapping)) {
            problem(
                    item.at(),
                    "a step must be a mapping like '- name: Cat-cow' with 'time' or 'reps'; found " + item.describe());
            return null;
        }
        boolean include = mapping.entries().stream().anyMatch(e -> e.key().equals("include"));
        return include ? include(mapping) : exercise(mapping, defaults);
    }

    private @Nullable Step include(Mapping mapping) {
        KeyValue include = null;
        for (KeyValue entry : mapping.entries()) {
            if (entry.key().equals("include") && include == null) {
                include = entry;
            } else if (entry.key().equals("include") && include != null) {
                problem(
                        entry.keyAt(),
                        "duplicate key 'include' (first on line "
                                + include.keyAt().line() + "); keep one of them");
            } else {
                problem(
                        entry.keyAt(),
                        "an include step takes no other keys ('" + Printable.value(entry.key())
                                + "'); set it in the included routine, or write the step out");
            }
        }
        if (include == null) {
            return null; // not reached: step() sends only a mapping with 'include'
        }
        String id = rules.text(include, Limits.MAX_ID + 1, true);
        if (id != null && !ID.matcher(id).matches()) {
            problem(
                    include.value().at(),
                    "'include' names a routine by id (lowercase letters, digits and dashes); '" + Printable.value(id)
                            + "' is not an id");
            return null;
        }
        return id == null ? null : new Step.Include(id, mapping.at());
    }

    private @Nullable Step exercise(Mapping mapping, Timing defaults) {
        int before = rules.count();
        Map<String, KeyValue> keys = rules.keys(mapping, EXERCISE_KEYS, "a step");
        String name = rules.has(mapping, keys, "name", "a step", "'- name: Cat-cow'")
                ? rules.text(keys.get("name"), Limits.MAX_NAME, true)
                : null;
        String called = name == null ? "this step" : "step '" + name + "'";

        KeyValue time = keys.get("time");
        KeyValue reps = keys.get("reps");
        Amount amount = null;
        if (time != null && reps != null) {
            KeyValue second = time.keyAt().compareTo(reps.keyAt()) > 0 ? time : reps;
            problem(second.keyAt(), called + " has both 'time' and 'reps'; keep one of them");
        } else if (time != null) {
            Integer seconds = duration(time, 1);
            amount = seconds == null ? null : new Amount.Timed(seconds);
        } else if (reps != null) {
            Integer count = rules.wholeNumber(reps, 1, Limits.MAX_REPS);
            Boolean auto = keys.containsKey("auto_reps") ? trueOrFalse(keys.get("auto_reps")) : Boolean.FALSE;
            amount = count == null || auto == null ? null : new Amount.Reps(count, auto);
        } else {
            problem(mapping.at(), called + " needs 'time' (like 'time: 30s') or 'reps' (like 'reps: 10')");
        }
        if (time != null && keys.containsKey("pace")) {
            problem(
                    keys.get("pace").keyAt(),
                    "'pace' sets the seconds per rep, but " + called + " is timed; remove 'pace' or use 'reps'");
        }
        if (time != null && keys.containsKey("auto_reps")) {
            problem(
                    keys.get("auto_reps").keyAt(),
                    "'auto_reps' ends reps at their pace without Enter, but " + called
                            + " is timed and ends by itself; remove 'auto_reps' or use 'reps'");
        }

        Sides sides = sides(keys.get("sides"));
        Integer sets =
                keys.containsKey("sets") ? rules.wholeNumber(keys.get("sets"), 1, Limits.MAX_SETS) : Integer.valueOf(1);
        List<String> cues = cues(keys.get("cues"));
        Timing timing = timingOverrides(keys, defaults);
        // Each of these is null only after a problem was reported.
        if (rules.count() > before
                || name == null
                || amount == null
                || sides == null
                || sets == null
                || timing == null) {
            return null;
        }
        Step.Exercise exercise = new Step.Exercise(name, amount, sides, sets, cues, timing, mapping.at());
        long length = length(exercise);
        if (length > Durations.MAX_SECONDS) {
            problem(
                    mapping.at(),
                    called + " would take " + Durations.format(length)
                            + "; a step lasts at most 24h (fewer sets, reps or a shorter time)");
            return null;
        }
        return exercise;
    }

    /** The step's own length with its get-ready, sides, sets and rests, as the plan will lay it out. */
    private static long length(Step.Exercise e) {
        int sides = e.sides() == Sides.BOTH ? 2 : 1;
        long work = e.amount().seconds(e.timing().pace());
        long oneSet = sides * work + (sides - 1L) * e.timing().switchSides();
        return e.timing().prepare()
                + e.sets() * oneSet
                + (long) e.sets() * e.timing().rest();
    }

    /**
     * A true or false value, such as {@code auto_reps: true}; null after saying what was found instead.
     * YAML 1.1 readers, Jackson's among them, take yes, on and y for true too.
     */
    private @Nullable Boolean trueOrFalse(KeyValue entry) {
        if (entry.value() instanceof Scalar scalar && scalar.type() == Scalar.Type.BOOLEAN) {
            return TRUE_WORDS.contains(scalar.text().strip().toLowerCase(Locale.ROOT));
        }
        String found = entry.value() instanceof Scalar scalar && !scalar.isEmpty()
                ? "'" + Printable.value(scalar.text()) + "'"
                : entry.value().describe();
        problem(entry.value().at(), "'" + entry.key() + "' must be true or false; found " + found);
        return null;
    }

    private @Nullable Sides sides(@Nullable KeyValue entry) {
        if (entry == null) {
            return Sides.NONE;
        }
        String word = rules.text(entry, Limits.MAX_SCALAR, true);
        if (word == null) {
            return null;
        }
        for (Sides sides : Sides.values()) {
            if (sides.word().equals(word.toLowerCase(Locale.ROOT))) {
                return sides;
            }
        }
        problem(
                entry.value().at(),
                "'sides' must be none, both, left or right; '" + Printable.value(word) + "' is not");
        return null;
    }

    private List<String> cues(@Nullable KeyValue entry) {
        return texts(
                entry,
                "a cue",
                " of short lines, each starting with '- '",
                Limits.MAX_CUES,
                Limits.MAX_CUE,
                null,
                null);
    }

    /**
     * A list of one-line texts, such as tags and cues; every item that is not one is reported.
     *
     * @param pattern what each item must match, or null for any text, with {@code unlike} to say what it must be
     */
    private List<String> texts(
            @Nullable KeyValue entry,
            String item,
            String shape,
            int maxItems,
            int maxLength,
            @Nullable Pattern pattern,
            @Nullable String unlike) {
        if (entry == null || Rules.isEmpty(entry.value())) {
            return List.of();
        }
        String key = "'" + entry.key() + "'";
        if (!(entry.value() instanceof Sequence seq)) {
            problem(
                    entry.value().at(),
                    key + " must be a list" + shape + "; found " + entry.value().describe());
            return List.of();
        }
        if (seq.items().size() > maxItems) {
            problem(seq.at(), key + " has " + seq.items().size() + " items; keep it to " + maxItems);
        }
        List<String> texts = new ArrayList<>();
        for (Node node : seq.items()) {
            String text = rules.scalarText(node, item, maxLength, true);
            if (text != null && pattern != null && !pattern.matcher(text).matches()) {
                problem(node.at(), item.replaceFirst("^an? ", "") + " '" + Printable.value(text) + "' " + unlike);
            } else if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private @Nullable Integer duration(@Nullable KeyValue entry, int min) {
        if (entry == null) {
            return null;
        }
        Node value = entry.value();
        String key = "'" + entry.key() + "'";
        if (!(value instanceof Scalar scalar) || scalar.isEmpty()) {
            problem(
                    value.at(),
                    key + " must be a length like 45s, 2m or 1m30s; found "
                            + (value instanceof Scalar ? "nothing" : value.describe()));
            return null;
        }
        int seconds;
        try {
            if (scalar.type() == Scalar.Type.INTEGER) {
                BigInteger n = Rules.integer(scalar);
                seconds = n == null
                        ? Durations.parse(scalar.text())
                        : Durations.ofSeconds(
                                n.bitLength() > 62 ? n.signum() * Long.MAX_VALUE : n.longValue(), scalar.text());
            } else {
                seconds = Durations.parse(scalar.text());
            }
        } catch (Durations.BadDuration bad) {
            problem(value.at(), key + " " + bad.getMessage());
            return null;
        }
        if (seconds < min) {
            problem(
                    value.at(),
                    key + " must be at least " + Durations.format(min) + "; '" + Printable.value(scalar.text())
                            + "' is too short");
            return null;
        }
        return seconds;
    }
}
