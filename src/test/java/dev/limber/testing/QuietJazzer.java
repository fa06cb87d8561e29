package dev.limber.testing;

import com.code_intelligence.jazzer.utils.Log;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a fuzz test with a dictionary: Jazzer says "INFO: Creating merged dictionary from 1 sources"
 * on stderr before each of its seeds, also when the seeds only run as plain tests and no fuzzer
 * reads the dictionary: ninety lines of every build. While not fuzzing (bench/fuzz.sh sets
 * JAZZER_FUZZ), Jazzer's own log goes nowhere; a seed that fails still fails its test, as JUnit says.
 */
public final class QuietJazzer implements BeforeAllCallback, AfterAllCallback {

    private static boolean fuzzing() {
        String fuzz = System.getenv("JAZZER_FUZZ");
        return fuzz != null && !fuzz.isEmpty() && !fuzz.equals("0");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!fuzzing()) {
            Log.fixOutErr(System.out, new PrintStream(OutputStream.nullOutputStream()));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!fuzzing()) {
            Log.fixOutErr(System.out, System.err);
        }
    }
}
