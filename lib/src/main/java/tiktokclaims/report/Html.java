package tiktokclaims.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Base64;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * HTML helpers shared by every result type. Tablesaw's own HTML writer does not escape cell values, and our
 * tables carry user text (transcripts), so tables are rendered here.
 *
 * <p>Written by hand: Tablesaw's HTML writer does not escape cell values, and our tables carry user text.
 */
public final class Html {

    /** Rows shown by default when a table is rendered; the rest is summarised in a footer line. */
    public static final int DEFAULT_MAX_ROWS = 20;

    /**
     * The classes that keep MathJax off an element: {@code mathjax_ignore} for MathJax 3 (JupyterLab 4, which
     * ignores the old class) and {@code tex2jax_ignore} for MathJax 2 (nbconvert's HTML pages). User text such as
     * "$475 million ... $300 billion" would otherwise be typeset as LaTeX.
     */
    public static final String NO_MATHS = "tex2jax_ignore mathjax_ignore";

    private Html() {
    }

    /** The HTML inside a block that MathJax leaves alone ({@link #NO_MATHS}): every notebook output is wrapped so. */
    public static String noMaths(String html) {
        return "<div class=\"" + NO_MATHS + "\">" + html + "</div>";
    }

    /**
     * Escapes the five HTML-significant characters, and neutralises control characters: C0 and DEL (e.g. ANSI
     * ESC) become their Unicode control pictures, C1 and bidirectional controls {@code [U+XXXX]}.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f) {
                        b.append("&#x").append(Integer.toHexString(0x2400 + (c == 0x7f ? 0x21 : c))).append(';');
                    } else if (isInvisibleControl(c)) {
                        b.append(codePoint(c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Terminal-safe text: replaces control characters (ANSI escapes, bells, carriage returns) with their visible
     * Unicode control pictures, and C1 controls (CSI U+009B) and bidi overrides with {@code [U+XXXX]}, so user
     * text cannot move the cursor, recolour a terminal or reorder what is shown.
     */
    public static String plain(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t') {
                b.append((char) (0x2400 + c));
            } else if (c == 0x7f) {
                b.append('\u2421');
            } else if (isInvisibleControl(c)) {
                b.append(codePoint(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * C1 controls (U+0080 to U+009F: U+009B is a terminal's CSI, like ESC [) and the bidirectional controls that
     * reorder what a reader sees (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), plus the line and
     * paragraph separators: shown as {@code [U+XXXX]} by {@link #plain} and {@link #escape}.
     */
    static boolean isInvisibleControl(char c) {
        return c >= 0x80 && c <= 0x9f || c == 0x061c || c == 0x200e || c == 0x200f
                || c >= 0x2028 && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "[U+%04X]", (int) c);
    }

    /** A Tablesaw table as an escaped HTML table showing at most {@link #DEFAULT_MAX_ROWS} rows. */
    public static String table(Table t) {
        return table(t, DEFAULT_MAX_ROWS);
    }

    /** A Tablesaw table as an escaped HTML table showing at most {@code maxRows} rows (head and tail). */
    public static String table(Table t, int maxRows) {
        StringBuilder b = new StringBuilder();
        b.append("<table class=\"tc-table ").append(NO_MATHS).append("\">");
        if (t.name() != null && !t.name().isBlank()) {
            b.append("<caption>").append(escape(t.name())).append("</caption>");
        }
        b.append("<thead><tr>");
        for (Column<?> c : t.columns()) {
            b.append("<th>").append(escape(c.name())).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        int n = t.rowCount();
        int head = n <= maxRows ? n : (maxRows + 1) / 2;
        int tail = n <= maxRows ? 0 : maxRows / 2;
        for (int r = 0; r < head; r++) {
            row(b, t, r);
        }
        if (tail > 0) {
            b.append("<tr><td colspan=\"").append(t.columnCount()).append("\">&#8230; ")
                    .append(thousands(n - head - tail)).append(" more rows &#8230;</td></tr>");
            for (int r = n - tail; r < n; r++) {
                row(b, t, r);
            }
        }
        b.append("</tbody></table>");
        b.append("<p class=\"tc-shape\">").append(thousands(n)).append(" rows &#215; ")
                .append(t.columnCount()).append(" columns</p>");
        return b.toString();
    }

    private static void row(StringBuilder b, Table t, int r) {
        b.append("<tr>");
        for (Column<?> c : t.columns()) {
            b.append(isNumeric(c) ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
                    .append(escape(c.isMissing(r) ? "" : cell(c, r))).append("</td>");
        }
        b.append("</tr>");
    }

    /** A column of numbers (right-aligned in tables). */
    static boolean isNumeric(Column<?> c) {
        return c.type().name().matches("INTEGER|LONG|DOUBLE|FLOAT|SHORT");
    }

    /**
     * A cell's text. A DOUBLE value Tablesaw would print raw ({@code 501016.61793807824}) is shown readably: thousands
     * separators, two decimals from 100 up, else at most four, no trailing zeros ({@code 501,016.62},
     * {@code 0.1235}), and below 0.0001 in scientific notation with four significant digits ({@code 2.485e-14},
     * where Tablesaw prints {@code 0.000000000000024849476705630194}); a column given its own print format (e.g. {@link TableFormat#decimals}) keeps it. Only the
     * text changes, never the stored value.
     */
    static String cell(Column<?> c, int r) {
        String text = c.getString(r);
        if (c instanceof DoubleColumn d) {
            double v = d.getDouble(r);
            if (Double.isFinite(v) && isRaw(text, v)) {
                if (v != 0 && Math.abs(v) < 1e-4) {
                    return String.format(Locale.ROOT, "%.4g", v);
                }
                String pattern = Math.abs(v) >= 100 ? "#,##0.##" : "#,##0.####";
                return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
            }
        }
        return text;
    }

    /** True when {@code text} is Tablesaw's default print of {@code v} (no print format of the column's own). */
    private static boolean isRaw(String text, double v) {
        if (text.equals(String.valueOf(v))) {
            return true;
        }
        try {
            return Double.parseDouble(text) == v;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** An inline PNG image, embedded as a data URI so that it survives HTML export and offline viewing. */
    public static String pngImage(byte[] png, String alt) {
        return "<img alt=\"" + escape(alt) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\"/>";
    }

    /** An embedded PNG shown at width x height CSS pixels, whatever its pixel count (sharp pictures). */
    public static String pngImage(byte[] png, String alt, int width, int height) {
        return "<img alt=\"" + escape(alt) + "\" width=\"" + width + "\" height=\"" + height
                + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"/>";
    }

    /** Integer with thousands separators, locale-independent ("19,382"). */
    public static String thousands(long v) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** A number with a fixed count of decimals, locale-independent. */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
