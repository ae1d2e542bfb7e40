package tiktokclaims.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Streams the claims CSV one row at a time, in bounded memory, with the same checks and the same one-line messages
 * as {@link ClaimsData#read} (the {@code validate} command): the same header rules, field counts, UTF-8, whole
 * numbers, plausible durations and counts, known labels. Unlike the loader it keeps only the current row, and
 * columns named in {@code optional} may be absent from the header (a file to score has no {@code claim_status}).
 *
 * <pre>{@code
 * try (ClaimsRowReader rows = ClaimsRowReader.open(file, Set.of(ClaimsSchema.ROW, ClaimsSchema.CLAIM_STATUS))) {
 *     while (rows.next()) {
 *         long id = rows.videoId();               // -1 when missing
 *         double views = rows.number(ClaimsSchema.VIEWS);   // NaN when missing
 *         String text = rows.text(ClaimsSchema.TRANSCRIPT); // null when missing
 *     }
 * }
 * }</pre>
 *
 * <p>Keep in step with {@code ClaimsReader} (the whole-file loader): the rules are the same and the tests compare
 * the two on the same bad files.
 */
public final class ClaimsRowReader implements Closeable {

    private static final int N = ClaimsSchema.COLUMNS.size();
    private static final int ROW = ClaimsSchema.COLUMNS.indexOf(ClaimsSchema.ROW);
    private static final int ID = ClaimsSchema.COLUMNS.indexOf(ClaimsSchema.VIDEO_ID);
    private static final int DURATION = ClaimsSchema.COLUMNS.indexOf(ClaimsSchema.DURATION);
    private static final Map<String, List<String>> LABELS = Map.of(
            ClaimsSchema.CLAIM_STATUS, ClaimsSchema.CLAIM_LABELS,
            ClaimsSchema.VERIFIED_STATUS, ClaimsSchema.VERIFIED_LABELS,
            ClaimsSchema.BAN_STATUS, ClaimsSchema.BAN_LABELS);

    private final CsvRecords csv;
    private final Path file;
    private final int[] fieldToColumn;
    private final int[] columnToField = new int[N];
    private final List<String> header;
    private final double[] numbers = new double[N];
    private final String[] texts = new String[N];
    private long videoId;
    private long line;

    private ClaimsRowReader(CsvRecords csv, Path file, int[] fieldToColumn, List<String> header) {
        this.csv = csv;
        this.file = file;
        this.fieldToColumn = fieldToColumn;
        this.header = header;
        Arrays.fill(columnToField, -1);
        for (int i = 0; i < fieldToColumn.length; i++) {
            if (fieldToColumn[i] >= 0) {
                columnToField[fieldToColumn[i]] = i;
            }
        }
    }

    /**
     * Opens the file and checks its header.
     *
     * @param optional columns that may be missing from the header (their values then read as missing)
     * @throws InputException for a file that is missing, empty, not CSV, or lacks a required column
     */
    public static ClaimsRowReader open(Path file, Collection<String> optional) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, Files.isDirectory(file) ? "is a folder, not a file"
                    : "no such file (set TIKTOK_DATA or put the dataset in data/)");
        }
        return open(Files.newInputStream(file), file, optional);
    }

    /**
     * Reads a stream (closed with the reader); {@code name} names it in messages. Lets a caller count the bytes
     * read, e.g. for a progress bar.
     */
    public static ClaimsRowReader open(InputStream in, Path name, Collection<String> optional) throws IOException {
        Path file = name;
        CsvRecords csv = new CsvRecords(in, file);
        try {
            if (!csv.next()) {
                throw new InputException(file, "empty file (expected a header line and data rows)");
            }
            return header(csv, file, Set.copyOf(optional));
        } catch (RuntimeException | IOException e) {
            csv.close();
            throw e;
        }
    }

    private static ClaimsRowReader header(CsvRecords csv, Path file, Set<String> optional) {
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
            if (!seen.containsKey(expected) && !optional.contains(expected)) {
                String near = Suggest.closest(expected, unknown);
                throw new InputException(file, 1, expected, "missing from the header"
                        + (near == null ? "" : " (found '" + near + "': misspelt?)"));
            }
        }
        return new ClaimsRowReader(csv, file, map, names);
    }

    /**
     * Reads and validates the next row; false at the end of the file.
     *
     * @throws InputException naming file, line and column at the first bad value
     */
    public boolean next() throws IOException {
        if (!csv.next()) {
            if (line == 0) {
                throw new InputException(file, 1, null, "header only: the file has no data rows");
            }
            line = -1;
            return false;
        }
        line = csv.recordLine();
        int width = header.size();
        if (csv.count() != width) {
            throw new InputException(file, csv.recordLine(), null, "expected " + width + " fields, found "
                    + csv.count() + (csv.count() < width ? " (a missing comma, or an unquoted line break?)"
                            : " (an unquoted comma in a text field?)"));
        }
        Arrays.fill(numbers, Double.NaN);
        Arrays.fill(texts, null);
        videoId = -1;
        for (int i = 0; i < width; i++) {
            int c = fieldToColumn[i];
            if (c < 0) {
                if (csv.nonAscii(i)) {
                    csv.string(i, header.get(i));
                }
            } else if (!csv.isEmpty(i)) {
                value(i, c);
            }
        }
        return true;
    }

    private void value(int i, int c) {
        String name = ClaimsSchema.COLUMNS.get(c);
        if (c == ROW) {
            long v = whole(i, name);
            if (v > Integer.MAX_VALUE) {
                throw bad(i, name, "row number too large");
            }
            numbers[c] = v;
        } else if (c == ID) {
            long v = whole(i, name);
            if (v <= 0) {
                throw bad(i, name, "video id must be a positive whole number");
            }
            videoId = v;
        } else if (c == DURATION) {
            long v = whole(i, name);
            if (v < 1 || v > ClaimsReader.MAX_DURATION) {
                throw bad(i, name, "duration " + v + " s is not plausible (expected 1 to "
                        + ClaimsReader.MAX_DURATION + " seconds)");
            }
            numbers[c] = v;
        } else if (ClaimsSchema.COUNTS.contains(name)) {
            numbers[c] = count(i, name);
        } else {
            String s = csv.string(i, name);
            List<String> allowed = LABELS.get(name);
            if (allowed != null && !allowed.contains(s)) {
                throw bad(i, name, "unknown label '" + Suggest.clip(s, 40) + "' (expected "
                        + String.join(" or ", allowed) + ")");
            }
            texts[c] = s;
        }
    }

    private long whole(int i, String name) {
        long v = Numbers.wholeOrMinusOne(csv.bytes(), csv.start(i), csv.end(i));
        if (v >= 0) {
            return v;
        }
        double d = generic(i, name);
        if (d != Math.rint(d)) {
            throw bad(i, name, "'" + text(i) + "' is not a whole number");
        }
        if (d < 0) {
            throw bad(i, name, "negative value " + text(i));
        }
        if (d >= 1e18) {
            throw bad(i, name, "'" + text(i) + "' is out of range");
        }
        return (long) d;
    }

    private double count(int i, String name) {
        long v = Numbers.wholeOrMinusOne(csv.bytes(), csv.start(i), csv.end(i));
        double d = v >= 0 ? v : generic(i, name);
        if (d < 0) {
            throw bad(i, name, "negative count " + text(i));
        }
        if (d > ClaimsReader.MAX_COUNT) {
            throw bad(i, name, "count " + text(i) + " is implausibly large (limit "
                    + String.format(Locale.ROOT, "%.0e", ClaimsReader.MAX_COUNT) + ")");
        }
        if (d != Math.rint(d)) {
            throw bad(i, name, "count " + text(i) + " is not a whole number");
        }
        return d;
    }

    private double generic(int i, String name) {
        // Parse the whole field: text() clips it for messages, and a clipped number is not a number.
        String s = csv.nonAscii(i) ? "" : csv.string(i, null);
        if (!Numbers.isDecimal(s)) {
            throw bad(i, name, "'" + text(i) + "' is not a number");
        }
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d)) {
            throw bad(i, name, "'" + text(i) + "' is out of range");
        }
        return d;
    }

    private String text(int i) {
        return Suggest.clip(csv.nonAscii(i) ? "(non-ASCII text)" : csv.string(i, null), 40);
    }

    private InputException bad(int i, String column, String message) {
        return new InputException(file, csv.line(i), column, message);
    }

    /** The file being read. */
    public Path file() {
        return file;
    }

    /** Whether the header has this column. */
    public boolean hasColumn(String column) {
        return columnToField[index(column)] >= 0;
    }

    /** The physical line (1-based) on which the current row starts. */
    public long line() {
        return line;
    }

    /** The current row's video_id, or -1 when it is missing. */
    public long videoId() {
        return videoId;
    }

    /**
     * A numeric column of the current row ({@code #}, {@code video_duration_sec} or one of the five counts); NaN
     * when the field is empty or the column is absent.
     */
    public double number(String column) {
        int c = index(column);
        if (c == ID) {
            return videoId < 0 ? Double.NaN : videoId;
        }
        return numbers[c];
    }

    /** A text column of the current row (labels, transcript); null when the field is empty or the column absent. */
    public String text(String column) {
        return texts[index(column)];
    }

    private static int index(String column) {
        int c = ClaimsSchema.COLUMNS.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("not a column of the claims schema: " + column);
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
