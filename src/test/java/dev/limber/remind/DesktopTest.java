package dev.limber.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopTest {

    @TempDir
    Path dir;

    /** A title and text no program may take as options, markup or script. */
    private static final Reminder HOSTILE = new Reminder(
            "-x \"Hips\" & <b>hams</b> $(touch pwned) '; end run",
            "limber run hips\nAlso due: Walk & talk today",
            "hips");

    /** A stand-in program that writes each argument on a line of its own, then exits with {@code status}. */
    private Path program(String name, int status, String said) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve(name);
        Files.writeString(
                script,
                "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n---\\n' \"$a\"; done >> \"" + dir.resolve("args") + "\"\n"
                        + (said.isEmpty() ? "" : "echo '" + said + "' >&2\n") + "exit " + status + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private List<String> args() throws IOException {
        return List.of(Files.readString(dir.resolve("args")).split("\n---\n"));
    }

    @Test
    void notify_send_gets_the_title_and_the_text_as_arguments_of_their_own() throws IOException {
        Path bin = program("notify-send", 0, "");
        Map<String, String> env = Map.of("PATH", bin.toString(), "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nowhere");

        assertThat(new Desktop(new Tools(env), env, false).show(HOSTILE)).isEmpty();

        assertThat(args())
                .containsExactly(
                        "--app-name=Limber", "--", HOSTILE.title(), "limber run hips\nAlso due: Walk &amp; talk today");
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void osascript_gets_a_fixed_script_and_the_text_as_its_arguments() throws IOException {
        Path bin = program("osascript", 0, "");
        Map<String, String> env = Map.of("PATH", bin.toString());

        assertThat(new Desktop(new Tools(env), env, true).show(HOSTILE)).isEmpty();

        assertThat(args())
                .containsExactly(
                        "-e",
                        "on run argv",
                        "-e",
                        "display notification (item -1 of argv) with title (item -2 of argv)",
                        "-e",
                        "end run",
                        "--",
                        HOSTILE.title(),
                        HOSTILE.body());
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void without_a_display_or_a_session_bus_nothing_is_run_and_the_reason_is_given() throws IOException {
        Path bin = program("notify-send", 0, "");
        Map<String, String> env = Map.of("PATH", bin.toString(), "XDG_RUNTIME_DIR", dir.toString());

        assertThat(new Desktop(new Tools(env), env, false).show(HOSTILE))
                .contains("no desktop session (no DISPLAY, WAYLAND_DISPLAY or D-Bus session bus)");
        assertThat(dir.resolve("args")).doesNotExist();
    }

    @Test
    void the_session_bus_in_the_runtime_folder_is_a_session_as_systemd_s_user_services_have_it() throws IOException {
        Path bin = program("notify-send", 0, "");
        Files.createFile(dir.resolve("bus"));
        Map<String, String> env = Map.of("PATH", bin.toString(), "XDG_RUNTIME_DIR", dir.toString());

        assertThat(new Desktop(new Tools(env), env, false).show(HOSTILE)).isEmpty();
        assertThat(args()).hasSize(4);
    }

    @Test
    void notify_send_missing_or_failing_is_a_reason_not_an_error() throws IOException {
        Map<String, String> none = Map.of("PATH", dir.resolve("empty").toString(), "DISPLAY", ":0");
        assertThat(new Desktop(new Tools(none), none, false).show(HOSTILE))
                .contains("notify-send is not installed (not on the PATH)");

        Path bin = program("notify-send", 1, "Cannot autolaunch D-Bus without X11 $DISPLAY");
        Map<String, String> env = Map.of("PATH", bin.toString(), "WAYLAND_DISPLAY", "wayland-0");
        assertThat(new Desktop(new Tools(env), env, false).show(HOSTILE))
                .contains("notify-send: Cannot autolaunch D-Bus without X11 $DISPLAY");
    }
}
