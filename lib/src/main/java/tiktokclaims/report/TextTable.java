package tiktokclaims.report;

import java.util.List;

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
        return layout(rows, false);
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
        return layout(all, true);
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

    private static String layout(String[][] rows, boolean ruleAfterFirst) {
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
                if (c == 0) {
                    b.append(r[c]).append(" ".repeat(width[c] - r[c].length()));
                } else {
                    b.append("  ").append(" ".repeat(width[c] - r[c].length())).append(r[c]);
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
