package dev.limber.remind;

import dev.limber.document.Printable;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reminders from cron, where there is no systemd user session (macOS, a container): the lines a
 * person adds with {@code crontab -e}. Limber prints them and never edits a crontab itself.
 */
public final class Crontab {

    /** Characters a shell reads as themselves, so a path of only these needs no quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./+:@,=-]+");

    private Crontab() {}

    /**
     * One line a time: {@code MM HH * * * LAUNCHER remind notify --at TIMES}. The times go on the
     * line because cron leaves no file behind to read them from, and notify needs them for its window.
     *
     * @throws IllegalArgumentException when the launcher's path has a character no crontab can hold
     */
    public static List<String> lines(ReminderTimes times, Path launcher) {
        return lines(times, launcher, java.util.Map.of());
    }

    /** The same, with the variables a timer's Limber needs ({@link Reminder#CARRIED}) before the command. */
    public static List<String> lines(ReminderTimes times, Path launcher, java.util.Map<String, String> environment) {
        StringBuilder assignments = new StringBuilder();
        new java.util.TreeMap<>(environment)
                .forEach((name, value) -> assignments
                        .append(name)
                        .append('=')
                        .append(quote(value))
                        .append(' '));
        String command = assignments + quote(launcher.toString()) + " remind notify --at " + times.argument();
        return times.times().stream().map(t -> line(t, command)).toList();
    }

    private static String line(LocalTime time, String command) {
        return time.getMinute() + " " + time.getHour() + " * * * " + command;
    }

    /**
     * A path as one word for the shell cron runs the line with (in single quotes when it needs them),
     * and every "%" escaped, which cron would otherwise turn into a new line (crontab(5)).
     */
    static String quote(String path) {
        if (Printable.anyUnsafe(path)) {
            throw new IllegalArgumentException("a control character in " + path);
        }
        String word = PLAIN.matcher(path).matches() ? path : "'" + path.replace("'", "'\\''") + "'";
        return word.replace("%", "\\%");
    }
}
