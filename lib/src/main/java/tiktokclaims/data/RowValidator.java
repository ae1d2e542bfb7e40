package tiktokclaims.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The per-field rules of the claims CSV, in one place for both readers ({@link ClaimsRowReader} and, through it,
 * the loader behind {@link ClaimsData#read}): checks one record and holds its typed values. Rules: the record has
 * as many fields as the header; only an empty field is missing; {@code #}, {@code video_id} and
 * {@code video_duration_sec} are non-negative whole numbers ({@code 123}, {@code 123.0}, {@code 1.23e2}: exactly
 * whole, never rounded), the id
 * positive, the duration 1 to {@value #MAX_DURATION} s; counts are whole numbers from 0 to {@link #MAX_COUNT};
 * labels are the schema's; text is valid UTF-8, in ignored columns too. The first problem throws an
 * {@link InputException} naming file, physical line and column.
 */
final class RowValidator {

    /** Longest plausible video, in seconds (TikTok allows up to 60 minutes). */
    static final int MAX_DURATION = 3600;
    /** Largest plausible engagement count: far above the most-viewed video ever (a few billion views). */
    static final double MAX_COUNT = 1e11;
    private static final BigDecimal COUNT_LIMIT = BigDecimal.valueOf(MAX_COUNT);
    /** Whole-number columns hold less than 10^18 (so that every value fits a long). */
    private static final BigDecimal LONG_LIMIT = BigDecimal.TEN.pow(18);

    static final int N = ClaimsSchema.COLUMNS.size();
    static final int ROW = ClaimsSchema.COLUMNS.indexOf(ClaimsSchema.ROW);
    static final int ID = ClaimsSchema.COLUMNS.indexOf(ClaimsSchema.VIDEO_ID);
    static final int DURATION = ClaimsSchema.COLUMNS.indexOf(ClaimsSchema.DURATION);

    /** Allowed labels per column (null for a column without labels). */
    private static final String[][] LABELS = new String[N][];
    /** The labels' bytes, to match a field without making a string of it. */
    private static final byte[][][] LABEL_BYTES = new byte[N][][];
    private static final boolean[] COUNT = new boolean[N];

    static {
        labels(ClaimsSchema.CLAIM_STATUS, ClaimsSchema.CLAIM_LABELS);
        labels(ClaimsSchema.VERIFIED_STATUS, ClaimsSchema.VERIFIED_LABELS);
        labels(ClaimsSchema.BAN_STATUS, ClaimsSchema.BAN_LABELS);
        for (String name : ClaimsSchema.COUNTS) {
            COUNT[ClaimsSchema.COLUMNS.indexOf(name)] = true;
        }
    }

    private static void labels(String column, List<String> allowed) {
        int c = ClaimsSchema.COLUMNS.indexOf(column);
        LABELS[c] = allowed.toArray(new String[0]);
        LABEL_BYTES[c] = new byte[allowed.size()][];
        for (int k = 0; k < allowed.size(); k++) {
            LABEL_BYTES[c][k] = allowed.get(k).getBytes(StandardCharsets.UTF_8);
        }
    }

    private final Path file;
    private final ClaimsHeader header;
    private final double[] numbers = new double[N];
    private final String[] texts = new String[N];
    private final int[] labelIndex = new int[N];
    /** The field of a free-text column not yet made a string; -1 otherwise. */
    private final int[] textField = new int[N];
    private final boolean[] missing = new boolean[N];
    private final CsvRecords csv;
    private long videoId;
    private boolean anyMissing;

    /** Rules for the records of {@code csv}, whose header was {@code header}; {@code file} names it in messages. */
    RowValidator(CsvRecords csv, Path file, ClaimsHeader header) {
        this.csv = csv;
        this.file = file;
        this.header = header;
    }

    /** The allowed labels of column {@code c}, in schema order; null for a column without labels. */
    static String[] labels(int c) {
        return LABELS[c];
    }

    /** Whether column {@code c} is one of the five counts. */
    static boolean isCount(int c) {
        return COUNT[c];
    }

    /**
     * Checks the current record and keeps its values.
     *
     * @throws InputException at the first field that breaks a rule
     */
    void validate() {
        int width = header.width();
        if (csv.count() != width) {
            throw new InputException(file, csv.recordLine(), null, "expected " + width + " fields, found "
                    + csv.count() + (csv.count() < width ? " (a missing comma, or an unquoted line break?)"
                            : " (an unquoted comma in a text field?)"));
        }
        Arrays.fill(numbers, Double.NaN);
        Arrays.fill(texts, null);
        Arrays.fill(labelIndex, -1);
        Arrays.fill(textField, -1);
        Arrays.fill(missing, true);
        videoId = -1;
        for (int i = 0; i < width; i++) {
            int c = header.column(i);
            if (c < 0) {
                csv.checkUtf8(i, header.name(i));
            } else if (!csv.isEmpty(i)) {
                missing[c] = false;
                value(i, c);
            }
        }
        anyMissing = false;
        for (boolean m : missing) {
            anyMissing |= m;
        }
    }

    /** Whether column {@code c} is empty in this row, or absent from the header. */
    boolean missing(int c) {
        return missing[c];
    }

    /** Whether any column is missing in this row. */
    boolean anyMissing() {
        return anyMissing;
    }

    /** The video id, or -1 when missing. */
    long videoId() {
        return videoId;
    }

    /** A numeric column ({@code #}, duration, counts; the id as a double); NaN when missing. */
    double number(int c) {
        if (c == ID) {
            return videoId < 0 ? Double.NaN : videoId;
        }
        return numbers[c];
    }

    /**
     * A text column (labels as the schema's own strings, transcript); null when missing. Free text becomes a
     * string only here, when asked for ({@link #validate} checked its bytes).
     */
    String text(int c) {
        if (texts[c] == null && textField[c] >= 0) {
            texts[c] = csv.decode(textField[c]);
        }
        return texts[c];
    }

    /** The index of the label in {@link #labels(int)}; -1 when missing. */
    int label(int c) {
        return labelIndex[c];
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
            if (v < 1 || v > MAX_DURATION) {
                throw bad(i, name, "duration " + v + " s is not plausible (expected 1 to " + MAX_DURATION
                        + " seconds)");
            }
            numbers[c] = v;
        } else if (COUNT[c]) {
            numbers[c] = count(i, name);
        } else if (LABELS[c] != null) {
            int k = labelOf(i, c);
            labelIndex[c] = k;
            texts[c] = LABELS[c][k];
        } else {
            csv.checkUtf8(i, name);
            textField[c] = i;
        }
    }

    /** The index of the field's label, matched on the bytes; an unknown label is an error. */
    private int labelOf(int i, int c) {
        byte[] b = csv.bytes();
        int start = csv.start(i);
        int n = csv.end(i) - start;
        byte[][] allowed = LABEL_BYTES[c];
        for (int k = 0; k < allowed.length; k++) {
            if (sameBytes(b, start, n, allowed[k])) {
                return k;
            }
        }
        String s = csv.string(i, ClaimsSchema.COLUMNS.get(c));
        throw bad(i, ClaimsSchema.COLUMNS.get(c), "unknown label '" + Suggest.clip(s, 40) + "' (expected "
                + String.join(" or ", LABELS[c]) + ")");
    }

    /** Whether {@code b[start, start + n)} is {@code label} (a plain loop: labels are a few bytes long). */
    private static boolean sameBytes(byte[] b, int start, int n, byte[] label) {
        if (n != label.length) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            if (b[start + j] != label[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A non-negative whole number: {@code 123}, or any decimal form whose value is EXACTLY whole ({@code 123.0},
     * {@code 1.23e2}); {@code 12345678901234567.5} or {@code 123.0000000000000001} is an error, not rounded.
     */
    private long whole(int i, String name) {
        long v = Numbers.wholeOrMinusOne(csv.bytes(), csv.start(i), csv.end(i));
        if (v >= 0) {
            return v;
        }
        BigDecimal d = generic(i, name);
        if (!Numbers.isWhole(d)) {
            throw bad(i, name, "'" + shown(i) + "' is not a whole number");
        }
        if (d.signum() < 0) {
            throw bad(i, name, "negative value " + shown(i));
        }
        if (d.compareTo(LONG_LIMIT) >= 0) {
            throw bad(i, name, "'" + shown(i) + "' is out of range");
        }
        return d.longValueExact();
    }

    /** A count: a whole number (exactly, as {@link #whole}) from 0 to {@link #MAX_COUNT}. */
    private double count(int i, String name) {
        long v = Numbers.wholeOrMinusOne(csv.bytes(), csv.start(i), csv.end(i));
        if (v >= 0 && v <= MAX_COUNT) {
            return v;
        }
        BigDecimal d = v >= 0 ? BigDecimal.valueOf(v) : generic(i, name);
        if (d.signum() < 0) {
            throw bad(i, name, "negative count " + shown(i));
        }
        if (d.compareTo(COUNT_LIMIT) > 0) {
            throw bad(i, name, "count " + shown(i) + " is implausibly large (limit "
                    + String.format(Locale.ROOT, "%.0e", MAX_COUNT) + ")");
        }
        if (!Numbers.isWhole(d)) {
            throw bad(i, name, "count " + shown(i) + " is not a whole number");
        }
        return d.doubleValue();
    }

    /** The field's exact decimal value (not rounded to a double). */
    private BigDecimal generic(int i, String name) {
        // Parse the whole field: shown() clips it for messages, and a clipped number is not a number.
        String s = csv.nonAscii(i) ? "" : csv.string(i, null);
        if (!Numbers.isDecimal(s)) {
            throw bad(i, name, "'" + shown(i) + "' is not a number");
        }
        return new BigDecimal(s);
    }

    /** The field as shown in a message: clipped, control characters visible. */
    private String shown(int i) {
        return Suggest.clip(csv.nonAscii(i) ? "(non-ASCII text)" : csv.string(i, null), 40);
    }

    private InputException bad(int i, String column, String message) {
        return new InputException(file, csv.line(i), column, message);
    }
}
