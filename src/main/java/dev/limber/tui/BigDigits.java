package dev.limber.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Block digits for the countdown, as termdown draws them: a 3x5 pixel font where each pixel is
 * two columns wide (terminal cells are about twice as tall as wide), scaled up to fill the screen.
 */
final class BigDigits {

    static final int ROWS = 5;

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

    private BigDigits() {
    }

    /** Columns {@code text} takes at {@code scale}. */
    static int width(String text, int scale) {
        int pixels = 0;
        for (int i = 0; i < text.length(); i++) {
            pixels += glyph(text.charAt(i))[0].length();
        }
        pixels += Math.max(0, text.length() - 1);
        return pixels * 2 * scale;
    }

    static int height(int scale) {
        return ROWS * scale;
    }

    /** The text drawn in blocks, {@link #height} lines of {@link #width} columns. */
    static List<String> render(String text, int scale) {
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                if (i > 0) {
                    line.append(" ".repeat(2 * scale));
                }
                for (char pixel : glyph(text.charAt(i))[row].toCharArray()) {
                    line.append((pixel == '#' ? "\u2588" : " ").repeat(2 * scale));
                }
            }
            for (int s = 0; s < scale; s++) {
                lines.add(line.toString());
            }
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
