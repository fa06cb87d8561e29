package dev.limber.tui;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/** Text measured in terminal columns and wrapped at spaces, for cues on screen and in `show`. */
public final class Words {

    private Words() {
    }

    /** Columns the text takes: wide characters (CJK, most emoji) count two. */
    public static int columns(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            columns += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return columns;
    }

    /** Breaks text at spaces into lines of at most {@code width} columns; a longer word is cut. */
    public static List<String> wrap(String text, int width) {
        int max = Math.max(1, width);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            while (columns(word) > max) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int cut = cutAt(word, max);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            if (line.length() > 0 && columns(line.toString()) + 1 + columns(word) > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The index at which the first {@code max} columns of {@code word} end (at least one character). */
    private static int cutAt(String word, int max) {
        int columns = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int w = Math.max(0, WCWidth.wcwidth(cp));
            if (columns + w > max && i > 0) {
                break;
            }
            columns += w;
            i += Character.charCount(cp);
        }
        return i;
    }
}
