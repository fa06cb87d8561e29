package dev.limber.cli;

import dev.limber.document.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table: columns as wide as their widest cell, two spaces apart, a bold header. */
final class Table {

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] right;

    Table(String... header) {
        this.header = header;
        this.right = new boolean[header.length];
    }

    Table alignRight(int... columns) {
        for (int column : columns) {
            right[column] = true;
        }
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

    void print(PrintWriter out, Style style) {
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = width(header[c]);
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        out.println(style.bold(line(header, widths)));
        // Years of history make tens of thousands of rows: both cores lay them out, in order.
        for (String line : rows.parallelStream().map(row -> line(row, widths)).toList()) {
            out.println(line);
        }
    }

    private String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(widths[c] - width(cells[c]));
            boolean last = c == cells.length - 1;
            line.append(right[c] ? pad + cells[c] : last ? cells[c] : cells[c] + pad);
            if (!last) {
                line.append("  ");
            }
        }
        return line.toString();
    }

    /** Width in terminal columns, counting code points so accented titles line up. */
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
