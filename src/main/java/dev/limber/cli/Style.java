package dev.limber.cli;

import java.util.Arrays;
import picocli.CommandLine.Help.Ansi;

/** The few text styles Limber prints with, on or off as a whole. */
record Style(Ansi ansi) {

    String bold(String text) {
        return apply("bold", text);
    }

    String faint(String text) {
        return apply("faint", text);
    }

    String warn(String text) {
        return apply("yellow", text);
    }

    String error(String text) {
        return apply("red,bold", text);
    }

    // Ansi.apply rather than picocli's "@|bold ...|@" markup, which routine text could contain.
    private String apply(String styles, String text) {
        if (ansi == Ansi.OFF || text.isEmpty()) {
            return text;
        }
        return ansi.apply(text, Arrays.asList(Ansi.Style.parse(styles))).toString();
    }
}
