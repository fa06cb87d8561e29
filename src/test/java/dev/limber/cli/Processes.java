package dev.limber.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Processes for tests, each in an environment cleared of everything but what starting Java needs
 * and a home of its own: no test reads or writes the real home, and no LIMBER_* or XDG_* setting of
 * whoever runs the tests changes what it sees.
 */
final class Processes {

    /** The launcher in the checkout, as a person runs it. */
    static final String LIMBER = Path.of("limber").toAbsolutePath().toString();

    private Processes() {}

    /** The variables every test process gets: PATH as given, the JDK the tests run on, a UTF-8 locale, and HOME. */
    static Map<String, String> environment(Path home) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("LANG", "C.UTF-8");
        env.put("HOME", home.toString());
        return env;
    }

    /** {@code command} in {@link #environment}. */
    static ProcessBuilder hermetic(Path home, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment(home));
        return builder;
    }

    /**
     * As {@link #hermetic}, in a session of its own with no controlling terminal (setsid), as under
     * a service or a CI runner: there is no {@code /dev/tty} for it to find, whoever runs the tests.
     */
    static ProcessBuilder detached(Path home, List<String> command) {
        List<String> detached = new ArrayList<>(List.of("setsid", "--wait"));
        detached.addAll(command);
        return hermetic(home, detached);
    }
}
