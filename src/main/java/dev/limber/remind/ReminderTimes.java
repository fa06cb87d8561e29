package dev.limber.remind;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times of day reminders come at: 1 to 24 distinct minutes, in order. They also make the day's
 * reminder window, from the first to an hour after the last, outside which no reminder is shown.
 */
public record ReminderTimes(List<LocalTime> times) {

    /** The most times a day. */
    public static final int MOST = 24;
    /** How long after the last time a reminder may still come (a timer late from sleep, a slow start). */
    static final int GRACE_MINUTES = 60;

    private static final Pattern TIME = Pattern.compile("([0-9]{1,2}):([0-9]{2})");

    public ReminderTimes {
        TreeSet<LocalTime> sorted = new TreeSet<>();
        for (LocalTime time : times) {
            if (time.getSecond() != 0 || time.getNano() != 0) {
                throw new IllegalArgumentException("a reminder time is to the minute: " + time);
            }
            sorted.add(time);
        }
        if (sorted.isEmpty() || sorted.size() > MOST || sorted.size() != times.size()) {
            throw new IllegalArgumentException("1 to 24 distinct times: " + times);
        }
        times = List.copyOf(sorted);
    }

    /** Why a list of times as someone wrote it is not one. */
    public static final class BadTimes extends Exception {
        private static final long serialVersionUID = 1L;

        BadTimes(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * Times as people type them: {@code 08:00,13:00,18:00}, 24-hour, an hour of one or two digits,
     * spaces around the commas allowed.
     *
     * @throws BadTimes naming the first value that is not a time, or the one given twice
     */
    public static ReminderTimes parse(String written) throws BadTimes {
        if (written.isBlank()) {
            throw new BadTimes("no times; give them as HH:MM, 24-hour, separated by commas, such as 08:00,13:00,18:00");
        }
        List<LocalTime> times = new ArrayList<>();
        for (String item : written.split(",", -1)) {
            String value = item.strip();
            Matcher m = TIME.matcher(value);
            if (value.isEmpty()) {
                throw new BadTimes(
                        "an empty time in '" + written + "'; separate times with one comma, such as" + " 08:00,13:00");
            }
            if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
                throw new BadTimes(
                        "'" + value + "' is not a time of day; write HH:MM, 24-hour, such as 08:00 or" + " 18:30");
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (times.contains(time)) {
                throw new BadTimes("'" + value + "' is given twice; give each time once");
            }
            times.add(time);
        }
        if (times.size() > MOST) {
            throw new BadTimes(times.size() + " times; give at most " + MOST);
        }
        return new ReminderTimes(times);
    }

    /** Whether {@code now} is within the day's window: from the first time to an hour after the last. */
    public boolean within(LocalTime now) {
        int minute = now.getHour() * 60 + now.getMinute();
        LocalTime last = times.get(times.size() - 1);
        // The window ends with the day: after midnight it is a new day, with its own walks.
        int end = Math.min(last.getHour() * 60 + last.getMinute() + GRACE_MINUTES, 24 * 60);
        LocalTime first = times.get(0);
        return minute >= first.getHour() * 60 + first.getMinute() && minute < end;
    }

    /** The window as people read it: "08:00 to 19:00" ("to midnight" when it runs to the day's end). */
    public String window() {
        LocalTime last = times.get(times.size() - 1);
        boolean toMidnight = last.getHour() * 60 + last.getMinute() + GRACE_MINUTES >= 24 * 60;
        return times.get(0) + " to "
                + (toMidnight ? "midnight" : last.plusMinutes(GRACE_MINUTES).toString());
    }

    /** The first reminder after {@code now}: later today, or the first tomorrow. */
    public LocalDateTime next(LocalDateTime now) {
        Optional<LocalTime> later =
                times.stream().filter(t -> t.isAfter(now.toLocalTime())).findFirst();
        return later.map(t -> now.toLocalDate().atTime(t))
                .orElseGet(() -> now.toLocalDate().plusDays(1).atTime(times.get(0)));
    }

    /** "08:00, 13:00 and 18:00". */
    public String text() {
        List<String> each = times.stream().map(LocalTime::toString).toList();
        return each.size() == 1
                ? each.get(0)
                : String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.get(each.size() - 1);
    }

    /** "08:00,13:00,18:00", as {@code --at} takes them. */
    public String argument() {
        return String.join(",", times.stream().map(LocalTime::toString).toList());
    }
}
