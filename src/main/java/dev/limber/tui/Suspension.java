package dev.limber.tui;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * Stops this process the way Ctrl-Z would have, after the coach has given the terminal back. The
 * coach handles SIGTSTP itself (to restore the terminal first), so it stops itself with SIGSTOP,
 * which cannot be caught; the shell sees a stopped job, and {@code fg} continues it.
 */
final class Suspension {

    private Suspension() {}

    static void stopThisProcess() {
        try {
            // sun.misc.Signal (module jdk.unsupported) raises a signal in this process, as C's raise() does.
            Class<?> signal = Class.forName("sun.misc.Signal");
            Constructor<?> named = signal.getConstructor(String.class);
            Method raise = signal.getMethod("raise", signal);
            raise.invoke(null, named.newInstance("STOP"));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            stopWithKill();
        }
    }

    private static void stopWithKill() {
        try {
            new ProcessBuilder(
                            "kill",
                            "-STOP",
                            Long.toString(ProcessHandle.current().pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            // No way to stop: the session simply stays paused on screen.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
