package dev.limber.remind;

import dev.limber.document.Printable;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The systemd user units that bring reminders: {@code limber-remind.timer}, one {@code OnCalendar=}
 * a time, and {@code limber-remind.service}, which runs {@code limber remind notify}. Both start with
 * {@link #MARKER}, so that Limber rewrites or removes only files it wrote.
 */
public final class Units {

    public static final String TIMER = "limber-remind.timer";
    public static final String SERVICE = "limber-remind.service";
    /** The first line of each file; a file without it is not Limber's to change. */
    public static final String MARKER =
            "# Written by Limber (limber remind install); 'limber remind remove' removes it.";

    private static final String DESCRIPTION = "Description=Limber: a reminder when a walk or stretch is due\n";
    private static final Pattern CALENDAR = Pattern.compile("OnCalendar=\\*-\\*-\\* ([0-9]{2}):([0-9]{2}):00");

    private Units() {}

    /** Where systemd looks for a person's own units: {@code $XDG_CONFIG_HOME/systemd/user}. */
    public static Path folder(Path configHome) {
        return configHome.resolve("systemd").resolve("user");
    }

    /** The timer: every day at each time, and a time missed while the computer slept, once on waking. */
    public static String timer(ReminderTimes times) {
        StringBuilder out = new StringBuilder(MARKER)
                .append('\n')
                .append("[Unit]\n")
                .append(DESCRIPTION)
                .append('\n')
                .append("[Timer]\n");
        for (LocalTime time : times.times()) {
            out.append("OnCalendar=*-*-* ").append(time).append(":00\n");
        }
        return out.append("# A reminder missed while the computer was asleep or off comes once, on waking.\n")
                .append("Persistent=true\n\n")
                .append("[Install]\nWantedBy=timers.target\n")
                .toString();
    }

    /**
     * The service the timer starts: {@code LAUNCHER remind notify}, once, and done.
     *
     * @throws IllegalArgumentException when the launcher's path has a character systemd runs no program from
     */
    public static String service(Path launcher) {
        return service(launcher, java.util.Map.of());
    }

    /**
     * The service, with the variables that chose where the history and the program are
     * ({@link Reminder#CARRIED}): a timer's Limber must read the history the person's Limber writes.
     */
    public static String service(Path launcher, java.util.Map<String, String> environment) {
        StringBuilder text =
                new StringBuilder(MARKER + "\n" + "[Unit]\n" + DESCRIPTION + "\n" + "[Service]\n" + "Type=oneshot\n");
        new java.util.TreeMap<>(environment)
                .forEach((name, value) -> text.append("Environment=")
                        .append(environmentWord(name + "=" + value))
                        .append('\n'));
        return text.append("ExecStart=")
                .append(executable(launcher.toString()))
                .append(" remind notify\n")
                .toString();
    }

    /**
     * One assignment as an {@code Environment=} word (systemd.exec(5)): in double quotes, a quote or a
     * backslash escaped with a backslash, and "%" doubled, which systemd would read as a specifier.
     */
    static String environmentWord(String assignment) {
        if (Printable.anyUnsafe(assignment)) {
            throw new IllegalArgumentException("a control character in " + assignment);
        }
        return '"' + assignment.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%") + '"';
    }

    /**
     * Whether systemd can run a program from {@code path}: it refuses one with a quote, a backslash
     * or a control character in it ("Executable name contains special characters").
     */
    public static boolean runnable(String path) {
        return path.codePoints().noneMatch(c -> c == '"' || c == '\'' || c == '\\' || Printable.unsafe(c));
    }

    /**
     * A program's path as the first word of an {@code ExecStart=} line (systemd.syntax(7),
     * systemd.service(5)): in double quotes, for spaces, and with "%" doubled, which systemd would
     * otherwise read as a specifier. A "$" is itself there: the program is never a variable.
     */
    static String executable(String path) {
        if (!runnable(path)) {
            throw new IllegalArgumentException("systemd runs no program from " + path);
        }
        return '"' + path.replace("%", "%%") + '"';
    }

    /** Whether a unit file's text is Limber's: its first line, or any line, is {@link #MARKER}. */
    public static boolean isLimbers(String text) {
        return text.lines().anyMatch(MARKER::equals);
    }

    /** The times in a timer Limber wrote (its {@code OnCalendar=} lines); empty when it has none. */
    public static Optional<ReminderTimes> times(String timer) {
        List<LocalTime> times = new ArrayList<>();
        for (String line : (Iterable<String>) timer.lines()::iterator) {
            Matcher m = CALENDAR.matcher(line.strip());
            if (m.matches()) {
                int hour = Integer.parseInt(m.group(1));
                int minute = Integer.parseInt(m.group(2));
                LocalTime time = hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
                if (time != null && !times.contains(time)) {
                    times.add(time);
                }
            }
        }
        return times.isEmpty() || times.size() > ReminderTimes.MOST
                ? Optional.empty()
                : Optional.of(new ReminderTimes(times));
    }

    /** The program a service Limber wrote runs (the first word of its {@code ExecStart=}), if it has one. */
    public static Optional<String> launcher(String service) {
        for (String line : (Iterable<String>) service.lines()::iterator) {
            if (line.startsWith("ExecStart=")) {
                return Optional.of(unquote(line.substring("ExecStart=".length())));
            }
        }
        return Optional.empty();
    }

    /** The first word of a line {@link #executable} wrote (or a plain word), as the path it stands for. */
    private static String unquote(String line) {
        String word;
        if (line.startsWith("\"")) {
            int end = line.indexOf('"', 1);
            word = end < 0 ? line.substring(1) : line.substring(1, end);
        } else {
            int space = line.indexOf(' ');
            word = space < 0 ? line : line.substring(0, space);
        }
        return word.replace("%%", "%");
    }
}
