package dev.limber.tui;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * Text measured in terminal cells and wrapped at spaces or shortened: the one measure of width for
 * the coach, the picker and every table. A cell is what JLine's {@code WCWidth} (and so
 * {@code AttributedString.columnLength()}) counts: CJK and most emoji take two, combining marks none.
 */
public final class Words {

    /** Marks where text was cut; one cell wide. */
    public static final String ELLIPSIS = "\u2026";

    private Words() {
    }

    /** Cells the text takes: wide characters (CJK, most emoji) count two. */
    public static int columns(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            columns += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return columns;
    }

    /**
     * The text cut to at most {@code width} cells, with "…" where it was cut; the text as it is when
     * it fits. A wide character that would straddle the edge is left out whole.
     */
    public static String shorten(String text, int width) {
        if (columns(text) <= width) {
            return text;
        }
        if (width <= 0) {
            return "";
        }
        return width == 1 ? ELLIPSIS : text.substring(0, cutAt(text, width - 1, false)).stripTrailing() + ELLIPSIS;
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
                int cut = cutAt(word, max, true);
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

    /**
     * The index at which the first {@code max} cells of {@code word} end; with {@code oneAtLeast}, at
     * least one character, so that wrapping always moves on.
     */
    private static int cutAt(String word, int max, boolean oneAtLeast) {
        int columns = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int w = Math.max(0, WCWidth.wcwidth(cp));
            if (columns + w > max && (i > 0 || !oneAtLeast)) {
                break;
            }
            columns += w;
            i += Character.charCount(cp);
        }
        return i;
    }
}
