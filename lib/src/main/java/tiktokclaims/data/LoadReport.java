package tiktokclaims.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

/**
 * What the loader found: row count, incomplete rows (any empty field), missing values per column, repeated video
 * ids, label counts of the three categorical columns (over all rows; missing labels are not counted), columns
 * the loader ignored, and whether the file is {@linkplain SampleData synthetic sample data}. Missing values and
 * duplicates are reported, not errors.
 */
public final class LoadReport implements Renderable {

    private final String file;
    private final long rows;
    private final long incompleteRows;
    private final Map<String, Long> missing;
    private final Duplicates duplicates;
    private final Map<String, Map<String, Long>> classCounts;
    private final List<String> ignoredColumns;
    private final boolean sample;

    LoadReport(String file, long rows, long incompleteRows, Map<String, Long> missing, Duplicates duplicates,
            Map<String, Map<String, Long>> classCounts, List<String> ignoredColumns, boolean sample) {
        this.file = file;
        this.rows = rows;
        this.incompleteRows = incompleteRows;
        this.missing = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(missing));
        this.duplicates = duplicates;
        this.classCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classCounts));
        this.ignoredColumns = List.copyOf(ignoredColumns);
        this.sample = sample;
    }

    /** The file as given to the loader. */
    public String file() {
        return file;
    }

    /** Data rows (the header is not counted). */
    public long rows() {
        return rows;
    }

    /** Rows with at least one empty field. */
    public long incompleteRows() {
        return incompleteRows;
    }

    /** Rows with no empty field: what {@link Cleaning#dropIncomplete} keeps. */
    public long completeRows() {
        return rows - incompleteRows;
    }

    /** Empty fields per column, in schema order (every column listed, zeros included). */
    public Map<String, Long> missing() {
        return missing;
    }

    /** Repeated video ids. */
    public Duplicates duplicates() {
        return duplicates;
    }

    /** Label counts per categorical column ({@code claim_status}, {@code verified_status}, {@code author_ban_status}). */
    public Map<String, Map<String, Long>> classCounts() {
        return classCounts;
    }

    /** Count of one label in one column (0 for an unknown pair). */
    public long classCount(String column, String label) {
        return classCounts.getOrDefault(column, Map.of()).getOrDefault(label, 0L);
    }

    /** Header columns that are not part of the schema and were skipped. */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** True when every video id carries the generator's mark: the data are synthetic, see {@link SampleData}. */
    public boolean isSample() {
        return sample;
    }

    /** Lines of the summary, shared by the text and HTML forms. */
    private List<String> lines() {
        List<String> out = new ArrayList<>();
        if (sample) {
            out.add("SAMPLE DATA: synthetic rows from ./tiktok-claims generate, not the real dataset");
        }
        out.add(Html.thousands(rows) + " rows, " + ClaimsSchema.COLUMNS.size() + " columns");
        out.add("incomplete rows: " + Html.thousands(incompleteRows) + " (" + percent(incompleteRows) + ")"
                + (incompleteRows > 0 ? "; cleaning drops them, leaving " + Html.thousands(completeRows()) : ""));
        List<String> parts = new ArrayList<>();
        missing.forEach((c, n) -> {
            if (n > 0) {
                parts.add(c + " " + Html.thousands(n));
            }
        });
        out.add("missing values: " + (parts.isEmpty() ? "none" : String.join(", ", parts)));
        out.add("duplicate video ids: " + (duplicates.extraRows() == 0 ? "none"
                : Html.thousands(duplicates.extraRows()) + " repeated rows, e.g. " + duplicates.examples()));
        classCounts.forEach((c, counts) -> {
            List<String> labels = new ArrayList<>();
            counts.forEach((label, n) -> labels.add(label + " " + Html.thousands(n)));
            out.add(c + ": " + String.join(", ", labels));
        });
        if (!ignoredColumns.isEmpty()) {
            out.add("ignored columns: " + String.join(", ", ignoredColumns));
        }
        return out;
    }

    private String percent(long n) {
        return String.format(Locale.ROOT, "%.1f%%", rows == 0 ? 0.0 : 100.0 * n / rows);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(Html.plain(file)).append('\n');
        for (String line : lines()) {
            b.append("  ").append(Html.plain(line)).append('\n');
        }
        return b.toString();
    }

    @Override
    public String toHTML() {
        StringBuilder b = new StringBuilder("<div class=\"tc-load-report " + Html.NO_MATHS + "\"><p><b>")
                .append(Html.escape(file)).append("</b></p><ul>");
        for (String line : lines()) {
            b.append("<li>").append(Html.escape(line)).append("</li>");
        }
        return b.append("</ul></div>").toString();
    }
}
