package dev.limber.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Block digits for the countdown, as termdown draws them: a 3x5 pixel font. At size {@code n} a
 * pixel is {@code n} columns wide and {@code n} half-rows tall (a terminal cell is about twice as
 * tall as wide, so pixels stay square); half-block characters draw the odd half-rows. So the digits
 * come in every height from 3 rows (size 1) through 5, 8, 10, 13 and on, and the coach can pick the
 * largest that fits rather than jump from 5 rows to 10.
 */
final class BigDigits {

    /** Pixel rows of a glyph. */
    private static final int PIXEL_ROWS = 5;

    private static final Map<Character, String[]> GLYPHS = Map.ofEntries(
            Map.entry('0', new String[] {"###", "# #", "# #", "# #", "###"}),
            Map.entry('1', new String[] {" # ", "## ", " # ", " # ", "###"}),
            Map.entry('2', new String[] {"###", "  #", "###", "#  ", "###"}),
            Map.entry('3', new String[] {"###", "  #", "###", "  #", "###"}),
            Map.entry('4', new String[] {"# #", "# #", "###", "  #", "  #"}),
            Map.entry('5', new String[] {"###", "#  ", "###", "  #", "###"}),
            Map.entry('6', new String[] {"###", "#  ", "###", "# #", "###"}),
            Map.entry('7', new String[] {"###", "  #", "  #", "  #", "  #"}),
            Map.entry('8', new String[] {"###", "# #", "###", "# #", "###"}),
            Map.entry('9', new String[] {"###", "# #", "###", "  #", "###"}),
            Map.entry(':', new String[] {" ", "#", " ", "#", " "}),
            Map.entry(' ', new String[] {" ", " ", " ", " ", " "}));

    private BigDigits() {}

    /** Pixels across {@code text}: its glyphs with one blank pixel between each two. */
    static int pixels(String text) {
        int pixels = 0;
        for (int i = 0; i < text.length(); i++) {
            pixels += glyph(text.charAt(i))[0].length();
        }
        return pixels + Math.max(0, text.length() - 1);
    }

    /** Columns {@code text} takes at {@code size}. */
    static int width(String text, int size) {
        return pixels(text) * size;
    }

    /** Rows the digits take at {@code size}: five pixels of {@code size} half-rows each, rounded up. */
    static int height(int size) {
        return (PIXEL_ROWS * size + 1) / 2;
    }

    /** The text drawn in blocks, {@link #height} lines of {@link #width} columns. */
    static List<String> render(String text, int size) {
        int columns = width(text, size);
        boolean[][] lit = new boolean[PIXEL_ROWS * size][columns];
        int x = 0;
        for (int i = 0; i < text.length(); i++) {
            String[] glyph = glyph(text.charAt(i));
            for (int row = 0; row < PIXEL_ROWS; row++) {
                for (int col = 0; col < glyph[row].length(); col++) {
                    if (glyph[row].charAt(col) == '#') {
                        for (int dy = 0; dy < size; dy++) {
                            for (int dx = 0; dx < size; dx++) {
                                lit[row * size + dy][x + col * size + dx] = true;
                            }
                        }
                    }
                }
            }
            x += (glyph[0].length() + 1) * size;
        }
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < height(size); row++) {
            StringBuilder line = new StringBuilder(columns);
            for (int col = 0; col < columns; col++) {
                boolean top = lit[2 * row][col];
                boolean bottom = 2 * row + 1 < lit.length && lit[2 * row + 1][col];
                line.append(top && bottom ? '\u2588' : top ? '\u2580' : bottom ? '\u2584' : ' ');
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String[] glyph(char c) {
        String[] glyph = GLYPHS.get(c);
        if (glyph == null) {
            throw new IllegalArgumentException("no block glyph for '" + c + "'");
        }
        return glyph;
    }
}
