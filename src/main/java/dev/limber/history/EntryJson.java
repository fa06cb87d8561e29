package dev.limber.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.limber.progress.Effort;
import dev.limber.progress.Entry;
import dev.limber.progress.MorningPain;
import dev.limber.session.Ending;
import java.io.IOException;
import java.io.StringWriter;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One history record as one line of JSON, through Jackson's streaming parser and generator. Fields
 * a later version adds are ignored when read, so an older Limber can still read a newer history.
 */
public final class EntryJson {

    private static final JsonFactory JSON = new JsonFactory();
    /** For reading records: a field given twice would otherwise let the last silently win (a pain score too). */
    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private EntryJson() {}

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

    /** A morning check-in as a line of JSON (format 3): {@code {"v":3,"type":"morning","id":..,"at":..,"pain":3}}. */
    static String write(MorningPain m) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, m);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    /** Writes a morning check-in as one object to any of Jackson's generators. */
    public static void write(JsonGenerator g, MorningPain m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("v", Entry.VERSION);
        g.writeStringField("type", MORNING);
        g.writeStringField("id", m.id());
        g.writeStringField("at", time(m.at()));
        number(g, "pain", m.pain());
        g.writeEndObject();
    }

    /** The {@code type} of a morning check-in; a record without a type is a session. */
    static final String MORNING = "morning";

    /** The names of a record's fields, in the order they are written: CSV's columns. */
    public static final java.util.List<String> FIELDS = java.util.List.of(
            "v",
            "id",
            "routine",
            "title",
            "started",
            "ended",
            "planned_s",
            "active_s",
            "paused_s",
            "segments_done",
            "segments_skipped",
            "completed",
            "ended_by",
            "pain_before",
            "pain_after",
            "red_flag",
            "length_s",
            "work_s",
            "work_planned_s",
            "reps_unconfirmed",
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

    private static void number(JsonGenerator g, String field, @Nullable Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }

    /**
     * Why a line is not a record this version can read.
     *
     * @see #json() whether it was at least whole JSON: a line that is not may be a crash's torn end
     */
    static final class NotARecord extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean json;

        NotARecord(String why, boolean json) {
            super(why, null, false, false);
            this.json = json;
        }

        /** Why, as given: never null. */
        @Override
        public String getMessage() {
            return Objects.requireNonNull(super.getMessage());
        }

        /** The line is whole JSON, from a newer Limber or a hand's edit: kept, never cut away. */
        boolean json() {
            return json;
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
        if (readAny(bytes, offset, length) instanceof Entry entry) {
            return entry;
        }
        throw new NotARecord("a morning check-in, not a session", true);
    }

    /** Reads one line: a session ({@link Entry}) or a morning check-in ({@link MorningPain}). */
    static Object readAny(byte[] bytes, int offset, int length) throws NotARecord {
        Fields f = new Fields();
        boolean object;
        try (JsonParser p = STRICT.createParser(bytes, offset, length)) {
            JsonToken first = p.nextToken();
            object = first == JsonToken.START_OBJECT;
            if (object) {
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    f.set(name, value, p);
                }
            } else if (first != null) {
                p.skipChildren();
            }
            if (first == null || p.nextToken() != null) {
                throw new NotARecord("not one whole JSON object", false);
            }
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.startsWith("Duplicate field '")) {
                // Whole, and whichever of the two was meant can't be told: kept in the file, not read.
                throw new NotARecord(
                        "the field "
                                + message.substring(
                                        "Duplicate field ".length(),
                                        message.indexOf('\'', "Duplicate field '".length()) + 1)
                                + " is given twice",
                        true);
            }
            // Jackson's own words name its classes and features; where it stopped is what helps.
            throw new NotARecord(
                    "not valid JSON"
                            + (e instanceof JsonProcessingException j && j.getLocation() != null
                                    ? " at character " + j.getLocation().getColumnNr()
                                    : ""),
                    false);
        }
        if (!object) {
            throw new NotARecord("not a JSON object", true);
        }
        return MORNING.equals(f.type) ? f.morning() : f.entry();
    }

    /** Whether the bytes are one whole JSON value, whatever it says: a line that is not may be torn. */
    static boolean isJson(byte[] bytes, int offset, int length) {
        try (JsonParser p = JSON.createParser(bytes, offset, length)) {
            // One whole value or more: two records run together on one line are whole, not torn.
            JsonToken token = p.nextToken();
            if (token == null) {
                return false;
            }
            for (; token != null; token = p.nextToken()) {
                p.skipChildren();
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
        if (length >= 17
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && text.charAt(10) == 'T'
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
            } else if (at == length - 6
                    && (text.charAt(at) == '+' || text.charAt(at) == '-')
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

    /**
     * The fields as they are read, then checked into an entry. Any whole JSON is read without an
     * exception: a value of the wrong kind or out of range makes the line a record this version
     * can't read (kept in the file), never a torn one.
     */
    private static final class Fields {
        /** Seconds in a year: more than any session could be active, paused or planned. */
        private static final long MAX_SECONDS = 366L * 86_400;

        private static final long MAX_COUNT = 1_000_000;
        /** A number that JSON allows and a long can't hold. */
        private static final long HUGE = Long.MIN_VALUE;

        @Nullable
        Long v;

        @Nullable
        String id;

        @Nullable
        String routine;

        @Nullable
        String title;

        @Nullable
        String started;

        @Nullable
        String ended;

        @Nullable
        Long planned;

        @Nullable
        Long active;

        @Nullable
        Long paused;

        @Nullable
        Long done;

        @Nullable
        Long skipped;

        @Nullable
        Boolean completed;

        @Nullable
        String endedBy;

        @Nullable
        Long painBefore;

        @Nullable
        Long painAfter;

        @Nullable
        Boolean redFlag;

        @Nullable
        Long length;

        @Nullable
        Long work;

        @Nullable
        Long workPlanned;

        @Nullable
        Long unconfirmed;

        @Nullable
        Boolean counts;

        @Nullable
        String type;

        @Nullable
        String at;

        @Nullable
        Long pain;
        /** The first field whose value is of the wrong kind. */
        @Nullable
        String wrong;

        void set(String name, JsonToken value, JsonParser p) throws IOException {
            switch (name) {
                case "v" -> v = number(name, value, p);
                case "id" -> id = text(name, value, p);
                case "routine" -> routine = text(name, value, p);
                case "title" -> title = text(name, value, p);
                case "started" -> started = text(name, value, p);
                case "ended" -> ended = text(name, value, p);
                case "planned_s" -> planned = number(name, value, p);
                case "active_s" -> active = number(name, value, p);
                case "paused_s" -> paused = number(name, value, p);
                case "segments_done" -> done = number(name, value, p);
                case "segments_skipped" -> skipped = number(name, value, p);
                case "completed" -> completed = bool(name, value);
                case "ended_by" -> endedBy = text(name, value, p);
                case "pain_before" -> painBefore = number(name, value, p);
                case "pain_after" -> painAfter = number(name, value, p);
                case "red_flag" -> redFlag = bool(name, value);
                case "length_s" -> length = number(name, value, p);
                case "work_s" -> work = number(name, value, p);
                case "work_planned_s" -> workPlanned = number(name, value, p);
                case "reps_unconfirmed" -> unconfirmed = number(name, value, p);
                case "counts" -> counts = bool(name, value);
                case "type" -> type = text(name, value, p);
                case "at" -> at = text(name, value, p);
                case "pain" -> pain = number(name, value, p);
                default -> p.skipChildren();
            }
        }

        private @Nullable Long number(String name, JsonToken value, JsonParser p) throws IOException {
            if (value == JsonToken.VALUE_NUMBER_INT) {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? HUGE : p.getLongValue();
            }
            wrongUnlessNull(name, value, p);
            return null;
        }

        private @Nullable String text(String name, JsonToken value, JsonParser p) throws IOException {
            if (value == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            wrongUnlessNull(name, value, p);
            return null;
        }

        private @Nullable Boolean bool(String name, JsonToken value) {
            if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                return value == JsonToken.VALUE_TRUE;
            }
            if (value != JsonToken.VALUE_NULL && wrong == null) {
                wrong = name;
            }
            return null;
        }

        private void wrongUnlessNull(String name, JsonToken value, JsonParser p) throws IOException {
            if (value != JsonToken.VALUE_NULL && wrong == null) {
                wrong = name;
            }
            p.skipChildren();
        }

        MorningPain morning() throws NotARecord {
            if (wrong != null) {
                throw new NotARecord("'" + wrong + "' has a value of the wrong kind", true);
            }
            if (v == null || v < 3) {
                throw new NotARecord("a morning check-in needs format version 3 or later", true);
            }
            if (at == null) {
                throw new NotARecord("a morning check-in without 'at'", true);
            }
            return new MorningPain(
                    id == null ? "" : id, time("at", at), pain == null ? null : (int) range("pain", pain, 0, 10, 0));
        }

        Entry entry() throws NotARecord {
            if (type != null) {
                throw new NotARecord(
                        "a record of type '" + type + "', which this version of Limber doesn't know", true);
            }
            if (wrong != null) {
                throw new NotARecord("'" + wrong + "' has a value of the wrong kind", true);
            }
            if (v == null || v < 1) {
                throw new NotARecord("no format version 'v'", true);
            }
            if (routine == null
                    || started == null
                    || ended == null
                    || active == null
                    || completed == null
                    || endedBy == null) {
                throw new NotARecord("missing routine, started, ended, active_s, completed or ended_by", true);
            }
            Ending ending = Ending.ofWord(endedBy);
            if (ending == null) {
                throw new NotARecord("ended_by '" + endedBy + "' is not one this version of Limber knows", true);
            }
            OffsetDateTime start = time("started", started);
            OffsetDateTime end = time("ended", ended);
            long plannedSeconds = range("planned_s", planned, 0, MAX_SECONDS, 0);
            long activeSeconds = range("active_s", active, 0, MAX_SECONDS, 0);
            long pausedSeconds = range("paused_s", paused, 0, MAX_SECONDS, 0);
            // Limber writes started as ended less the active and paused time: a record whose times
            // can't hold its durations was made by hand, and its numbers would print as nonsense.
            long lasted = end.toEpochSecond() - start.toEpochSecond();
            if (lasted < 0 || activeSeconds + pausedSeconds > lasted + 2) {
                throw new NotARecord("its active and paused time don't fit between started and ended", true);
            }
            int segmentsDone = (int) range("segments_done", done, 0, MAX_COUNT, 0);
            int segmentsSkipped = (int) range("segments_skipped", skipped, 0, MAX_COUNT, 0);
            Integer before = painBefore == null ? null : (int) range("pain_before", painBefore, 0, 10, 0);
            Integer after = painAfter == null ? null : (int) range("pain_after", painAfter, 0, 10, 0);
            Integer lengthSeconds = length == null ? null : (int) range("length_s", length, 1, 86_400, 0);
            Effort effort = work == null || workPlanned == null
                    ? null
                    : new Effort(
                            range("work_s", work, 0, MAX_SECONDS, 0),
                            range("work_planned_s", workPlanned, 0, MAX_SECONDS, 0),
                            (int) range("reps_unconfirmed", unconfirmed, 0, MAX_COUNT, 0));
            // Format 1 did not say whether a session counts: it is estimated from its active time.
            boolean counting = counts != null
                    ? counts && completed
                    : effort != null
                            ? effort.counts(completed)
                            : Effort.estimatedFromFormat1(completed, activeSeconds, plannedSeconds);
            return new Entry(
                    id == null ? "" : id,
                    routine,
                    title == null ? routine : title,
                    start,
                    end,
                    plannedSeconds,
                    activeSeconds,
                    pausedSeconds,
                    segmentsDone,
                    segmentsSkipped,
                    completed,
                    ending,
                    before,
                    after,
                    redFlag,
                    lengthSeconds,
                    effort,
                    counting,
                    (int) Math.min(v, Integer.MAX_VALUE));
        }

        /** A number within its range, or {@code absent} when the field is missing. */
        private static long range(String name, @Nullable Long value, long min, long max, long absent)
                throws NotARecord {
            if (value == null) {
                return absent;
            }
            if (value == HUGE || value < min || value > max) {
                throw new NotARecord(
                        name + " " + (value == HUGE ? "is too large" : value + " is outside " + min + " to " + max),
                        true);
            }
            return value;
        }

        /** A time from the years a session can have taken place in, to the second. */
        private static OffsetDateTime time(String name, String text) throws NotARecord {
            try {
                OffsetDateTime time = EntryJson.time(text);
                if (time.getYear() < 1970 || time.getYear() > 9999) {
                    throw new NotARecord(name + " is outside the years 1970 to 9999", true);
                }
                return time;
            } catch (DateTimeException e) {
                throw new NotARecord(name + " is not a time like 2026-11-27T07:30:00+01:00", true);
            }
        }
    }
}
