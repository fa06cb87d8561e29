package dev.limber.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.limber.settings.PathNames;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

    @TempDir
    Path dir;

    @Test
    void the_timer_has_a_calendar_line_a_time_and_catches_up_once_after_sleep() throws Exception {
        String timer = Units.timer(ReminderTimes.parse("08:00,13:00,18:30"));

        assertThat(timer)
                .startsWith(Units.MARKER + "\n")
                .contains("[Timer]\nOnCalendar=*-*-* 08:00:00\nOnCalendar=*-*-* 13:00:00\nOnCalendar=*-*-* 18:30:00\n")
                .contains("Persistent=true\n")
                .endsWith("[Install]\nWantedBy=timers.target\n");
        assertThat(Units.times(timer)).contains(ReminderTimes.parse("08:00,13:00,18:30"));
    }

    @Test
    void the_service_runs_notify_once_by_the_launcher_s_full_path_quoted_for_systemd() {
        Path launcher = Path.of("/opt/my tools %d $HOME/bin/limber");

        String service = Units.service(launcher);

        assertThat(service)
                .startsWith(Units.MARKER + "\n")
                .contains("Type=oneshot\n")
                .contains("ExecStart=\"/opt/my tools %%d $HOME/bin/limber\" remind notify\n");
        assertThat(Units.launcher(service)).contains(launcher.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/opt/it's/limber", "/opt/\"x\"/limber", "/opt/back\\slash/limber", "/opt/a\tb/limber"})
    void a_path_systemd_runs_no_program_from_is_refused(String path) {
        assertThat(Units.runnable(path)).isFalse();
        assertThatThrownBy(() -> Units.service(Path.of(path))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_files_with_the_marker_line_are_limber_s() {
        assertThat(Units.isLimbers(Units.service(Path.of("/usr/bin/limber")))).isTrue();
        assertThat(Units.isLimbers("[Timer]\nOnCalendar=daily\n# Written by Limber\n"))
                .isFalse();
        assertThat(Units.times("[Timer]\nOnCalendar=daily\n")).isEmpty();
    }

    /**
     * systemd itself reads both files as it would from ~/.config/systemd/user: no unknown key, no
     * calendar it can't parse (only a warning, hence no output at all is asked), and the command
     * there, at a path with every character the quoting is for.
     */
    @Test
    void systemd_analyze_verify_accepts_both_units() throws Exception {
        Path launcher =
                Files.createDirectories(dir.resolve("my tools %d $HOME")).resolve("limber");
        Files.writeString(launcher, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path units = Files.createDirectories(dir.resolve("units"));
        Path timer =
                Files.writeString(units.resolve(Units.TIMER), Units.timer(ReminderTimes.parse("07:30,12:00,21:45")));
        Path service = Files.writeString(units.resolve(Units.SERVICE), Units.service(launcher));

        Verified verified = verify(timer, service);

        assertThat(verified.said()).isEmpty();
        assertThat(verified.status()).isZero();
    }

    @Test
    void systemd_analyze_verify_would_notice_a_command_that_is_not_there() throws Exception {
        Path units = Files.createDirectories(dir.resolve("units"));
        Path service = Files.writeString(units.resolve(Units.SERVICE), Units.service(dir.resolve("no such limber")));

        Verified verified = verify(service);

        // The quoted path reached systemd whole: it names the missing file, space and all.
        assertThat(verified.said()).contains(dir.resolve("no such limber").toString());
        assertThat(verified.status()).isNotZero();
    }

    private record Verified(int status, String said) {}

    /** {@code systemd-analyze --user verify FILES}, as for a person's own units, in a home of the test's. */
    private Verified verify(Path... files) throws Exception {
        Map<String, String> env = Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        Optional<Path> analyze = PathNames.executable("systemd-analyze", env);
        assumeThat(analyze)
                .as("systemd-analyze is installed (apt-get install systemd); CI has it")
                .isPresent();
        Path runtime = Files.createDirectories(dir.resolve("runtime"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        List<String> command = new ArrayList<>(List.of(analyze.get().toString(), "--user", "verify"));
        Arrays.stream(files).map(Path::toString).forEach(command::add);
        ProcessBuilder verify = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        verify.environment().clear();
        verify.environment().putAll(env);
        verify.environment().put("HOME", dir.toString());
        // The user manager's runtime folder, which --user needs to exist; the test's own.
        verify.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        Process process = verify.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Verified(process.exitValue(), said);
    }
}
