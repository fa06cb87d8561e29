package dev.limber.tui;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * Text measured in terminal cells and wrapped at spaces or shortened: the one measure of width for
 * the coach, the picker and every table. A cell is what JLine's {@code WCWidth} (and so
 * {@code AttributedString.columnLength()}) counts: CJK and most emoji take two, combining marks none.
 * Text made {@linkplain #drawable drawable} is measured as every terminal draws it.
 */
public final class Words {

    /** What marks text cut short. */
    public static final String ELLIPSIS = "\u2026";

    private Words() {}

    /**
     * {@code text} as the coach draws it, with what terminals disagree about the width of replaced by
     * what they agree on. A family emoji (a ZWJ sequence) is two cells in one terminal and six in
     * another, a flag two or four, a thumbs-up with a skin tone two or four: drawn one way and measured
     * another, every line after it lands in the wrong place. So joiners, variation selectors, skin-tone
     * modifiers and tags are dropped (each emoji then stands alone, as wide as every terminal agrees
     * it is), and a flag's two regional indicators become the letters they spell ("FR").
     */
    public static String drawable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean dropped = cp == 0x200D
                    || (cp >= 0xFE00 && cp <= 0xFE0F)
                    || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                    || (cp >= 0xE0000 && cp <= 0xE007F)
                    || (cp >= 0xE0100 && cp <= 0xE01EF);
            boolean indicator = cp >= 0x1F1E6 && cp <= 0x1F1FF;
            if ((dropped || indicator) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (indicator && out != null) {
                out.append((char) ('A' + cp - 0x1F1E6));
            } else if (!dropped && out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /**
     * Text as a report or a table prints it for a window {@code window} cells wide: on a terminal
     * {@linkplain #drawable drawable}, so that what is measured is what the terminal draws; for a file
     * or a pipe ({@code window} 0 or less) whole, so that scripts get every character as written.
     */
    public static String drawn(String text, int window) {
        return window > 0 ? drawable(text) : text;
    }

    /**
     * {@code text} in at most {@code width} columns: as it is when it fits, else cut with an ellipsis,
     * after a whole word when that keeps at least half of what would fit.
     */
    public static String cut(String text, int width) {
        if (columns(text) <= width) {
            return text;
        }
        if (width <= 0) {
            return "";
        }
        int end = cutAt(text, width - 1, false);
        int space = text.lastIndexOf(' ', end);
        if (space > 0
                && end < text.length()
                && text.charAt(end) != ' '
                && columns(text.substring(0, space)) * 2 >= width) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * The text cut to at most {@code width} cells, with "…" where it was cut; the text as it is when
     * it fits. A wide character that would straddle the edge is left out whole. For table cells,
     * where a cut at a word would waste the column.
     */
    public static String shorten(String text, int width) {
        if (columns(text) <= width) {
            return text;
        }
        if (width <= 0) {
            return "";
        }
        return width == 1
                ? ELLIPSIS
                : text.substring(0, cutAt(text, width - 1, false)).stripTrailing() + ELLIPSIS;
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

    /**
     * Breaks text at spaces into lines of at most {@code width} columns. A longer word is broken across
     * lines, with an ellipsis where the break is not between two wide characters.
     */
    public static List<String> wrap(String text, int width) {
        int max = Math.max(1, width);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +", -1)) {
            while (columns(word) > max) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // Between two wide characters (Chinese, Japanese) a line may break anywhere; elsewhere
                // a word broken in two says so with an ellipsis.
                int cut = cutAt(word, max);
                String piece = word.substring(0, cut);
                boolean wide = wide(word.codePointBefore(cut)) && wide(word.codePointAt(cut));
                int shorter = cutAt(word, max - 1);
                if (!wide && columns(word.substring(0, shorter)) < max) {
                    cut = shorter;
                    piece = word.substring(0, cut) + ELLIPSIS;
                }
                lines.add(piece);
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
     * A line of a report in lines of at most {@code width} cells: as it is when it fits; else broken at
     * its last space that fits, its own spacing kept before the break (so columns lined up stay so),
     * and the rest wrapped under it, indented as the line is, past a leading "· " or "✓ ".
     */
    public static List<String> hanging(String line, int width) {
        if (width <= 0 || columns(line) <= width) {
            return List.of(line);
        }
        String body = line.stripLeading();
        int lead = line.length() - body.length();
        int hang = Math.min(width / 2, lead + (body.startsWith("\u00b7 ") || body.startsWith("\u2713 ") ? 2 : 0));
        int end = cutAt(line, width);
        int space = line.lastIndexOf(' ', end);
        if (end < line.length() && line.charAt(end) == ' ') {
            space = end;
        }
        if (space <= hang) {
            // No space to break at: wrapped as any text is.
            return wrap(line, width);
        }
        List<String> lines = new ArrayList<>();
        lines.add(line.substring(0, space).stripTrailing());
        for (String rest : wrap(line.substring(space), width - hang)) {
            lines.add(" ".repeat(hang) + rest);
        }
        return lines;
    }

    /**
     * A question in lines of at most {@code width} cells, broken at spaces: the last line is the prompt
     * the answer is typed after, and keeps the question's trailing space. As it is when width is 0.
     */
    public static List<String> question(String question, int width) {
        // Room for a short answer after it, so that it is typed on the question's line.
        int room = width > 12 ? width - 3 : width;
        if (width <= 0 || columns(question) <= room) {
            return List.of(question);
        }
        List<String> lines = new ArrayList<>(wrap(question, room));
        if (question.endsWith(" ")) {
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " ");
        }
        return lines;
    }

    /** The index at which the first {@code max} columns of {@code word} end (at least one character). */
    private static int cutAt(String word, int max) {
        return cutAt(word, max, true);
    }

    /** As above; with {@code oneAtLeast} false, possibly none. */
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

    private static boolean wide(int cp) {
        return WCWidth.wcwidth(cp) == 2;
    }
}
