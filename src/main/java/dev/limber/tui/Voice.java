package dev.limber.tui;

import dev.limber.document.Problem;
import dev.limber.settings.PathNames;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Speaks segment names through a speech command, one phrase at a time on a thread of its own, so
 * speech never delays the timer. A phrase that comes while another is spoken replaces any that
 * waits: when the coach moves on quickly, only the newest news is worth hearing.
 */
public final class Voice implements AutoCloseable {

    /**
     * Tried in this order when no command is named. Each reads "--" as the end of its options
     * (espeak-ng and spd-say parse with getopt_long, macOS say likewise), so that a phrase is only
     * ever spoken: given "-f/etc/hostname" without it, espeak-ng reads that file aloud.
     */
    static final List<String> COMMANDS = List.of("espeak-ng", "spd-say", "say");

    private static final long LONGEST_PHRASE_SECONDS = 20;

    private final List<String> command;
    /** Whether "--" goes before the phrase: for the commands Limber knows, unless the command ends in it. */
    private final boolean endOfOptions;

    private final AtomicReference<String> waiting = new AtomicReference<>();
    private final Object signal = new Object();
    private final Thread speaker;
    private volatile @Nullable Process speaking;
    private volatile boolean closed;
    private volatile @Nullable String problem;

    private Voice(List<String> command) {
        this.command = List.copyOf(command);
        Path program = Path.of(command.get(0)).getFileName();
        this.endOfOptions = program != null
                && COMMANDS.contains(program.toString())
                && !command.get(command.size() - 1).equals("--");
        this.speaker = new Thread(this::speakAll, "limber-voice");
        speaker.setDaemon(true);
        speaker.start();
    }

    /**
     * A voice speaking through {@code voiceCommand} (split at spaces, the phrase added as the last
     * argument), or through the first of espeak-ng, spd-say and say on the PATH.
     *
     * @return empty when there is no such command, with the reason in {@code why}
     */
    public static Optional<Voice> find(@Nullable String voiceCommand, Map<String, String> env, StringBuilder why) {
        return find(voiceCommand, "--voice-cmd", env, why);
    }

    /** As {@link #find(String, Map, StringBuilder)}, naming where the command was set in {@code why}. */
    public static Optional<Voice> find(
            @Nullable String voiceCommand, String where, Map<String, String> env, StringBuilder why) {
        List<String> words = voiceCommand == null
                ? List.of()
                : Arrays.stream(voiceCommand.strip().split("\\s+"))
                        .filter(w -> !w.isEmpty())
                        .toList();
        if (voiceCommand != null) {
            if (words.isEmpty() || locate(words.get(0), env).isEmpty()) {
                why.append(where)
                        .append(": '")
                        .append(words.isEmpty() ? "" : words.get(0))
                        .append("' not found; going on without voice");
                return Optional.empty();
            }
            List<String> full = new ArrayList<>(words);
            full.set(0, locate(words.get(0), env).get().toString());
            return Optional.of(new Voice(full));
        }
        for (String name : COMMANDS) {
            Optional<Path> found = locate(name, env);
            if (found.isPresent()) {
                return Optional.of(new Voice(List.of(found.get().toString())));
            }
        }
        why.append("--voice: none of ")
                .append(String.join(", ", COMMANDS))
                .append(" is installed; going on without voice (or name one with --voice-cmd)");
        return Optional.empty();
    }

    /** The executable {@code name} on the PATH, or {@code name} itself when it is a path. */
    static Optional<Path> locate(String name, Map<String, String> env) {
        return PathNames.executable(name, env);
    }

    /** Speaks {@code phrase} soon, without waiting for it. */
    public void say(String phrase) {
        waiting.set(phrase);
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** What went wrong while speaking, if anything, to tell the person once the screen is back. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private void speakAll() {
        while (!closed) {
            String phrase = waiting.getAndSet(null);
            if (phrase == null) {
                synchronized (signal) {
                    try {
                        if (waiting.get() == null && !closed) {
                            signal.wait(1000);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                continue;
            }
            speak(phrase);
        }
    }

    /**
     * The command line that speaks {@code phrase}: the command, "--" when it knows that, and the
     * phrase, which never starts with '-', so that no speech program can take it for an option.
     */
    List<String> commandLine(String phrase) {
        List<String> words = new ArrayList<>(command);
        if (endOfOptions) {
            words.add("--");
        }
        words.add(phrase.replaceFirst("^[\\s-]+", ""));
        return words;
    }

    private void speak(String phrase) {
        List<String> words = commandLine(phrase);
        if (words.get(words.size() - 1).isEmpty()) {
            return;
        }
        try {
            Process process = new ProcessBuilder(words)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            speaking = process;
            if (!process.waitFor(LONGEST_PHRASE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            problem = "voice: cannot run " + command.get(0) + " (" + Problem.reason(e) + ")";
            closed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            speaking = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (signal) {
            signal.notifyAll();
        }
        Process process = speaking;
        if (process != null) {
            process.destroy();
        }
    }
}
