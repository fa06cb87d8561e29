package dev.limber.cli;

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

    // Escape codes around the text rather than picocli's "@|bold ...|@" markup, which routine text could contain.
    private String apply(String styles, String text) {
        if (ansi == Ansi.OFF || text.isEmpty()) {
            return text;
        }
        Ansi.IStyle[] parsed = Ansi.Style.parse(styles);
        return Ansi.Style.on(parsed) + text + Ansi.Style.off(parsed);
    }
}
