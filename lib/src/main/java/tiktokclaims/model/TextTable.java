package tiktokclaims.model;

import java.util.List;
import tiktokclaims.report.Html;

/** Fixed-width text and escaped HTML for small tables of already formatted cells (first column left-aligned). */
final class TextTable {

    private TextTable() {
    }

    static String render(String[] header, List<String[]> rows) {
        int[] width = new int[header.length];
        for (int j = 0; j < header.length; j++) {
            width[j] = header[j].length();
            for (String[] r : rows) {
                width[j] = Math.max(width[j], Html.plain(r[j]).length());
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, width);
        int total = 2 * (header.length - 1);
        for (int w : width) {
            total += w;
        }
        b.append("-".repeat(total)).append('\n');
        for (String[] r : rows) {
            line(b, r, width);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String[] cells, int[] width) {
        for (int j = 0; j < cells.length; j++) {
            String c = Html.plain(cells[j]);
            if (j == 0) {
                b.append(c).append(" ".repeat(width[j] - c.length()));
            } else {
                b.append("  ").append(" ".repeat(width[j] - c.length())).append(c);
            }
        }
        b.append('\n');
    }

    static String html(String[] header, List<String[]> rows) {
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
}
