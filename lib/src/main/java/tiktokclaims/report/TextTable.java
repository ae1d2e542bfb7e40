package tiktokclaims.report;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Small tables of already formatted cells for a result's {@code toString()} (fixed-width text: first column
 * left-aligned, the others right-aligned, two spaces between columns) and {@code toHTML()}.
 */
public final class TextTable {

    private TextTable() {
    }

    /**
     * Rows of terminal-safe cells as aligned lines, each ending with a newline; rows may have fewer cells than the
     * longest.
     */
    public static String aligned(String[][] rows) {
        return layout(rows, false, null);
    }

    /**
     * A header line, a rule of dashes as wide as the table, then one line per row (each row as long as the header);
     * every cell is made terminal-safe with {@link Html#plain}.
     */
    public static String headed(String[] header, List<String[]> rows) {
        String[][] all = new String[rows.size() + 1][];
        all[0] = plain(header);
        for (int i = 0; i < rows.size(); i++) {
            all[i + 1] = plain(rows.get(i));
        }
        return layout(all, true, null);
    }

    /**
     * A Tablesaw table as terminal-safe text, the text twin of {@link Html#table(Table, int)}: its name, a header, at
     * most {@code maxRows} rows (head and tail), numbers right-aligned and shown as in the HTML table (a DOUBLE that
     * Tablesaw prints raw, {@code 501016.61793807824}, as {@code 501,016.62}; a column's own print format kept), and
     * the shape. Only the text changes, never the stored values.
     */
    public static String of(Table t, int maxRows) {
        List<Column<?>> columns = t.columns();
        boolean[] left = new boolean[columns.size()];
        String[] header = new String[columns.size()];
        for (int j = 0; j < header.length; j++) {
            header[j] = columns.get(j).name();
            left[j] = !Html.isNumeric(columns.get(j));
        }
        int n = t.rowCount();
        int head = n <= maxRows ? n : (maxRows + 1) / 2;
        int tail = n <= maxRows ? 0 : maxRows / 2;
        List<String[]> rows = new ArrayList<>();
        rows.add(plain(header));
        List<Integer> shown = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (r < head || r >= n - tail) {
                shown.add(r);
            }
        }
        for (int r : shown) {
            String[] cells = new String[columns.size()];
            for (int j = 0; j < cells.length; j++) {
                cells[j] = Html.plain(columns.get(j).isMissing(r) ? "" : Html.cell(columns.get(j), r));
            }
            rows.add(cells);
        }
        String body = layout(rows.toArray(new String[0][]), true, left);
        if (n > shown.size()) {
            int at = nthLine(body, 2 + head);
            body = body.substring(0, at) + "... " + Html.thousands(n - head - tail) + " more rows ...\n" + body.substring(at);
        }
        String name = t.name() == null || t.name().isBlank() ? "" : Html.plain(t.name()) + "\n";
        return name + body + Html.thousands(n) + " rows x " + t.columnCount() + " columns\n";
    }

    private static int nthLine(String text, int lines) {
        int at = 0;
        for (int i = 0; i < lines; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    /** The same table as escaped HTML ({@code tc-table}), first column left-aligned, the others right-aligned. */
    public static String html(String[] header, List<String[]> rows) {
        StringBuilder b = new StringBuilder("<table class=\"tc-table\"><thead><tr>");
        for (String h : header) {
            b.append("<th>").append(Html.escape(h)).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (String[] r : rows) {
            b.append("<tr>");
            for (int j = 0; j < r.length; j++) {
                b.append(j == 0 ? "<td style=\"text-align:left\">" : "<td style=\"text-align:right\">")
                        .append(Html.escape(r[j])).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private static String[] plain(String[] cells) {
        String[] out = new String[cells.length];
        for (int j = 0; j < cells.length; j++) {
            out[j] = Html.plain(cells[j]);
        }
        return out;
    }

    /** Aligned columns: left-aligned where {@code left} says so (the first column only when it is null). */
    private static String layout(String[][] rows, boolean ruleAfterFirst, boolean[] left) {
        int cols = 0;
        for (String[] r : rows) {
            cols = Math.max(cols, r.length);
        }
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            String[] r = rows[i];
            for (int c = 0; c < r.length; c++) {
                String pad = " ".repeat(width[c] - r[c].length());
                b.append(c == 0 ? "" : "  ");
                if (left == null ? c == 0 : left[c]) {
                    b.append(r[c]).append(pad);
                } else {
                    b.append(pad).append(r[c]);
                }
            }
            b.append('\n');
            if (i == 0 && ruleAfterFirst) {
                int total = 2 * (cols - 1);
                for (int w : width) {
                    total += w;
                }
                b.append("-".repeat(total)).append('\n');
            }
        }
        return b.toString();
    }
}
