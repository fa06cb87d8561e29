package dev.limber.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether output goes to a person at a terminal, for colour. */
final class Terminals {

    private Terminals() {}

    @SuppressWarnings("SystemConsoleNull") // Java 22's console that is no terminal is asked isTerminal() below
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From Java 22 a console exists even when redirected; isTerminal() then tells the truth.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
