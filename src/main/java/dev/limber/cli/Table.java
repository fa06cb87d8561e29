package dev.limber.cli;

import dev.limber.document.Printable;
import dev.limber.tui.Columns;
import dev.limber.tui.Words;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A plain text table: columns as wide as their widest cell in terminal cells (a Japanese title takes
 * two a character), two spaces apart, a bold header. Given a window, it fits it as {@link Columns}
 * says rather than wrap.
 */
final class Table {

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] right;
    private int[] priority;

    Table(String... header) {
        this.header = header;
        this.right = new boolean[header.length];
        this.priority = IntStream.range(0, header.length).toArray();
    }

    /** Right-aligned columns hold numbers and times, which are never shortened, only left out. */
    Table alignRight(int... columns) {
        for (int column : columns) {
            right[column] = true;
        }
        return this;
    }

    /** The order in which columns keep their place in a narrow window, the last named given up first. */
    Table priority(int... columns) {
        priority = columns.clone();
        return this;
    }

    /** A row; its cells may hold text from outside Limber, which is made {@link Printable} here. */
    Table row(String... cells) {
        rows.add(printable(cells));
        return this;
    }

    Table rows(List<String[]> cells) {
        rows.addAll(cells.parallelStream().map(Table::printable).toList());
        return this;
    }

    private static String[] printable(String[] cells) {
        String[] shown = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
            shown[c] = Printable.of(cells[c]);
        }
        return shown;
    }

    /** Every column whole, however wide: for a file or a pipe, where scripts want all of it. */
    void print(PrintWriter out, Style style) {
        print(out, style, 0);
    }

    /** Fitted to {@code window} cells (0 for no limit): columns shortened or left out, no line wrapped. */
    void print(PrintWriter out, Style style, int window) {
        // On a terminal, emoji sequences and flags as every terminal draws them alike; a file gets them whole.
        List<String[]> rows = window <= 0
                ? this.rows
                : this.rows.parallelStream()
                        .map(row -> {
                            String[] drawn = new String[row.length];
                            for (int c = 0; c < row.length; c++) {
                                drawn[c] = Words.drawn(row[c], window);
                            }
                            return drawn;
                        })
                        .toList();
        int[] natural = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            natural[c] = Words.columns(header[c]);
            for (String[] row : rows) {
                natural[c] = Math.max(natural[c], Words.columns(row[c]));
            }
        }
        int[] widths = Columns.widths(natural, right, priority, window);
        int last = -1;
        for (int c = 0; c < widths.length; c++) {
            last = widths[c] > 0 ? c : last;
        }
        int shownLast = last;
        out.println(style.bold(line(header, widths, shownLast)));
        // Years of history make tens of thousands of rows: both cores lay them out, in order.
        for (String line :
                rows.parallelStream().map(row -> line(row, widths, shownLast)).toList()) {
            out.println(line);
        }
    }

    private String line(String[] cells, int[] widths, int last) {
        StringBuilder line = new StringBuilder();
        boolean first = true;
        for (int c = 0; c <= last; c++) {
            if (widths[c] == 0) {
                continue;
            }
            if (!first) {
                line.append(" ".repeat(Columns.GAP));
            }
            first = false;
            String cell = Words.shorten(cells[c], widths[c]);
            String pad = " ".repeat(widths[c] - Words.columns(cell));
            line.append(right[c] ? pad + cell : c == last ? cell : cell + pad);
        }
        return line.toString();
    }
}
