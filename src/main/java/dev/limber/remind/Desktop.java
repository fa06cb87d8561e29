package dev.limber.remind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shows a reminder on the desktop: {@code notify-send} on Linux and the like, {@code osascript} on
 * macOS. The reminder's text is only ever an argument of its own, never part of a shell line or of
 * a script's source, so no title can run or change anything.
 */
public final class Desktop {

    /** A notification server that does not answer holds notify-send for D-Bus's 25 s; not that long. */
    private static final Duration LIMIT = Duration.ofSeconds(15);

    /**
     * The AppleScript: the title and text are the last two of its arguments (item -2 and -1), so
     * they are the same whether or not osascript passes on the "--" that ends its options.
     */
    static final List<String> APPLESCRIPT = List.of(
            "-e",
            "on run argv",
            "-e",
            "display notification (item -1 of argv) with title (item -2 of argv)",
            "-e",
            "end run");

    private final Tools tools;
    private final Map<String, String> env;
    private final boolean mac;

    /** @param mac whether this is macOS, where osascript shows notifications */
    public Desktop(Tools tools, Map<String, String> env, boolean mac) {
        this.tools = tools;
        this.env = Map.copyOf(env);
        this.mac = mac;
    }

    /** Whether Java runs on macOS. */
    public static boolean isMac() {
        return System.getProperty("os.name", "").startsWith("Mac");
    }

    /** The program and arguments that show {@code reminder}. */
    public List<String> command(Reminder reminder) {
        List<String> words = new ArrayList<>();
        if (mac) {
            words.add("osascript");
            words.addAll(APPLESCRIPT);
            words.addAll(List.of("--", reminder.title(), reminder.body()));
        } else {
            // "--": a title that starts with '-' is still the title. The body may be read as markup
            // (the notification spec's body-markup), so its &, < and > are written as entities.
            words.addAll(List.of("notify-send", "--app-name=Limber", "--", reminder.title(), markup(reminder.body())));
        }
        return words;
    }

    /** Shows {@code reminder}; empty when it was shown, else why not, in a few words. */
    public Optional<String> show(Reminder reminder) {
        if (!mac && !session()) {
            return Optional.of("no desktop session (no DISPLAY, WAYLAND_DISPLAY or D-Bus session bus)");
        }
        List<String> command = command(reminder);
        Tools.Ran ran = tools.run(
                LIMIT, command.get(0), command.subList(1, command.size()).toArray(String[]::new));
        if (ran.ok()) {
            return Optional.empty();
        }
        // Its own words are prefixed with its name; Limber's (not installed, too slow) name it already.
        return Optional.of(ran.why().isEmpty() ? command.get(0) + ": " + ran.reason() : ran.reason());
    }

    /**
     * Whether a desktop session can be reached: an X or Wayland display, or a D-Bus session bus, named
     * in the environment or at its usual place in the runtime folder (where systemd's user services
     * and GLib find it).
     */
    private boolean session() {
        for (String name : List.of("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")) {
            if (!env.getOrDefault(name, "").isEmpty()) {
                return true;
            }
        }
        String runtime = env.getOrDefault("XDG_RUNTIME_DIR", "");
        return runtime.startsWith("/") && Files.exists(Path.of(runtime, "bus"));
    }

    static String markup(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
