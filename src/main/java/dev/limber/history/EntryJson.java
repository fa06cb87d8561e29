package dev.limber.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.limber.progress.Effort;
import dev.limber.progress.EndedBy;
import dev.limber.progress.Entry;
import java.io.IOException;
import java.io.StringWriter;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One history record as one line of JSON, through Jackson's streaming parser and generator. Fields
 * a later version adds are ignored when read, so an older Limber can still read a newer history.
 */
public final class EntryJson {

    private static final JsonFactory JSON = new JsonFactory();

    private EntryJson() {
    }

    /** The record as a line of JSON, without the newline. */
    static String write(Entry e) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, e);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    /** The names of a record's fields, in the order they are written: CSV's columns. */
    public static final java.util.List<String> FIELDS = java.util.List.of("v", "id", "routine", "title", "started",
            "ended", "planned_s", "active_s", "paused_s", "segments_done", "segments_skipped", "completed", "ended_by",
            "pain_before", "pain_after", "red_flag", "length_s", "work_s", "work_planned_s", "reps_unconfirmed",
            "counts");

    /** Writes the record as one object to any of Jackson's generators: JSON, YAML or CSV. */
    public static void write(JsonGenerator g, Entry e) throws IOException {
        {
            g.writeStartObject();
            g.writeNumberField("v", e.version());
            g.writeStringField("id", e.id());
            g.writeStringField("routine", e.routine());
            g.writeStringField("title", e.title());
            g.writeStringField("started", time(e.started()));
            g.writeStringField("ended", time(e.ended()));
            g.writeNumberField("planned_s", e.plannedSeconds());
            g.writeNumberField("active_s", e.activeSeconds());
            g.writeNumberField("paused_s", e.pausedSeconds());
            g.writeNumberField("segments_done", e.segmentsDone());
            g.writeNumberField("segments_skipped", e.segmentsSkipped());
            g.writeBooleanField("completed", e.completed());
            g.writeStringField("ended_by", e.endedBy().word());
            number(g, "pain_before", e.painBefore());
            number(g, "pain_after", e.painAfter());
            if (e.redFlag() == null) {
                g.writeNullField("red_flag");
            } else {
                g.writeBooleanField("red_flag", e.redFlag());
            }
            number(g, "length_s", e.lengthSeconds());
            Effort effort = e.effort();
            if (effort == null) {
                // Format 1 kept no work time; whether it counts was estimated when it was read.
                g.writeNullField("work_s");
                g.writeNullField("work_planned_s");
                g.writeNullField("reps_unconfirmed");
            } else {
                g.writeNumberField("work_s", effort.workSeconds());
                g.writeNumberField("work_planned_s", effort.plannedSeconds());
                g.writeNumberField("reps_unconfirmed", effort.unconfirmedReps());
            }
            g.writeBooleanField("counts", e.counts());
            g.writeEndObject();
        }
    }

    private static void number(JsonGenerator g, String field, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }

    /** Why a line is not a record. */
    static final class NotARecord extends Exception {
        private static final long serialVersionUID = 1L;

        NotARecord(String why) {
            super(why, null, false, false);
        }
    }

    /** Reads one line; anything that is not a whole, sensible record is {@link NotARecord}. */
    static Entry read(String line) throws NotARecord {
        byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return read(bytes, 0, bytes.length);
    }

    /**
     * Reads one line straight from the file's bytes (Jackson decodes the UTF-8 itself, and a bad byte
     * makes the line a damaged one).
     */
    static Entry read(byte[] bytes, int offset, int length) throws NotARecord {
        Fields f = new Fields();
        try (JsonParser p = JSON.createParser(bytes, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotARecord("not a JSON object");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                f.set(name, value, p);
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new NotARecord("not one whole JSON object");
            }
        } catch (IOException | RuntimeException e) {
            throw new NotARecord("not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
        return f.entry();
    }

    /**
     * Writes a time to the second as {@code 2026-11-27T07:00:05+01:00}, directly: java.time's general
     * formatter was most of writing 50,000 records as JSON.
     */
    static String time(OffsetDateTime t) {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return t.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        StringBuilder out = new StringBuilder(25);
        pad(out, year, 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append('T');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2);
        return out.append(t.getOffset().getId()).toString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    /**
     * Reads a time as Limber writes it ({@code 2026-11-27T07:00:05+01:00}) without java.time's
     * general parser, which took half of reading 50,000 records; anything else goes to that parser.
     */
    static OffsetDateTime time(String text) {
        int length = text.length();
        if (length >= 17 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int at = 16;
            int second = 0;
            if (text.charAt(at) == ':' && length >= 20) {
                second = digits(text, 17, 19);
                at = 19;
            }
            ZoneOffset offset = null;
            if (at == length - 1 && text.charAt(at) == 'Z') {
                offset = ZoneOffset.UTC;
            } else if (at == length - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-')
                    && text.charAt(at + 3) == ':') {
                int sign = text.charAt(at) == '-' ? -1 : 1;
                int hours = digits(text, at + 1, at + 3);
                int minutes = digits(text, at + 4, at + 6);
                if (hours >= 0 && minutes >= 0) {
                    offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
                }
            }
            if (offset != null && year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
                return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
            }
        }
        // Records are to the second, as they are written: a hand-edited 07:00:05.5 kept its half
        // second here and lost it when written out again (limber history --format json).
        return OffsetDateTime.parse(text).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The number in {@code text[from, to)}, or -1 when it is not all digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

    /** The fields as they are read, then checked into an entry. */
    private static final class Fields {
        Integer v;
        String id;
        String routine;
        String title;
        String started;
        String ended;
        Long planned;
        Long active;
        Long paused;
        Integer done;
        Integer skipped;
        Boolean completed;
        String endedBy;
        Integer painBefore;
        Integer painAfter;
        Boolean redFlag;
        Integer length;
        Long work;
        Long workPlanned;
        Integer unconfirmed;
        Boolean counts;

        void set(String name, JsonToken value, JsonParser p) throws IOException {
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                p.skipChildren();
                return;
            }
            boolean isNull = value == JsonToken.VALUE_NULL;
            switch (name) {
                case "v" -> v = isNull ? null : p.getIntValue();
                case "id" -> id = p.getValueAsString();
                case "routine" -> routine = p.getValueAsString();
                case "title" -> title = p.getValueAsString();
                case "started" -> started = p.getValueAsString();
                case "ended" -> ended = p.getValueAsString();
                case "planned_s" -> planned = isNull ? null : p.getLongValue();
                case "active_s" -> active = isNull ? null : p.getLongValue();
                case "paused_s" -> paused = isNull ? null : p.getLongValue();
                case "segments_done" -> done = isNull ? null : p.getIntValue();
                case "segments_skipped" -> skipped = isNull ? null : p.getIntValue();
                case "completed" -> completed = isNull ? null : p.getBooleanValue();
                case "ended_by" -> endedBy = p.getValueAsString();
                case "pain_before" -> painBefore = isNull ? null : p.getIntValue();
                case "pain_after" -> painAfter = isNull ? null : p.getIntValue();
                case "red_flag" -> redFlag = isNull ? null : p.getBooleanValue();
                case "length_s" -> length = isNull ? null : p.getIntValue();
                case "work_s" -> work = isNull ? null : p.getLongValue();
                case "work_planned_s" -> workPlanned = isNull ? null : p.getLongValue();
                case "reps_unconfirmed" -> unconfirmed = isNull ? null : p.getIntValue();
                case "counts" -> counts = isNull ? null : p.getBooleanValue();
                default -> { }
            }
        }

        Entry entry() throws NotARecord {
            if (v == null || v < 1) {
                throw new NotARecord("no format version 'v'");
            }
            if (routine == null || started == null || ended == null || active == null || completed == null
                    || endedBy == null) {
                throw new NotARecord("missing routine, started, ended, active_s, completed or ended_by");
            }
            try {
                long plannedSeconds = planned == null ? 0 : planned;
                Effort effort = work == null || workPlanned == null ? null
                        : new Effort(work, workPlanned, unconfirmed == null ? 0 : unconfirmed);
                // Format 1 did not say whether a session counts: it is estimated from its active time.
                boolean counting = counts != null ? counts && completed
                        : effort != null ? effort.counts(completed)
                        : Effort.estimatedFromFormat1(completed, active, plannedSeconds);
                return new Entry(id == null ? "" : id, routine, title == null ? routine : title,
                        time(started), time(ended), plannedSeconds,
                        active, paused == null ? 0 : paused, done == null ? 0 : done, skipped == null ? 0 : skipped,
                        completed, EndedBy.of(endedBy), pain(painBefore), pain(painAfter), redFlag, length, effort,
                        counting, v);
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new NotARecord("a time or ended_by that makes no sense (" + e.getMessage() + ")");
            }
        }

        private static Integer pain(Integer value) throws NotARecord {
            if (value != null && (value < 0 || value > 10)) {
                throw new NotARecord("pain outside 0 to 10");
            }
            return value;
        }
    }
}
