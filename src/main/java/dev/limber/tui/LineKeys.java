package dev.limber.tui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Keys for plain mode: whole lines from standard input. An empty line (Enter) finishes reps or
 * starts the routine, {@code q} stops, {@code n} skips, {@code b} goes back, {@code r} starts the
 * segment over, {@code +} and {@code -} change its time, {@code p} pauses or goes on, {@code m} mutes
 * or unmutes the bell and voice, {@code ?} says
 * the keys again. A thread of its own reads them, so waiting for a line never holds up the timer.
 */
public final class LineKeys implements Keys {

    /** Marks the end of the input in the queue. */
    private static final String END = new String("end of input");
    /** What {@link #line} answers once the input has ended: compared by identity. */
    static final String ENDED = new String("the input has ended");

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    /** Standard input is a terminal: lines come from a person, not from a script. */
    private final boolean typed;

    private boolean ended;

    /** Lines from a script or a file: every line is an answer, in order. */
    public LineKeys(InputStream in) {
        this(in, false);
    }

    /** @param typed whether {@code in} is a terminal, whose lines typed ahead may be discarded */
    public LineKeys(InputStream in, boolean typed) {
        this.typed = typed;
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                        for (String line = text.readLine(); line != null; line = text.readLine()) {
                            lines.add(line);
                        }
                    } catch (IOException e) {
                        // A broken input is an ended one.
                    } finally {
                        lines.add(END);
                    }
                },
                "limber-stdin");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The next whole line typed, waiting at most {@code timeoutNanos}: null when none came in time,
     * {@link #ENDED} once the input has ended.
     */
    @SuppressWarnings("ReferenceEquality") // END and ENDED are sentinels, told apart from typed lines by identity
    @Nullable
    String line(long timeoutNanos) {
        if (ended) {
            return ENDED;
        }
        String line;
        try {
            line = lines.poll(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (line == END) {
            ended = true;
            return ENDED;
        }
        return line;
    }

    /** Whether the lines come from a terminal, typed by a person. */
    boolean typed() {
        return typed;
    }

    /** A script's lines are read only when one is needed; a person's whenever they type one. */
    @Override
    public boolean onlyWhenNeeded() {
        return !typed;
    }

    /** Whether the input has ended, and that was seen. */
    boolean ended() {
        return ended;
    }

    /** Lines read and not yet taken, the end of the input included. */
    int pending() {
        return lines.size();
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // END and ENDED are sentinels, told apart from typed lines by identity
    public void discardTypedAhead() {
        if (!typed) {
            return;
        }
        // Keep the end of the input, which is not a line anyone typed.
        for (String line = lines.poll(); line != null; line = lines.poll()) {
            if (line == END) {
                lines.add(END);
                return;
            }
        }
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // END and ENDED are sentinels, told apart from typed lines by identity
    public @Nullable Action read(long timeoutNanos) throws IOException {
        String line = line(timeoutNanos);
        if (line == null) {
            return null;
        }
        if (line == ENDED) {
            return Action.END;
        }
        return switch (line.strip().toLowerCase(Locale.ROOT)) {
            case "" -> Action.COMPLETE;
            case "q", "quit" -> Action.QUIT;
            case "n", "next" -> Action.NEXT;
            case "b", "back" -> Action.BACK;
            case "r", "restart" -> Action.RESTART;
            case "+", "more" -> Action.MORE_TIME;
            case "-", "less" -> Action.LESS_TIME;
            case "p", "pause" -> Action.TOGGLE_PAUSE;
            case "m", "mute" -> Action.MUTE;
            case "?", "h", "help" -> Action.HELP;
            default -> Action.OTHER;
        };
    }
}
