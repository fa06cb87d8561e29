package dev.limber.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The one way tests wait for another process or thread: look again every few milliseconds until
 * what is seen is what is wanted, and fail with the last thing seen once patience runs out. Never a
 * bare sleep, and never a loop that quietly goes on as if it had seen it.
 */
public final class Await {

    /** Long enough for a JVM to start on a busy two-core machine; a passing test never waits it out. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final long POLL_MILLIS = 20;

    private Await() {}

    /** A look at something another process or thread changes: a file, a screen, a size. */
    @FunctionalInterface
    public interface Look<T> {
        T get() throws IOException, InterruptedException;
    }

    /**
     * Looks until {@code wanted} holds of what is seen, and answers that; fails with {@code what}
     * and the last look after {@code patience}.
     */
    public static <T> T until(String what, Duration patience, Look<T> look, Predicate<? super T> wanted)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        T seen = look.get();
        while (!wanted.test(seen)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + patience.toSeconds() + " s for " + what + "; last seen:\n" + seen);
            }
            Thread.sleep(POLL_MILLIS);
            seen = look.get();
        }
        return seen;
    }

    /** As {@link #until(String, Duration, Look, Predicate)}, with the usual {@link #PATIENCE}. */
    public static <T> T until(String what, Look<T> look, Predicate<? super T> wanted)
            throws IOException, InterruptedException {
        return until(what, PATIENCE, look, wanted);
    }

    /** Waits until {@code file} exists and holds {@code text}; answers its content then. */
    public static String fileContains(Path file, String text) throws IOException, InterruptedException {
        return until(
                "'" + text + "' in " + file,
                () -> Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "",
                s -> s.contains(text));
    }

    /**
     * Whether {@code done} came true within {@code patience}, for clean-up that tries again and must
     * not fail the test it follows when it cannot finish.
     */
    public static boolean within(Duration patience, BooleanSupplier done) throws InterruptedException {
        try {
            until("clean-up", patience, done::getAsBoolean, Boolean::booleanValue);
            return true;
        } catch (AssertionError timedOut) {
            return false;
        } catch (IOException cannot) {
            throw new AssertionError("a BooleanSupplier throws no IOException", cannot);
        }
    }

    /**
     * Checks {@code steady} of every look for the whole of {@code period}: for what must not change
     * (a paused countdown), where waiting for a change would pass at once.
     */
    public static <T> void holds(Duration period, Look<T> look, Consumer<? super T> steady)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + period.toNanos();
        do {
            steady.accept(look.get());
            Thread.sleep(POLL_MILLIS * 5);
        } while (System.nanoTime() - end < 0);
    }
}
