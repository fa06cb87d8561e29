package dev.limber.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.SearchPath;
import dev.limber.plan.Segment;
import dev.limber.program.Item;
import dev.limber.program.Period;
import dev.limber.program.Program;
import dev.limber.routine.Routine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How what the catalog holds (a routine and its plan, a program) is described the same in every
 * command: its fields in JSON and YAML output, where it comes from, the title a program's routine goes by.
 */
final class CatalogFields {

    private CatalogFields() {}

    /** The fields {@code list} prints for each routine and {@code show} starts with. */
    static void routine(JsonGenerator g, Catalog.Listing entry) throws IOException {
        Routine routine = entry.routine();
        g.writeStringField("id", routine.id());
        g.writeStringField("title", routine.title());
        nullable(g, "summary", routine.summary());
        g.writeArrayFieldStart("tags");
        for (String tag : routine.tags()) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeNumberField("steps", entry.plan().steps());
        g.writeNumberField("seconds", entry.plan().seconds());
        g.writeStringField("source", source(entry));
    }

    /** How a routine grows and how often a day it is meant to be done, when its file says. */
    static void growth(JsonGenerator g, Routine routine, @Nullable Integer todaySeconds) throws IOException {
        if (routine.progression() != null) {
            g.writeObjectFieldStart("progression");
            g.writeStringField("step", routine.progression().step());
            g.writeNumberField("start_s", routine.progressionStart());
            g.writeNumberField("today_s", Objects.requireNonNull(todaySeconds)); // a growing routine has one
            g.writeNumberField("add_s", routine.progression().add());
            g.writeNumberField("every", routine.progression().every());
            g.writeNumberField("max_s", routine.progression().max());
            g.writeEndObject();
        }
        if (routine.perDay() != null) {
            g.writeObjectFieldStart("per_day");
            g.writeNumberField("min", routine.perDay().min());
            g.writeNumberField("max", routine.perDay().max());
            g.writeEndObject();
        }
    }

    static void segments(JsonGenerator g, List<Segment> segments) throws IOException {
        g.writeArrayFieldStart("segments");
        for (Segment s : segments) {
            g.writeStartObject();
            g.writeStringField("kind", s.kind().word());
            g.writeStringField("name", s.name());
            nullable(g, "side", s.side().word());
            g.writeNumberField("seconds", s.seconds());
            if (s.counted()) {
                g.writeNumberField("reps", s.reps());
            } else {
                g.writeNullField("reps");
            }
            g.writeNumberField("set", s.set());
            g.writeNumberField("sets", s.sets());
            g.writeNumberField("step", s.step());
            g.writeNumberField("start", s.start());
            g.writeArrayFieldStart("cues");
            for (String cue : s.cues()) {
                g.writeString(cue);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void nullable(JsonGenerator g, String field, @Nullable String value) throws IOException {
        if (value == null || value.isEmpty()) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    /** {@code built-in}, or the absolute path of the file, for scripts. */
    static String source(Catalog.Listing entry) {
        return source(entry.file());
    }

    /** {@code built-in} for a file that is none (null), or the absolute path of the file, for scripts. */
    static String source(@Nullable Path file) {
        return file == null ? "built-in" : file.toAbsolutePath().normalize().toString();
    }

    /** {@code built-in}, or the file's path with the home folder as {@code ~}, for people. */
    static String shortSource(Catalog.Listing entry, Map<String, String> env) {
        return shortSource(entry.file(), env);
    }

    /** {@code built-in} for a file that is none (null), or its path with the home folder as {@code ~}. */
    static String shortSource(@Nullable Path written, Map<String, String> env) {
        if (written == null) {
            return "built-in";
        }
        Path file = written.toAbsolutePath().normalize();
        Path home = SearchPath.home(env).toAbsolutePath().normalize();
        if (file.startsWith(home) && home.getNameCount() > 0) {
            return "~/" + home.relativize(file);
        }
        return file.toString();
    }

    /**
     * The fields {@code program list} prints for each program and {@code program show} starts with:
     * what it asks every day and every week, each routine with its title.
     */
    static void program(JsonGenerator g, Catalog.ProgramListing entry, Catalog catalog, boolean inUse)
            throws IOException {
        Program program = entry.program();
        g.writeStringField("id", program.id());
        g.writeStringField("title", program.title());
        nullable(g, "summary", program.summary());
        g.writeBooleanField("in_use", inUse);
        for (Period period : Period.values()) {
            g.writeArrayFieldStart(period == Period.DAY ? "daily" : "weekly");
            for (Item item : program.items()) {
                if (item.period() == period) {
                    g.writeStartObject();
                    routineRef(g, item.routine(), catalog);
                    g.writeNumberField("min", item.times().min());
                    g.writeNumberField("max", item.times().max());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        g.writeStringField("source", source(entry.file()));
    }

    /** A routine a program names: its id and title. */
    static void routineRef(JsonGenerator g, String id, Catalog catalog) throws IOException {
        g.writeStringField("routine", id);
        g.writeStringField("title", title(id, catalog));
    }

    /** The title of a routine a program names: every one is in the catalog, or the program would not be. */
    static String title(String id, Catalog catalog) {
        return catalog.entry(id).map(e -> e.routine().title()).orElse(id);
    }
}
