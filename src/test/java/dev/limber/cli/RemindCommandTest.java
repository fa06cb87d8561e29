package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.remind.Units;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code limber remind}, in-process, against a config folder of the test's own and stand-ins on the
 * PATH for systemctl, notify-send and the limber command, each writing down how it was called.
 */
class RemindCommandTest {

    /** A Monday (so the weekly item is not yet due), 13:05 in Berlin: after the 13:00 reminder. */
    static final Clock MONDAY = at("2026-11-30T12:05:00Z");

    @TempDir
    Path home;

    private Path bin;
    private Path units;
    private Path state;

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/Berlin"));
    }

    @BeforeEach
    void standIns() throws IOException {
        bin = Files.createDirectories(home.resolve("bin"));
        units = home.resolve("config/systemd/user");
        state = home.resolve(".local/state/limber");
        script("limber", "exit 0\n");
        systemctl(true);
    }

    private Cli cli() {
        return new Cli(home)
                .clock(MONDAY)
                .env("PATH", bin.toString())
                .env("XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    private void script(String name, String body) throws IOException {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** systemctl that notes each call; with {@code session} false, there is no user manager to answer. */
    private void systemctl(boolean session) throws IOException {
        script(
                "systemctl",
                "printf '%s\\n' \"$*\" >> '" + home.resolve("systemctl.calls") + "'\n"
                        + "case \"$*\" in\n"
                        + "  '--user show-environment') exit " + (session ? 0 : 1) + " ;;\n"
                        + "  '--user is-enabled limber-remind.timer') echo enabled ;;\n"
                        + "  '--user is-active limber-remind.timer') echo active ;;\n"
                        + "esac\n");
    }

    /** notify-send that writes each argument, followed by a line "---". */
    private void notifySend() throws IOException {
        script(
                "notify-send",
                "for a in \"$@\"; do printf '%s\\n---\\n' \"$a\"; done >> '" + home.resolve("notify-send.calls")
                        + "'\n");
    }

    private List<String> calls() throws IOException {
        Path calls = home.resolve("systemctl.calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    private List<String> notified() throws IOException {
        Path calls = home.resolve("notify-send.calls");
        return Files.exists(calls) ? List.of(Files.readString(calls).split("\n---\n")) : List.of();
    }

    /** A session of {@code routine} that counts, started today at {@code time}, as a history line of format 2. */
    private void done(String routine, String title, String time) throws IOException {
        Files.createDirectories(state);
        LocalTime start = LocalTime.parse(time);
        String line = "{\"v\":2,\"id\":\"" + routine + "-" + time + "\",\"routine\":\"" + routine + "\",\"title\":\""
                + title + "\",\"started\":\"2026-11-30T" + start + ":00+01:00\",\"ended\":\"2026-11-30T"
                + start.plusSeconds(605) + "+01:00\",\"planned_s\":605,\"active_s\":605,\"paused_s\":0,"
                + "\"segments_done\":2,\"segments_skipped\":0,\"completed\":true,\"ended_by\":\"finished\","
                + "\"pain_before\":null,\"pain_after\":null,\"red_flag\":null,\"length_s\":null,\"work_s\":600,"
                + "\"work_planned_s\":600,\"reps_unconfirmed\":0,\"counts\":true}\n";
        Files.writeString(state.resolve("history.jsonl"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    // install

    @Test
    void install_writes_a_timer_for_the_program_s_times_and_a_service_then_reloads_and_enables_it() throws IOException {
        Cli.Result result = cli().run("remind", "install");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(Files.readString(units.resolve(Units.TIMER)))
                .startsWith(Units.MARKER + "\n")
                .contains(
                        "OnCalendar=*-*-* 08:00:00\nOnCalendar=*-*-* 13:00:00\nOnCalendar=*-*-* 18:00:00\n",
                        "Persistent=true\n");
        assertThat(Files.readString(units.resolve(Units.SERVICE)))
                .startsWith(Units.MARKER + "\n")
                .contains("Type=oneshot\n", "ExecStart=\"" + bin.resolve("limber") + "\" remind notify\n");
        assertThat(calls())
                .containsExactly(
                        "--user show-environment", "--user daemon-reload", "--user enable --now limber-remind.timer");
        assertThat(result.out())
                .contains(
                        "Wrote " + units.resolve(Units.TIMER) + " (every day at 08:00, 13:00 and 18:00)",
                        "Ran systemctl --user enable --now limber-remind.timer",
                        "'limber remind status' shows them");
    }

    @Test
    void the_timer_s_limber_is_given_the_folders_and_program_this_one_was_given() throws IOException {
        Cli.Result result = cli().env("LIMBER_STATE_DIR", "~/my state")
                .env("LIMBER_PROGRAM", "back-care")
                .env("XDG_STATE_HOME", "relative/ignored")
                .run("remind", "install");

        assertThat(result.status()).isZero();
        assertThat(Files.readString(units.resolve(Units.SERVICE)))
                .contains(
                        "Environment=\"LIMBER_STATE_DIR=" + home.resolve("my state") + "\"\n",
                        "Environment=\"LIMBER_PROGRAM=back-care\"\n",
                        "Environment=\"XDG_CONFIG_HOME=" + home.resolve("config") + "\"\n")
                .doesNotContain("XDG_STATE_HOME");

        systemctl(false);
        Cli.Result cron = cli().env("LIMBER_STATE_DIR", "~/my state").run("remind", "install", "--at", "09:00");
        assertThat(cron.out())
                .contains("0 9 * * * LIMBER_STATE_DIR='" + home.resolve("my state") + "' XDG_CONFIG_HOME="
                        + home.resolve("config") + " " + bin.resolve("limber") + " remind notify --at 09:00");
    }

    @Test
    void install_at_times_of_one_s_own_and_again_at_others_rewrites_the_timer() throws IOException {
        cli().run("remind", "install", "--at", "07:15,12:00");
        Cli.Result again = cli().run("remind", "install", "--at", "09:00");

        assertThat(again.status()).isZero();
        String timer = Files.readString(units.resolve(Units.TIMER));
        assertThat(timer).contains("OnCalendar=*-*-* 09:00:00\n").doesNotContain("07:15", "12:00");
        try (var files = Files.list(units)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(Units.TIMER, Units.SERVICE);
        }
    }

    @Test
    void a_dry_run_prints_the_files_and_the_commands_and_writes_and_runs_nothing() throws IOException {
        Cli.Result result = cli().run("remind", "install", "--at", "08:30", "--dry-run");

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .contains(
                        "Would write " + units.resolve(Units.TIMER) + ":\n    " + Units.MARKER + "\n",
                        "    OnCalendar=*-*-* 08:30:00\n",
                        "Would write " + units.resolve(Units.SERVICE) + ":\n",
                        "    ExecStart=\"" + bin.resolve("limber") + "\" remind notify\n",
                        "Would run:\n    systemctl --user daemon-reload\n    systemctl --user enable --now limber-remind.timer\n")
                .endsWith("Nothing written or run (--dry-run).\n");
        assertThat(home.resolve("config")).doesNotExist();
        assertThat(calls()).containsExactly("--user show-environment");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "25:00|limber: --at '25:00' is not a time of day; write HH:MM, 24-hour, such as 08:00 or 18:30",
                "8am|limber: --at '8am' is not a time of day; write HH:MM, 24-hour, such as 08:00 or 18:30",
                "08:00,13:00,08:00|limber: --at '08:00' is given twice; give each time once",
                "08:00,,13:00|limber: --at an empty time in '08:00,,13:00'; separate times with one comma, such as 08:00,13:00",
                "''|limber: --at no times; give them as HH:MM, 24-hour, separated by commas, such as 08:00,13:00,18:00"
            })
    void a_bad_time_is_a_usage_error_naming_it(String at, String error) throws IOException {
        Cli.Result result = cli().run("remind", "install", "--at", at);

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err()).isEqualTo(error + "\n");
        assertThat(result.out()).isEmpty();
        assertThat(home.resolve("config")).doesNotExist();
        assertThat(calls()).isEmpty();
    }

    @Test
    void twenty_five_times_are_too_many() {
        StringBuilder at = new StringBuilder();
        for (int hour = 0; hour < 24; hour++) {
            at.append(String.format("%02d:00,", hour));
        }
        Cli.Result result = cli().run("remind", "install", "--at", at + "12:30");

        assertThat(result.status()).isEqualTo(Exit.USAGE);
        assertThat(result.err()).isEqualTo("limber: --at 25 times; give at most 24\n");
    }

    @Test
    void without_a_user_session_it_prints_crontab_lines_and_how_to_add_them_and_writes_nothing() throws IOException {
        systemctl(false);

        Cli.Result result = cli().run("remind", "install");

        assertThat(result.status()).isZero();
        String command = "XDG_CONFIG_HOME=" + home.resolve("config") + " " + bin.resolve("limber")
                + " remind notify --at 08:00,13:00,18:00";
        assertThat(result.out())
                .contains(
                        "no systemd user session",
                        "'crontab -e' opens it",
                        "\n\n0 8 * * * " + command + "\n0 13 * * * " + command + "\n0 18 * * * " + command + "\n\n",
                        "Limber doesn't edit your crontab");
        assertThat(home.resolve("config")).doesNotExist();
        assertThat(calls()).containsExactly("--user show-environment");
    }

    @Test
    void without_systemctl_at_all_as_on_macos_it_is_cron_too() throws IOException {
        Files.delete(bin.resolve("systemctl"));

        Cli.Result result = cli().run("remind", "install", "--at", "09:45");

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .contains("45 9 * * * XDG_CONFIG_HOME=" + home.resolve("config") + " " + bin.resolve("limber")
                        + " remind notify --at 09:45\n");
    }

    @Test
    void a_unit_file_that_is_not_limber_s_is_left_alone() throws IOException {
        Files.createDirectories(units);
        Files.writeString(units.resolve(Units.TIMER), "[Timer]\nOnCalendar=daily\n");

        Cli.Result install = cli().run("remind", "install");
        Cli.Result remove = cli().run("remind", "remove");

        assertThat(install.status()).isEqualTo(Exit.IO);
        assertThat(install.err()).startsWith("limber: " + units.resolve(Units.TIMER) + " is not Limber's");
        assertThat(remove.status()).isEqualTo(Exit.IO);
        assertThat(Files.readString(units.resolve(Units.TIMER))).isEqualTo("[Timer]\nOnCalendar=daily\n");
        assertThat(units.resolve(Units.SERVICE)).doesNotExist();
        assertThat(calls()).containsExactly("--user show-environment");
    }

    @Test
    void a_systemctl_that_fails_is_said_with_its_own_words() throws IOException {
        script(
                "systemctl",
                "case \"$*\" in *enable*) echo 'Failed to enable unit: Access denied' >&2; exit 1 ;; esac\n");

        Cli.Result result = cli().run("remind", "install");

        assertThat(result.status()).isEqualTo(Exit.IO);
        assertThat(result.err())
                .isEqualTo(
                        "limber: systemctl --user enable --now limber-remind.timer failed: Failed to"
                                + " enable unit: Access denied; the files are written, and 'limber remind remove' takes them away again\n");
    }

    // remove

    @Test
    void remove_disables_the_timer_deletes_both_files_and_reloads() throws IOException {
        cli().run("remind", "install");
        Files.delete(home.resolve("systemctl.calls"));

        Cli.Result result = cli().run("remind", "remove");

        assertThat(result.status()).isZero();
        assertThat(calls())
                .containsExactly(
                        "--user show-environment",
                        "--user disable --now limber-remind.timer",
                        "--user clean --what=state limber-remind.timer",
                        "--user daemon-reload");
        assertThat(units.resolve(Units.TIMER)).doesNotExist();
        assertThat(units.resolve(Units.SERVICE)).doesNotExist();
        assertThat(result.out())
                .contains("Deleted " + units.resolve(Units.TIMER))
                .endsWith("Reminders are off.\n");
    }

    @Test
    void remove_with_nothing_installed_says_so_and_exits_0() throws IOException {
        Cli.Result result = cli().run("remind", "remove");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Reminders are not installed here");
        assertThat(calls()).containsExactly("--user show-environment");
    }

    @Test
    void remove_dry_run_says_what_it_would_do_and_does_none_of_it() throws IOException {
        cli().run("remind", "install");
        Files.delete(home.resolve("systemctl.calls"));

        Cli.Result result = cli().run("remind", "remove", "--dry-run");

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .isEqualTo("Would run systemctl --user disable --now limber-remind.timer\n"
                        + "Would run systemctl --user clean --what=state limber-remind.timer\n"
                        + "Would delete " + units.resolve(Units.TIMER) + "\n"
                        + "Would delete " + units.resolve(Units.SERVICE) + "\n"
                        + "Would run systemctl --user daemon-reload\n"
                        + "Nothing run or deleted (--dry-run).\n");
        assertThat(units.resolve(Units.TIMER)).exists();
        assertThat(calls()).containsExactly("--user show-environment");
    }

    // status

    @Test
    void status_shows_the_times_what_systemctl_says_and_the_next_reminder() throws IOException {
        cli().run("remind", "install");

        Cli.Result text = cli().run("remind", "status");
        JsonNode json = new ObjectMapper()
                .readTree(cli().run("remind", "status", "--format", "json").out());

        assertThat(text.status()).isZero();
        assertThat(text.out())
                .startsWith(
                        "Reminders: every day at 08:00, 13:00 and 18:00, when a walk or stretch is" + " still due\n")
                .contains(
                        "  runs:     " + bin.resolve("limber") + " remind notify\n",
                        "  systemctl --user is-enabled: enabled; is-active: active\n",
                        "  next:     today at 18:00\n",
                        "logged in " + state.resolve("reminders.log"));
        assertThat(json.get("systemd").asBoolean()).isTrue();
        assertThat(json.get("installed").asBoolean()).isTrue();
        assertThat(json.get("times").toString()).isEqualTo("[\"08:00\",\"13:00\",\"18:00\"]");
        assertThat(json.get("launcher").asText())
                .isEqualTo(bin.resolve("limber").toString());
        assertThat(json.get("launcher_exists").asBoolean()).isTrue();
        assertThat(json.get("enabled").asText()).isEqualTo("enabled");
        assertThat(json.get("active").asText()).isEqualTo("active");
        assertThat(json.get("next").asText()).isEqualTo("2026-11-30T18:00:00+01:00");
        assertThat(json.get("timer").asText())
                .isEqualTo(units.resolve(Units.TIMER).toString());
        assertThat(json.get("last_not_shown").isNull()).isTrue();
    }

    @Test
    void status_names_a_launcher_that_has_gone_since() throws IOException {
        cli().run("remind", "install");
        Files.delete(bin.resolve("limber"));

        assertThat(cli().run("remind", "status").out()).contains("(not there any more: install again");
    }

    @Test
    void status_with_nothing_installed_or_without_systemd_says_what_to_do() throws IOException {
        assertThat(cli().run("remind", "status").out()).startsWith("Reminders: not set up. 'limber remind install'");
        systemctl(false);
        JsonNode json = new ObjectMapper()
                .readTree(cli().run("remind", "status", "--format", "json").out());

        assertThat(cli().run("remind", "status").out()).contains("only come from cron", "'crontab -l'");
        assertThat(json.get("systemd").asBoolean()).isFalse();
        assertThat(json.get("installed").asBoolean()).isFalse();
        assertThat(json.get("enabled").isNull()).isTrue();
        assertThat(json.get("next").isNull()).isTrue();
    }

    // notify

    @Test
    void notify_names_the_walk_that_is_due_and_the_command_for_it() throws IOException {
        notifySend();

        Cli.Result result = cli().env("DISPLAY", ":0").run("remind", "notify");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        assertThat(notified())
                .containsExactly(
                        "--app-name=Limber",
                        "--",
                        "Back-friendly walk: 0 of 2–3 done today",
                        "limber run back-friendly-walk\nAlso due: Thoracic mobility today");
        assertThat(state.resolve("reminders.log")).doesNotExist();
    }

    @Test
    void notify_counts_the_day_s_walks() throws IOException {
        notifySend();
        done("back-friendly-walk", "Back-friendly walk", "08:05");
        done("back-friendly-walk", "Back-friendly walk", "12:30");
        done("thoracic-mobility", "Thoracic mobility", "12:45");

        cli().env("DISPLAY", ":0").run("remind", "notify");

        assertThat(notified())
                .containsExactly(
                        "--app-name=Limber",
                        "--",
                        "Back-friendly walk: 2 of 2–3 done today",
                        "limber run back-friendly-walk");
    }

    @Test
    void notify_is_silent_once_the_day_is_done() throws IOException {
        notifySend();
        for (String time : List.of("08:05", "10:30", "12:30")) {
            done("back-friendly-walk", "Back-friendly walk", time);
        }
        done("thoracic-mobility", "Thoracic mobility", "12:45");

        Cli.Result result = cli().env("DISPLAY", ":0").run("remind", "notify");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(notified()).isEmpty();
        assertThat(state.resolve("reminders.log")).doesNotExist();
        assertThat(cli().run("remind", "notify", "--dry-run").out())
                .isEqualTo("Nothing is due now: nothing to show.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T06:59:00Z", "2026-11-30T18:00:00Z", "2026-11-30T23:30:00Z"})
    void notify_is_silent_outside_the_day_s_reminder_window(String instant) throws IOException {
        notifySend();

        Cli.Result result = new Cli(home)
                .clock(at(instant))
                .env("PATH", bin.toString())
                .env("DISPLAY", ":0")
                .run("remind", "notify");

        assertThat(result.status()).isZero();
        assertThat(notified()).isEmpty();
    }

    @Test
    void notify_goes_by_the_installed_timer_s_times_then_by_at() throws IOException {
        notifySend();
        cli().run("remind", "install", "--at", "14:00");

        Cli.Result installed = cli().env("DISPLAY", ":0").run("remind", "notify", "--dry-run");
        Cli.Result given = cli().env("DISPLAY", ":0").run("remind", "notify", "--at", "12:30", "--dry-run");

        assertThat(installed.out())
                .isEqualTo("It is 13:05, outside the reminder window (14:00 to 15:00): nothing to" + " show.\n");
        assertThat(given.out())
                .startsWith(
                        "Would show: Back-friendly walk: 0 of 2–3 done today\n"
                                + "            limber run back-friendly-walk\n"
                                + "            Also due: Thoracic mobility today\n"
                                + "with: notify-send --app-name=Limber -- 'Back-friendly walk: 0 of 2–3 done today' $'limber run");
        assertThat(notified()).isEmpty();
    }

    @Test
    void without_a_display_notify_logs_a_line_privately_and_exits_0() throws IOException {
        notifySend();

        Cli.Result result = cli().run("remind", "notify");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        assertThat(notified()).isEmpty();
        Path log = state.resolve("reminders.log");
        assertThat(Files.readAllLines(log))
                .containsExactly("2026-11-30T13:05:00+01:00 Back-friendly walk: 0 of 2–3 done today;"
                        + " limber run back-friendly-walk; Also due: Thoracic mobility today · not shown: no desktop session"
                        + " (no DISPLAY, WAYLAND_DISPLAY or D-Bus session bus)");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state)))
                .isEqualTo("rwx------");
        assertThat(cli().run("remind", "status").out())
                .contains("; the last:\n    2026-11-30T13:05:00+01:00 Back-friendly");
    }

    @Test
    void a_notify_send_that_fails_or_is_missing_is_a_log_line_too() throws IOException {
        script("notify-send", "echo 'GDBus.Error: no notification server' >&2\nexit 1\n");

        Cli.Result failing =
                cli().env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nowhere").run("remind", "notify");
        Files.delete(bin.resolve("notify-send"));
        Cli.Result missing = cli().env("DISPLAY", ":0").run("remind", "notify");

        assertThat(failing.status()).isZero();
        assertThat(missing.status()).isZero();
        assertThat(Files.readAllLines(state.resolve("reminders.log")))
                .satisfiesExactly(
                        line -> assertThat(line)
                                .endsWith("· not shown: notify-send: GDBus.Error: no notification server"),
                        line -> assertThat(line)
                                .endsWith("· not shown: notify-send is not installed (not on the PATH)"));
    }

    // help

    @ParameterizedTest
    @ValueSource(strings = {"install", "status", "remove", "notify"})
    void each_subcommand_has_help_with_an_example(String command) {
        Cli.Result result = cli().run("remind", command, "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .startsWith("Usage: limber remind " + command)
                .contains("Examples:", "  limber remind " + command);
    }

    @Test
    void remind_alone_lists_its_commands() {
        Cli.Result result = cli().run("remind");

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .startsWith("Usage: limber remind [-h] [--no-color] COMMAND")
                .contains("  install ", "  status ", "  remove ", "  notify ");
    }
}
