package tiktokclaims.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Reads the claims CSV straight into Tablesaw columns with the pinned schema and validates every value on the way.
 * The first problem stops the read with an {@link InputException} naming file, physical line and column.
 */
final class ClaimsReader {

    /** Longest plausible video, in seconds (TikTok allows up to 60 minutes). */
    static final int MAX_DURATION = 3600;
    /** Largest plausible engagement count: far above the most-viewed video ever (a few billion views). */
    static final double MAX_COUNT = 1e11;

    private static final int N = ClaimsSchema.COLUMNS.size();
    private static final int ROW = ClaimsSchema.COLUMNS.indexOf(ClaimsSchema.ROW);
    private static final int ID = ClaimsSchema.COLUMNS.indexOf(ClaimsSchema.VIDEO_ID);
    private static final int DURATION = ClaimsSchema.COLUMNS.indexOf(ClaimsSchema.DURATION);

    private final Path file;
    private final int[] fieldToColumn;
    private final int width;
    private final List<String> header;
    private final List<String> ignored;

    private final IntColumn rowCol = IntColumn.create(ClaimsSchema.ROW);
    private final LongColumn idCol = LongColumn.create(ClaimsSchema.VIDEO_ID);
    private final IntColumn durationCol = IntColumn.create(ClaimsSchema.DURATION);
    private final StringColumn[] strings = new StringColumn[N];
    private final DoubleColumn[] doubles = new DoubleColumn[N];
    private final String[][] labels = new String[N][];
    private final long[][] labelCounts = new long[N][];
    private final long[] missing = new long[N];
    private long incomplete;
    private long rows;

    private ClaimsReader(Path file, int[] fieldToColumn, List<String> header, List<String> ignored) {
        this.file = file;
        this.fieldToColumn = fieldToColumn;
        this.width = header.size();
        this.header = header;
        this.ignored = ignored;
        for (int c = 0; c < N; c++) {
            String name = ClaimsSchema.COLUMNS.get(c);
            if (ClaimsSchema.COUNTS.contains(name)) {
                doubles[c] = DoubleColumn.create(name);
            } else if (c != ROW && c != ID && c != DURATION) {
                strings[c] = StringColumn.create(name);
            }
        }
        setLabels(ClaimsSchema.CLAIM_STATUS, ClaimsSchema.CLAIM_LABELS);
        setLabels(ClaimsSchema.VERIFIED_STATUS, ClaimsSchema.VERIFIED_LABELS);
        setLabels(ClaimsSchema.BAN_STATUS, ClaimsSchema.BAN_LABELS);
    }

    private void setLabels(String column, List<String> allowed) {
        int c = ClaimsSchema.COLUMNS.indexOf(column);
        labels[c] = allowed.toArray(new String[0]);
        labelCounts[c] = new long[allowed.size()];
    }

    /** Reads and validates the whole input; {@code file} names it in messages. The stream is closed. */
    static LoadResult read(InputStream in, Path file) throws IOException {
        try (CsvRecords csv = new CsvRecords(in, file)) {
            if (!csv.next()) {
                throw new InputException(file, "empty file (expected a header line and data rows)");
            }
            ClaimsReader r = header(csv, file);
            while (csv.next()) {
                r.record(csv);
            }
            if (r.rows == 0) {
                throw new InputException(file, 1, null, "header only: the file has no data rows");
            }
            return r.finish();
        }
    }

    private static ClaimsReader header(CsvRecords csv, Path file) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < csv.count(); i++) {
            try {
                names.add(csv.string(i, null).trim());
            } catch (InputException e) {
                throw new InputException(file, 1, null,
                        "the header is not UTF-8 text: a binary file, or text in another encoding; not a CSV");
            }
        }
        String joined = String.join(",", names);
        if (names.size() == 1 && (joined.contains(";") || joined.contains("\t"))) {
            throw new InputException(file, 1, null, "the header has one field with "
                    + (joined.contains(";") ? "semicolons" : "tabs")
                    + " in it: the file is not comma-separated (expected a CSV with commas)");
        }
        int[] map = new int[names.size()];
        Arrays.fill(map, -1);
        Map<String, Integer> seen = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (seen.put(n, i) != null) {
                throw new InputException(file, 1, n, "the header names this column twice");
            }
            int c = ClaimsSchema.COLUMNS.indexOf(n);
            if (c >= 0) {
                map[i] = c;
            } else {
                unknown.add(n);
            }
        }
        if (unknown.size() == names.size()) {
            throw new InputException(file, 1, null, "no known column in the header ("
                    + Suggest.clip(joined, 80) + "): not the claims CSV; expected "
                    + String.join(",", ClaimsSchema.COLUMNS));
        }
        for (String expected : ClaimsSchema.COLUMNS) {
            if (!seen.containsKey(expected)) {
                String near = Suggest.closest(expected, unknown);
                throw new InputException(file, 1, expected, "missing from the header"
                        + (near == null ? "" : " (found '" + near + "': misspelt?)"));
            }
        }
        return new ClaimsReader(file, map, names, unknown);
    }

    private void record(CsvRecords csv) {
        if (csv.count() != width) {
            throw new InputException(file, csv.recordLine(), null, "expected " + width + " fields, found "
                    + csv.count() + (csv.count() < width ? " (a missing comma, or an unquoted line break?)"
                            : " (an unquoted comma in a text field?)"));
        }
        boolean anyMissing = false;
        for (int i = 0; i < width; i++) {
            int c = fieldToColumn[i];
            if (c < 0) {
                if (csv.nonAscii(i)) {
                    csv.string(i, header.get(i));
                }
                continue;
            }
            if (csv.isEmpty(i)) {
                missing[c]++;
                anyMissing = true;
                appendMissing(c);
            } else {
                appendValue(csv, i, c);
            }
        }
        if (anyMissing) {
            incomplete++;
        }
        rows++;
    }

    private void appendMissing(int c) {
        if (c == ROW) {
            rowCol.appendMissing();
        } else if (c == ID) {
            idCol.appendMissing();
        } else if (c == DURATION) {
            durationCol.appendMissing();
        } else if (doubles[c] != null) {
            doubles[c].appendMissing();
        } else {
            strings[c].appendMissing();
        }
    }

    private void appendValue(CsvRecords csv, int i, int c) {
        String name = ClaimsSchema.COLUMNS.get(c);
        if (c == ROW) {
            long v = whole(csv, i, name);
            if (v > Integer.MAX_VALUE) {
                throw bad(csv, i, name, "row number too large");
            }
            rowCol.append((int) v);
        } else if (c == ID) {
            long v = whole(csv, i, name);
            if (v <= 0) {
                throw bad(csv, i, name, "video id must be a positive whole number");
            }
            idCol.append(v);
        } else if (c == DURATION) {
            long v = whole(csv, i, name);
            if (v < 1 || v > MAX_DURATION) {
                throw bad(csv, i, name, "duration " + v + " s is not plausible (expected 1 to " + MAX_DURATION
                        + " seconds)");
            }
            durationCol.append((int) v);
        } else if (doubles[c] != null) {
            doubles[c].append(count(csv, i, name));
        } else {
            String s = csv.string(i, name);
            strings[c].append(labels[c] == null ? s : label(csv, i, c, s));
        }
    }

    /** Counts the label and returns the schema's own instance of it (cheaper for the column's dictionary). */
    private String label(CsvRecords csv, int i, int c, String s) {
        String[] allowed = labels[c];
        for (int k = 0; k < allowed.length; k++) {
            if (allowed[k].equals(s)) {
                labelCounts[c][k]++;
                return allowed[k];
            }
        }
        throw bad(csv, i, ClaimsSchema.COLUMNS.get(c), "unknown label '" + Suggest.clip(s, 40) + "' (expected "
                + String.join(" or ", allowed) + ")");
    }

    /** A non-negative whole number ({@code 123}, {@code 123.0}, {@code 1.23e2}); anything else is an error. */
    private long whole(CsvRecords csv, int i, String name) {
        long v = Numbers.wholeOrMinusOne(csv.bytes(), csv.start(i), csv.end(i));
        if (v >= 0) {
            return v;
        }
        double d = generic(csv, i, name);
        if (d != Math.rint(d)) {
            throw bad(csv, i, name, "'" + text(csv, i) + "' is not a whole number");
        }
        if (d < 0) {
            throw bad(csv, i, name, "negative value " + text(csv, i));
        }
        if (d >= 1e18) {
            throw bad(csv, i, name, "'" + text(csv, i) + "' is out of range");
        }
        return (long) d;
    }

    /** A count: a whole number from 0 to {@link #MAX_COUNT}. */
    private double count(CsvRecords csv, int i, String name) {
        long v = Numbers.wholeOrMinusOne(csv.bytes(), csv.start(i), csv.end(i));
        double d = v >= 0 ? v : generic(csv, i, name);
        if (d < 0) {
            throw bad(csv, i, name, "negative count " + text(csv, i));
        }
        if (d > MAX_COUNT) {
            throw bad(csv, i, name, "count " + text(csv, i) + " is implausibly large (limit "
                    + String.format(Locale.ROOT, "%.0e", MAX_COUNT) + ")");
        }
        if (d != Math.rint(d)) {
            throw bad(csv, i, name, "count " + text(csv, i) + " is not a whole number");
        }
        return d;
    }

    private double generic(CsvRecords csv, int i, String name) {
        // Parse the whole field: text() clips it for messages, and a clipped number is not a number.
        String s = csv.nonAscii(i) ? "" : csv.string(i, null);
        if (!Numbers.isDecimal(s)) {
            throw bad(csv, i, name, "'" + text(csv, i) + "' is not a number");
        }
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d)) {
            throw bad(csv, i, name, "'" + text(csv, i) + "' is out of range");
        }
        return d;
    }

    private static String text(CsvRecords csv, int i) {
        return Suggest.clip(csv.nonAscii(i) ? "(non-ASCII text)" : csv.string(i, null), 40);
    }

    private InputException bad(CsvRecords csv, int i, String column, String message) {
        return new InputException(file, csv.line(i), column, message);
    }

    private LoadResult finish() {
        Table t = Table.create(file.getFileName() == null ? "claims" : file.getFileName().toString());
        for (int c = 0; c < N; c++) {
            if (c == ROW) {
                t.addColumns(rowCol);
            } else if (c == ID) {
                t.addColumns(idCol);
            } else if (c == DURATION) {
                t.addColumns(durationCol);
            } else if (doubles[c] != null) {
                t.addColumns(doubles[c]);
            } else {
                t.addColumns(strings[c]);
            }
        }
        Map<String, Long> missingByName = new java.util.LinkedHashMap<>();
        Map<String, Map<String, Long>> classes = new java.util.LinkedHashMap<>();
        for (int c = 0; c < N; c++) {
            String name = ClaimsSchema.COLUMNS.get(c);
            missingByName.put(name, missing[c]);
            if (labels[c] != null) {
                Map<String, Long> counts = new java.util.LinkedHashMap<>();
                for (int k = 0; k < labels[c].length; k++) {
                    counts.put(labels[c][k], labelCounts[c][k]);
                }
                classes.put(name, counts);
            }
        }
        LoadReport report = new LoadReport(file.toString(), rows, incomplete, missingByName,
                Duplicates.of(idCol), classes, ignored, SampleData.isSample(idCol));
        return new LoadResult(t, report);
    }
}
