package dev.limber.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Limber's version, written into the jar by the build. */
final class Version implements IVersionProvider {

    static String number() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/limber/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // An unreadable version file is not worth failing over; say so in the number.
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"limber " + number()};
    }

    /** Prints what {@code --version} prints, for {@link Main}'s way round picocli. */
    static int print(PrintWriter out) {
        for (String line : new Version().getVersion()) {
            out.println(line);
        }
        return Exit.OK;
    }
}
