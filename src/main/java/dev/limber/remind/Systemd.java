package dev.limber.remind;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The person's systemd user manager, through {@code systemctl --user}. It is there when
 * {@code systemctl --user show-environment} answers: that needs the manager itself, reached through
 * the session's XDG_RUNTIME_DIR, so it says no on macOS, in most containers, and under su or sudo
 * without a login session, which is where reminders must come from cron instead.
 */
public final class Systemd {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final Tools tools;

    public Systemd(Tools tools) {
        this.tools = tools;
    }

    /** Whether a systemd user manager answers for this person. */
    public boolean userSession() {
        return tools.run(Duration.ofSeconds(10), "systemctl", "--user", "show-environment")
                .ok();
    }

    /** {@code systemctl --user ARGS}, run. */
    public Tools.Ran user(String... args) {
        List<String> words = command(args);
        return tools.run(LIMIT, words.get(0), words.subList(1, words.size()).toArray(String[]::new));
    }

    /** {@code systemctl --user ARGS} as words, to show what is (or would be) run. */
    public static List<String> command(String... args) {
        List<String> words = new ArrayList<>(List.of("systemctl", "--user"));
        words.addAll(List.of(args));
        return words;
    }

    /** The same as one line a person can type. */
    public static String line(String... args) {
        return String.join(" ", command(args));
    }
}
