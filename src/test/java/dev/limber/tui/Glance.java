package dev.limber.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;

/**
 * What a person glancing at the coach reads off a screen, given as its lines of text (as the
 * coach draws them, or as tmux captures them): the countdown, in block digits or as a line; words
 * cut short with no ellipsis; lines wider than the window in terminal cells. It keeps its own copy
 * of the 3x5 font, so that it checks {@link BigDigits} rather than repeats it.
 */
public final class Glance {

    private static final Map<String, Character> FONT = Map.ofEntries(
            Map.entry("###" + "# #" + "# #" + "# #" + "###", '0'),
            Map.entry(" # " + "## " + " # " + " # " + "###", '1'),
            Map.entry("###" + "  #" + "###" + "#  " + "###", '2'),
            Map.entry("###" + "  #" + "###" + "  #" + "###", '3'),
            Map.entry("# #" + "# #" + "###" + "  #" + "  #", '4'),
            Map.entry("###" + "#  " + "###" + "  #" + "###", '5'),
            Map.entry("###" + "#  " + "###" + "# #" + "###", '6'),
            Map.entry("###" + "  #" + "  #" + "  #" + "  #", '7'),
            Map.entry("###" + "# #" + "###" + "# #" + "###", '8'),
            Map.entry("###" + "# #" + "###" + "  #" + "###", '9'));

    /** A countdown written as a line: "0:24", "1:02:03", "3 / 10", with the side beside it or not. */
    private static final Pattern PLAIN = Pattern.compile("(?:LEFT +)?(\\d+(?::\\d\\d)+|\\d+ / \\d+)(?: +RIGHT)?");

    private Glance() {}

    public static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }

    /**
     * Every countdown on the screen: each band of block digits read back as text ("24", "1:30"),
     * and each line that is a countdown written out.
     */
    public static List<String> countdowns(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            var plain = PLAIN.matcher(line.strip());
            if (plain.matches()) {
                found.add(plain.group(1));
            }
        }
        boolean[][] lit = pixels(lines);
        int row = 0;
        while (row < lit.length) {
            if (!any(lit[row])) {
                row++;
                continue;
            }
            int top = row;
            while (row < lit.length && any(lit[row])) {
                row++;
            }
            int height = row - top;
            if (height % 5 == 0) {
                String digits = read(lit, top, height / 5);
                if (digits != null) {
                    found.add(digits);
                }
            }
        }
        return found;
    }

    /** The screen as half-row pixels: a full block lights both halves of its cell, a half block one. */
    private static boolean[][] pixels(List<String> lines) {
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        boolean[][] lit = new boolean[2 * lines.size()][width];
        for (int y = 0; y < lines.size(); y++) {
            String line = lines.get(y);
            for (int x = 0; x < line.length(); x++) {
                char c = line.charAt(x);
                lit[2 * y][x] = c == '\u2588' || c == '\u2580';
                lit[2 * y + 1][x] = c == '\u2588' || c == '\u2584';
            }
        }
        return lit;
    }

    private static boolean any(boolean[] row) {
        for (boolean pixel : row) {
            if (pixel) {
                return true;
            }
        }
        return false;
    }

    /** The glyphs of a band of pixels {@code size} half-rows each, or null when it is not digits (a bar). */
    private static String read(boolean[][] lit, int top, int size) {
        int width = lit[top].length;
        StringBuilder text = new StringBuilder();
        int x = 0;
        while (x < width) {
            if (!column(lit, top, size, x)) {
                x++;
                continue;
            }
            int left = x;
            while (x < width && column(lit, top, size, x)) {
                x++;
            }
            int glyph = x - left;
            if (glyph == size) {
                text.append(':');
            } else if (glyph == 3 * size) {
                StringBuilder pattern = new StringBuilder();
                for (int py = 0; py < 5; py++) {
                    for (int px = 0; px < 3; px++) {
                        pattern.append(lit[top + py * size + size / 2][left + px * size + size / 2] ? '#' : ' ');
                    }
                }
                Character digit = FONT.get(pattern.toString());
                if (digit == null) {
                    return null;
                }
                text.append(digit);
            } else {
                return null;
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static boolean column(boolean[][] lit, int top, int size, int x) {
        for (int y = top; y < top + 5 * size; y++) {
            if (lit[y][x]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words shown cut short with no ellipsis: a piece of a line, two letters or more, that is the
     * beginning of one of {@code words} but not a word of them itself ("Knee-to-ch", "stret", "ph").
     * Numbers and one-letter keys are not words that can be cut.
     */
    public static List<String> cutWords(List<String> lines, Set<String> words) {
        Set<String> prefixes = words.stream()
                .flatMap(w -> {
                    List<String> all = new ArrayList<>();
                    for (int i = 1; i < w.length(); i++) {
                        all.add(w.substring(0, i));
                    }
                    return all.stream();
                })
                .filter(p -> !words.contains(p))
                .collect(Collectors.toSet());
        List<String> cut = new ArrayList<>();
        for (String line : lines) {
            for (String piece : line.strip().split("[\\s·]+")) {
                if (piece.codePoints().filter(Character::isLetter).count() >= 2
                        && !piece.endsWith(Words.ELLIPSIS)
                        && prefixes.contains(piece)) {
                    cut.add(piece + " in \"" + line.strip() + "\"");
                }
            }
        }
        return cut;
    }

    /** The words of these texts, as a person would see them split by spaces. */
    public static Set<String> words(List<String> texts) {
        return texts.stream()
                .flatMap(t -> List.of(Words.drawable(t).split("[\\s·]+")).stream())
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    /** Lines wider than {@code width} terminal cells. */
    public static List<String> tooWide(List<String> lines, int width) {
        return lines.stream().filter(l -> Words.columns(l) > width).toList();
    }
}
