package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.limber.history.HistoryLog;
import dev.limber.progress.Entry;
import dev.limber.session.Ending;
import dev.limber.testing.Await;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crashes, kills, full disks and crowds, with real processes and real files: a session's record and
 * every record before it must survive them all (issue "Nothing breaks it, nothing is lost").
 */
@Tag("slow")
class FaultsIT {

    private static final String LIMBER = Path.of("limber").toAbsolutePath().toString();

    @TempDir
    Path home;

    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (Path mount : mounts) {
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor();
        }
    }

    private Path routine(String seconds) throws IOException {
        return Files.writeString(
                home.resolve("short-" + seconds + ".yaml"),
                "title: Short\ndefaults: {prepare: 0s}\nsteps:\n  - {name: Reach, time: " + seconds + "}\n");
    }

    /** {@code limber run ROUTINE --plain --yes --no-checkin --state-dir STATE} as a process, with stdin empty. */
    private Process session(Path routine, Path state, String tag, String... shell) throws IOException {
        List<String> command = new ArrayList<>(List.of(shell));
        command.addAll(List.of(
                LIMBER,
                "run",
                routine.toString(),
                "--plain",
                "--yes",
                "--no-checkin",
                "--state-dir",
                state.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve(tag + ".out").toFile())
                .redirectError(home.resolve(tag + ".err").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("LIMBER_CONFIG");
        builder.environment().remove("XDG_CONFIG_HOME");
        return builder.start();
    }

    private static Entry earlier(String id) {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-20T07:00:00+01:00");
        return new Entry(
                id,
                "back-friendly-walk",
                "Back-friendly walk",
                at,
                at.plusMinutes(11),
                605,
                600,
                5,
                2,
                0,
                true,
                Ending.FINISHED,
                3,
                2,
                false,
                600);
    }

    private static HistoryLog withEarlierRecords(Path state, int count) throws IOException {
        HistoryLog log = new HistoryLog(state);
        for (int i = 0; i < count; i++) {
            log.append(earlier("earlier-" + i));
        }
        return log;
    }

    /**
     * One more earlier record, its title as long as it takes for the file to end on a multiple of
     * {@code block} bytes: a disk has room left in a file's last block, and the faults below must
     * leave none.
     */
    private static void endOnBlock(HistoryLog log, int block) throws IOException {
        long start = Files.size(log.file());
        log.append(padded(0));
        long probe = Files.size(log.file()) - start;
        try (var channel = java.nio.channels.FileChannel.open(log.file(), java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(start);
        }
        log.append(padded((int) Math.floorMod(-(start + probe), (long) block)));
        assertThat(Files.size(log.file()) % block).isZero();
    }

    private static Entry padded(int length) {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-21T07:00:00+01:00");
        return new Entry(
                "padded",
                "back-friendly-walk",
                "x".repeat(length),
                at,
                at.plusMinutes(11),
                605,
                600,
                5,
                2,
                0,
                true,
                Ending.FINISHED,
                3,
                2,
                false,
                600);
    }

    /**
     * Mid-session Limber holds no file open for writing (the record is written once, at the end), so
     * what a kill -9 there can cost is the session itself: nothing of it may reach the history, not
     * even part of a line, and nothing may be left behind (a lock, a half-made file) that keeps the
     * next session from being saved.
     */
    @Test
    void kill_9_mid_session_loses_only_that_session_and_the_next_one_is_saved() throws Exception {
        Path state = home.resolve("state");
        HistoryLog log = withEarlierRecords(state, 3);
        byte[] before = Files.readAllBytes(log.file());
        Process limber = session(routine("1m"), state, "kill9");
        Await.fileContains(home.resolve("kill9.out"), "Reach");

        limber.destroyForcibly();
        assertThat(limber.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readAllBytes(log.file()))
                .as("the history, byte for byte")
                .isEqualTo(before);
        Process next = session(routine("1s"), state, "after-kill9");
        assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(next.exitValue()).isZero();
        assertThat(Files.readString(home.resolve("after-kill9.err"))).isEmpty();
        HistoryLog.Read read = log.read();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.entries()).hasSize(4).extracting(Entry::id).startsWith("earlier-0", "earlier-1", "earlier-2");
        assertThat(read.entries().get(3).endedBy()).isEqualTo(Ending.FINISHED);
    }

    @Test
    void kill_9_while_writing_costs_at_most_the_record_being_written_and_is_told_once() throws Exception {
        Path state = home.resolve("state");
        HistoryLog log = withEarlierRecords(state, 2);
        Path file = log.file();
        for (int round = 0; round < 5; round++) {
            long before = Files.size(file);
            Process writer = new ProcessBuilder(
                            "java",
                            "-cp",
                            "target/limber.jar" + File.pathSeparator + "target/test-classes",
                            "dev.limber.history.AppendForever",
                            state.toString(),
                            "round" + round)
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("writer.out").toFile())
                    .start();
            Await.until("the history to grow by 20 kB", () -> Files.size(file), size -> size >= before + 20_000);
            writer.destroyForcibly();
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();

            HistoryLog.Read read = log.read();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            long whole = text.lines().count() - (text.endsWith("\n") ? 0 : 1);
            assertThat(read.entries())
                    .as("round %d: every whole line is a record", round)
                    .hasSize((int) whole);
            assertThat(read.entries()).extracting(Entry::id).startsWith("earlier-0", "earlier-1");
            assertThat(read.warnings()).as("a torn line, if any, is told once").hasSizeLessThanOrEqualTo(1);
        }
        log.append(earlier("after"));
        HistoryLog.Read read = log.read();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.entries()).last().extracting(Entry::id).isEqualTo("after");
    }

    @Test
    void ten_sessions_ending_at_the_same_moment_leave_ten_whole_records() throws Exception {
        Path state = home.resolve("state");
        Path routine = routine("1s");
        List<Process> sessions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sessions.add(session(routine, state, "crowd" + i));
        }
        for (Process session : sessions) {
            assertThat(session.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(session.exitValue()).isZero();
        }

        HistoryLog.Read read = new HistoryLog(state).read();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.entries())
                .hasSize(10)
                .allSatisfy(e -> assertThat(e.endedBy()).isEqualTo(Ending.FINISHED));
        assertThat(read.entries()).extracting(Entry::id).doesNotHaveDuplicates();
    }

    @Test
    void a_file_size_limit_is_a_warning_the_session_goes_on_and_nothing_earlier_is_damaged() throws Exception {
        Path state = home.resolve("state");
        HistoryLog log = withEarlierRecords(state, 3);
        endOnBlock(log, 1024);
        byte[] before = Files.readAllBytes(log.file());
        // bash's ulimit -f counts kibibytes: the file may not grow at all. The JVM ignores SIGXFSZ, so
        // the write fails with an error instead of killing it.
        long blocks = before.length / 1024;
        // Limber's class-data archive is made on a first run; made here, not under the limit.
        assertThat(session(routine("1s"), home.resolve("warm-up"), "warm-up").waitFor(60, TimeUnit.SECONDS))
                .isTrue();
        Process limber = session(
                routine("1s"), state, "ulimit", "bash", "-c", "ulimit -f " + blocks + "; exec \"$@\"", "limber");
        finishedWithOneWarning(limber, "ulimit");
        assertThat(Files.readAllBytes(log.file())).isEqualTo(before);
        assertThat(log.read().entries()).hasSize(4);
        assertThat(log.read().warnings()).isEmpty();
    }

    /** The session ran to its end and exited 0, saying once, on stderr, that it could not be saved. */
    private void finishedWithOneWarning(Process limber, String tag) throws Exception {
        assertThat(limber.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(limber.exitValue()).isZero();
        assertThat(Files.readString(home.resolve(tag + ".out"))).contains("Short: finished after 1s");
        assertThat(Files.readAllLines(home.resolve(tag + ".err")))
                .singleElement()
                .asString()
                .startsWith("limber: this session was not saved to the history (");
    }

    /** A small tmpfs of our own, where this machine lets us mount one (root, as in CI). */
    private Path tmpfs(String options) throws Exception {
        Path mount = Files.createDirectories(home.resolve("disk"));
        Process process = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", mount.toString())
                .redirectErrorStream(true)
                .start();
        boolean mounted = process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        assumeTrue(
                mounted,
                "cannot mount a tmpfs here: "
                        + new String(process.getInputStream().readAllBytes()));
        mounts.add(mount);
        return mount;
    }

    @Test
    void a_full_disk_is_a_warning_the_session_goes_on_and_nothing_earlier_is_damaged() throws Exception {
        Path disk = tmpfs("size=64k");
        Path state = disk.resolve("state");
        HistoryLog log = withEarlierRecords(state, 3);
        endOnBlock(log, 4096);
        byte[] before = Files.readAllBytes(log.file());
        // Fill what is left, so that not one more byte fits.
        try (var out = Files.newOutputStream(disk.resolve("filler"))) {
            byte[] block = new byte[1024];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // The disk is full now.
        }

        finishedWithOneWarning(session(routine("1s"), state, "full"), "full");
        assertThat(Files.readAllBytes(log.file())).isEqualTo(before);
        assertThat(log.read().entries()).hasSize(4);
    }

    @Test
    void a_read_only_state_folder_is_a_warning_and_the_history_in_it_stays_readable() throws Exception {
        Path disk = tmpfs("size=1m");
        Path state = disk.resolve("state");
        HistoryLog log = withEarlierRecords(state, 3);
        Process remount = new ProcessBuilder("mount", "-o", "remount,ro", disk.toString()).start();
        assumeTrue(remount.waitFor(10, TimeUnit.SECONDS) && remount.exitValue() == 0, "cannot remount read-only");

        finishedWithOneWarning(session(routine("1s"), state, "readonly"), "readonly");
        assertThat(log.read().entries()).hasSize(3);
        ProcessBuilder history = new ProcessBuilder(LIMBER, "history", "--state-dir", state.toString());
        history.environment().put("HOME", home.toString());
        Process shown = history.redirectErrorStream(true).start();
        String table = new String(shown.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shown.waitFor()).isZero();
        assertThat(table).contains("3 sessions (");
    }

    @Test
    void sighup_and_sigterm_in_plain_mode_record_the_partial_session_with_the_right_ending() throws Exception {
        Path state = home.resolve("state");
        Path routine = routine("1m");
        for (String signal : List.of("HUP", "TERM")) {
            Process limber = session(routine, state, signal);
            Await.fileContains(home.resolve(signal + ".out"), "Reach");
            new ProcessBuilder("bash", "-c", "kill -" + signal + " " + limber.pid())
                    .start()
                    .waitFor();
            assertThat(limber.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(limber.exitValue()).isEqualTo(signal.equals("HUP") ? 129 : 143);
        }

        assertThat(new HistoryLog(state).read().entries())
                .extracting(Entry::endedBy)
                .containsExactly(Ending.HANGUP, Ending.TERMINATE);
    }

    /**
     * {@code limber run ROUTINE --plain --yes --state-dir STATE} as a process in {@code folder}, its
     * current folder, with a cleared environment; check-ins on when stdin is a pipe the test types into.
     */
    private Process sessionIn(Path folder, Path routine, Path state, String tag, boolean checkIns) throws IOException {
        return sessionIn(folder, routine, state, tag, checkIns, Map.of());
    }

    /** As above, with these in the environment too, and started through {@code shell} when given. */
    private Process sessionIn(
            Path folder,
            Path routine,
            Path state,
            String tag,
            boolean checkIns,
            Map<String, String> env,
            String... shell)
            throws IOException {
        // No controlling terminal (setsid, which execs in place: the pid stays Limber's), so the
        // check-in's questions go to stderr, whoever runs the tests.
        List<String> command = new ArrayList<>(List.of("setsid"));
        command.addAll(List.of(shell));
        command.addAll(List.of(LIMBER, "run", routine.toString(), "--plain", "--yes", "--state-dir", state.toString()));
        if (!checkIns) {
            command.add("--no-checkin");
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectOutput(home.resolve(tag + ".out").toFile())
                .redirectError(home.resolve(tag + ".err").toFile());
        if (!checkIns) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Sends the named signal, with kill(1); answers the signal's number, as {@code kill -l} gives it. */
    private static int kill(String signal, long pid) throws Exception {
        ProcessBuilder kill = new ProcessBuilder("bash", "-c", "kill -" + signal + " " + pid + " && kill -l " + signal);
        kill.environment().clear();
        kill.environment().put("PATH", System.getenv("PATH"));
        Process process = kill.start();
        String number = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).isZero();
        return Integer.parseInt(number);
    }

    /**
     * Every signal that asks a program to end and that Java can catch, besides SIGTERM and SIGHUP
     * above: the system used to end Limber at once, unsaved (SIGUSR2 crashed Java 17, with a crash
     * report in the current folder). Now each ends the session as SIGTERM does, saved.
     */
    @ParameterizedTest
    @ValueSource(strings = {"USR1", "USR2", "ALRM", "VTALRM", "PROF", "IO", "PWR", "STKFLT", "XCPU"})
    void every_signal_that_asks_limber_to_end_saves_the_session_first_and_leaves_nothing_in_the_folder(String signal)
            throws Exception {
        Path state = home.resolve("state");
        Path here = Files.createDirectories(home.resolve("here"));
        Process limber = sessionIn(here, routine("1m"), state, signal, false);
        Await.fileContains(home.resolve(signal + ".out"), "Reach");

        int number = kill(signal, limber.pid());
        assertThat(limber.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(limber.exitValue()).isEqualTo(128 + number);
        assertThat(Files.readString(home.resolve(signal + ".out")))
                .contains("Short: stopped by SIG" + signal + " after");
        assertThat(Files.readString(home.resolve(signal + ".err"))).isEmpty();
        assertThat(new HistoryLog(state).read().entries())
                .singleElement()
                .extracting(Entry::endedBy)
                .isEqualTo(Ending.TERMINATE);
        assertThat(here).isEmptyDirectory();
    }

    @Test
    void a_signal_while_the_last_questions_are_asked_still_saves_the_session() throws Exception {
        Path state = home.resolve("state");
        Process limber = sessionIn(home, routine("1s"), state, "questions", true);
        // The questions go to stderr (no terminal anywhere), the coaching to the output file.
        Await.fileContains(home.resolve("questions.err"), "Pain right now");
        limber.getOutputStream().write("3\n".getBytes(StandardCharsets.UTF_8));
        limber.getOutputStream().flush();
        Await.fileContains(home.resolve("questions.out"), "Short: finished after 1s.");
        Await.fileContains(home.resolve("questions.err"), "(Enter to skip) 3\nPain right now");

        int number = kill("USR1", limber.pid());
        assertThat(limber.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(limber.exitValue()).isEqualTo(128 + number);
        assertThat(new HistoryLog(state).read().entries()).singleElement().satisfies(entry -> {
            assertThat(entry.endedBy()).isEqualTo(Ending.FINISHED);
            assertThat(entry.painBefore()).isEqualTo(3);
            assertThat(entry.painAfter()).isNull();
        });
    }

    @Test
    void sigquit_prints_no_thread_dump_and_the_session_goes_on() throws Exception {
        Path state = home.resolve("state");
        Path here = Files.createDirectories(home.resolve("here"));
        Process limber = sessionIn(here, routine("3s"), state, "quit", false);
        Await.fileContains(home.resolve("quit.out"), "Reach");

        kill("QUIT", limber.pid());
        assertThat(limber.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(limber.exitValue()).isZero();
        assertThat(Files.readString(home.resolve("quit.out")))
                .contains("Short: finished after 3s")
                .doesNotContain("thread dump");
        assertThat(Files.readString(home.resolve("quit.err"))).isEmpty();
        assertThat(new HistoryLog(state).read().entries())
                .singleElement()
                .extracting(Entry::endedBy)
                .isEqualTo(Ending.FINISHED);
        assertThat(here).isEmptyDirectory();
    }

    /** As nohup ignores SIGHUP: a signal ignored when Limber started is left ignored. */
    @Test
    void signals_ignored_when_limber_started_stay_ignored() throws Exception {
        Path state = home.resolve("state");
        Process limber = sessionIn(
                home,
                routine("3s"),
                state,
                "ignored",
                false,
                Map.of(),
                "bash",
                "-c",
                "trap '' HUP USR1; exec \"$@\"",
                "limber");
        Await.fileContains(home.resolve("ignored.out"), "Reach");

        kill("HUP", limber.pid());
        kill("USR1", limber.pid());
        assertThat(limber.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(limber.exitValue()).isZero();
        assertThat(Files.readString(home.resolve("ignored.out"))).contains("Short: finished after 3s");
        assertThat(new HistoryLog(state).read().entries())
                .singleElement()
                .extracting(Entry::endedBy)
                .isEqualTo(Ending.FINISHED);
    }

    /**
     * The flight recorder samples threads with a signal of the JVM's own (SIGUSR2 but on Linux, where
     * the launcher moves it so that SIGUSR2 can end a session), and CPU time with SIGPROF on Java 25:
     * neither may end a session that is being profiled.
     */
    @Test
    void a_session_under_the_flight_recorder_runs_to_its_end() throws Exception {
        Path state = home.resolve("state");
        Path here = Files.createDirectories(home.resolve("here"));
        Process limber = sessionIn(
                here,
                routine("2s"),
                state,
                "profiled",
                false,
                Map.of(
                        "JDK_JAVA_OPTIONS",
                        "-XX:StartFlightRecording=filename=" + home.resolve("limber.jfr") + ",settings=profile"));
        assertThat(limber.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(limber.exitValue()).isZero();
        assertThat(Files.readString(home.resolve("profiled.out"))).contains("Short: finished after 2s");
        assertThat(home.resolve("limber.jfr")).isNotEmptyFile();
        assertThat(here).isEmptyDirectory();
    }

    @Test
    void a_signal_while_the_save_waits_for_a_held_lock_still_keeps_the_session() throws Exception {
        Path state = home.resolve("state");
        HistoryLog log = withEarlierRecords(state, 1);
        // Another process holds the history's lock, as a stuck Limber would.
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.limber.history.HoldLock",
                        log.file().toString())
                .redirectError(new File("/dev/null"))
                .start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8))
                    .isEqualTo("locked");
            Process limber = session(routine("1s"), state, "held");
            Await.fileContains(home.resolve("held.err"), "waiting for another program that holds");

            kill("TERM", limber.pid());
            assertThat(limber.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(limber.exitValue()).isEqualTo(143);
            assertThat(log.read().entries()).hasSize(2);
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(log.read().entries())
                .hasSize(2)
                .last()
                .extracting(Entry::endedBy)
                .isEqualTo(Ending.FINISHED);
    }
}
