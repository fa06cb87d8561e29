package dev.limber.plan;

import dev.limber.document.DidYouMean;
import dev.limber.document.Position;
import dev.limber.document.Problem;
import dev.limber.routine.Amount;
import dev.limber.routine.Durations;
import dev.limber.routine.Limits;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Expands a routine into its plan. Every step gets a get-ready countdown first; each set does the
 * left side, a switch, then the right side; rests come between sets and after every step but the
 * last; an include runs the other routine in its place, with that routine's own timing.
 */
public final class Planner {

    /** Where includes are looked up by id. */
    public interface Library {
        Optional<Routine> find(String id);

        /** Every id the library knows, to suggest the one a person meant. */
        Collection<String> ids();

        /** True when a file claims this id but could not be read, so the include is broken, not missing. */
        default boolean broken(String id) {
            return false;
        }
    }

    /** A library with nothing in it, for routines without includes. */
    public static final Library EMPTY = new Library() {
        @Override
        public Optional<Routine> find(String id) {
            return Optional.empty();
        }

        @Override
        public Collection<String> ids() {
            return List.of();
        }
    };

    private final Library library;
    private final Preferences preferences;
    private final List<Segment> segments = new ArrayList<>();
    // A set: an included routine's problem is found again each time it is included.
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final Deque<String> including = new ArrayDeque<>();
    private long clock;
    private int steps;

    private Planner(Library library, Preferences preferences) {
        this.library = library;
        this.preferences = preferences;
    }

    /** Lays out {@code routine}, looking up its includes in {@code library}. */
    public static Plan plan(Routine routine, Library library) throws PlanException {
        return plan(routine, library, Preferences.AS_WRITTEN);
    }

    /** Lays out {@code routine} with a person's own get-ready and rest lengths. */
    public static Plan plan(Routine routine, Library library, Preferences preferences) throws PlanException {
        Planner planner = new Planner(library, preferences);
        planner.expand(routine, null);
        if (!planner.problems.isEmpty()) {
            throw new PlanException(List.copyOf(planner.problems));
        }
        return new Plan(routine, planner.segments, planner.steps, planner.clock);
    }

    /**
     * Appends the routine's segments.
     *
     * @param outerStep the step of the routine being planned that this expansion happens inside, so a
     *                  plan that grows past 24h is reported where its author can shorten it; null at the top
     * @return false when expansion had to stop
     */
    private boolean expand(Routine routine, @Nullable Site outerStep) {
        including.push(routine.id());
        try {
            List<Step> list = routine.steps();
            for (int i = 0; i < list.size(); i++) {
                Step step = list.get(i);
                Site here = outerStep != null ? outerStep : new Site(routine.file(), step.at());
                boolean more;
                int rest;
                if (step instanceof Step.Exercise exercise) {
                    more = exercise(exercise, here);
                    rest = preferences.rest(exercise.timing().rest());
                } else {
                    more = include((Step.Include) step, routine, here);
                    rest = preferences.rest(routine.defaults().rest());
                }
                if (!more || problems.size() >= Limits.MAX_PROBLEMS) {
                    return false;
                }
                if (i < list.size() - 1 && rest > 0) {
                    Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
                    String name = last == null ? "" : last.name();
                    if (!add(SegmentKind.REST, name, Side.NONE, rest, 1, 1, List.of(), here)) {
                        return false;
                    }
                }
            }
            return true;
        } finally {
            including.pop();
        }
    }

    private boolean exercise(Step.Exercise e, Site here) {
        steps++;
        boolean timed = e.amount() instanceof Amount.Timed;
        int seconds = (int) e.amount().seconds(e.timing().pace());
        int reps = e.amount() instanceof Amount.Reps r ? r.count() : 0;
        int pace = timed ? 0 : e.timing().pace();
        boolean autoReps = e.amount() instanceof Amount.Reps r && preferences.autoReps(r.auto());
        List<Side> sides = switch (e.sides()) {
            case NONE -> List.of(Side.NONE);
            case LEFT -> List.of(Side.LEFT);
            case RIGHT -> List.of(Side.RIGHT);
            case BOTH -> List.of(Side.LEFT, Side.RIGHT);
        };
        // Getting down to the floor takes as long before reps as before a hold.
        int prepare = preferences.prepare(e.timing().prepare());
        if (prepare > 0) {
            Side first = sides.get(0);
            if (!add(SegmentKind.PREPARE, e.name(), first, prepare, 1, e.sets(), e.cues(), here)) {
                return false;
            }
        }
        for (int set = 1; set <= e.sets(); set++) {
            for (int s = 0; s < sides.size(); s++) {
                if (s > 0
                        && e.timing().switchSides() > 0
                        && !add(
                                SegmentKind.SWITCH,
                                e.name(),
                                sides.get(s),
                                e.timing().switchSides(),
                                set,
                                e.sets(),
                                List.of(),
                                here)) {
                    return false;
                }
                // The step's cues are said once, at its first work, whichever side that is.
                boolean first = set == 1 && s == 0;
                if (!add(
                        new Segment(
                                SegmentKind.WORK,
                                e.name(),
                                sides.get(s),
                                seconds,
                                reps,
                                pace,
                                autoReps,
                                set,
                                e.sets(),
                                steps,
                                first,
                                clock,
                                e.cues()),
                        here)) {
                    return false;
                }
            }
            int rest = preferences.rest(e.timing().rest());
            if (set < e.sets()
                    && rest > 0
                    && !add(SegmentKind.REST, e.name(), Side.NONE, rest, set, e.sets(), List.of(), here)) {
                return false;
            }
        }
        return true;
    }

    private boolean include(Step.Include include, Routine from, Site here) {
        String id = include.routineId();
        if (including.contains(id)) {
            List<String> cycle = new ArrayList<>(including);
            Collections.reverse(cycle);
            cycle = cycle.subList(cycle.indexOf(id), cycle.size());
            problems.add(new Problem(
                    from.file(),
                    include.at(),
                    "include cycle: " + String.join(" -> ", cycle) + " -> " + id + "; remove one of these includes"));
            return true;
        }
        if (including.size() > Limits.MAX_INCLUDE_DEPTH) {
            List<String> chain = new ArrayList<>(including);
            Collections.reverse(chain);
            chain.add(id);
            // Reported at the step of the routine being planned that leads here: its author can see it.
            problems.add(new Problem(
                    here.file(),
                    here.at(),
                    "includes nest more than " + Limits.MAX_INCLUDE_DEPTH
                            + " deep from here (" + String.join(" -> ", chain.subList(0, 2)) + " -> ... -> "
                            + String.join(" -> ", chain.subList(chain.size() - 2, chain.size()))
                            + "); include the routines further down directly"));
            return false;
        }
        Optional<Routine> found = library.find(id);
        if (found.isEmpty()) {
            String why = library.broken(id)
                    ? "routine '" + id + "' has problems of its own (listed with it)"
                    : "there is no routine '" + id + "'"
                            + DidYouMean.suggestion(id, library.ids()).orElse("; 'limber list' shows the ids");
            problems.add(new Problem(from.file(), include.at(), "cannot include '" + id + "': " + why));
            return true;
        }
        return expand(found.get(), here);
    }

    /** Appends a get-ready, a switch or a rest: timed, and never its step's work. */
    private boolean add(
            SegmentKind kind, String name, Side side, int seconds, int set, int sets, List<String> cues, Site here) {
        return add(new Segment(kind, name, side, seconds, 0, 0, false, set, sets, steps, false, clock, cues), here);
    }

    /** Appends a segment that starts now, unless the plan would then run past 24h. */
    private boolean add(Segment segment, Site here) {
        segments.add(segment);
        clock += segment.seconds();
        if (clock > Durations.MAX_SECONDS) {
            problems.add(new Problem(
                    here.file(),
                    here.at(),
                    "the routine runs past 24h from this step on; "
                            + "a routine lasts at most 24h, so shorten it or split it in two"));
            return false;
        }
        return true;
    }

    /** A step of the routine being planned: where problems found while expanding it are reported. */
    private record Site(String file, Position at) {}
}
