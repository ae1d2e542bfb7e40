package tiktokclaims.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tiktokclaims.data.ClaimsColumns;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.Cleaning;

/**
 * The course's model of {@code verified_status}: its features, its preprocessing (drop incomplete rows, cap likes
 * and comments at Q3 + 1.5·IQR) and its {@link ModelSpec}. Likes are left out of the model (they correlate
 * strongly with views, shares, downloads and comments).
 */
public final class CourseModel {

    /** The outcome; 1 = {@link #POSITIVE}. */
    public static final String TARGET = ClaimsSchema.VERIFIED_STATUS;
    public static final String POSITIVE = "verified";
    /** Numeric features, in model order. */
    public static final List<String> NUMERIC = List.of(ClaimsSchema.DURATION, ClaimsSchema.VIEWS,
            ClaimsSchema.SHARES, ClaimsSchema.DOWNLOADS, ClaimsSchema.COMMENTS);
    /** Categorical features, in model order. */
    public static final List<String> CATEGORICAL = List.of(ClaimsSchema.CLAIM_STATUS, ClaimsSchema.BAN_STATUS);
    /** The columns capped at Q3 + 1.5·IQR. */
    public static final List<String> CAPPED = Cleaning.EXEMPLAR_CAPPED;

    private CourseModel() {
    }

    /** The course spec: no transforms, unscaled features. */
    public static ModelSpec spec() {
        return ModelSpec.of(TARGET, POSITIVE).withNumeric(NUMERIC.toArray(String[]::new))
                .withCategorical(CATEGORICAL.toArray(String[]::new));
    }

    /**
     * The course preprocessing ({@link Cleaning#exemplar}): rows with any missing value dropped, then likes and
     * comments capped at Q3 + 1.5·IQR of the complete rows. The result has every column but the transcript, which
     * the model does not use: a row still counts as incomplete when only its transcript is missing, as in the
     * course's {@code dropna()}, but a million transcripts are not copied.
     */
    public static Table prepare(Table raw) {
        Table slim = Table.create(raw.name());
        IntColumn transcript = IntColumn.create(TRANSCRIPT_PRESENT, raw.rowCount());
        for (Column<?> c : raw.columns()) {
            if (c.name().equals(ClaimsSchema.TRANSCRIPT)) {
                for (int i = 0; i < c.size(); i++) {
                    if (c.isMissing(i)) {
                        transcript.setMissing(i);
                    } else {
                        transcript.set(i, 1);
                    }
                }
                slim.addColumns(transcript);
            } else {
                slim.addColumns(c);
            }
        }
        Table clean = Cleaning.exemplar(slim).table();
        return clean.removeColumns(TRANSCRIPT_PRESENT);
    }

    private static final String TRANSCRIPT_PRESENT = "transcript present";

    /**
     * {@link #prepare} straight from a file, for large files: reads the rows in parallel ({@link ClaimsColumns}, the
     * same checks and messages as {@code ClaimsData.load}), keeps the complete rows (no field empty) and only the
     * columns the model and the capping use ({@code video_id}, duration, the five counts, the three labels), then
     * caps likes and comments at {@link Cleaning#iqrLimits} of the complete rows. Transcripts are checked but not
     * kept. Gives the same design as {@code prepare(ClaimsData.load(file))}.
     *
     * @return the prepared table and the number of incomplete rows dropped
     */
    public static Prepared loadPrepared(Path file) throws IOException {
        ClaimsColumns data = ClaimsColumns.read(file);
        Table t = Table.create(file.getFileName().toString())
                .addColumns(LongColumn.create(ClaimsSchema.VIDEO_ID, data.videoIds()));
        List<String> numeric = new ArrayList<>(ClaimsSchema.COUNTS);
        numeric.add(0, ClaimsSchema.DURATION);
        for (String c : numeric) {
            double[] v = data.values(c);
            if (CAPPED.contains(c)) {
                cap(c, v);
            }
            t.addColumns(DoubleColumn.create(c, v));
        }
        for (String c : List.of(ClaimsSchema.CLAIM_STATUS, ClaimsSchema.VERIFIED_STATUS, ClaimsSchema.BAN_STATUS)) {
            List<String> names = ClaimsColumns.labelNames(c);
            StringColumn col = StringColumn.create(c);
            for (byte k : data.labels(c)) {
                col.append(names.get(k));
            }
            t.addColumns(col);
        }
        return new Prepared(t, data.droppedRows());
    }

    /**
     * The course model's design straight from a file, without a table: the rows and checks of
     * {@link #loadPrepared}, the comments capped as there (likes, capped there too, are not in the model), and
     * the encoding {@code spec().design(table)} gives: the numeric features in model order, then a 0/1 dummy per
     * level of each categorical feature but the first of its levels present in the data (sorted), named by
     * {@link Encoder#dummyName}. The columns are the parsed arrays themselves (no table, no copies of them). The
     * intercept and the dummies also come coded as a byte per row for the fit (a bit per column, set with the
     * dummy), so that the fit need not scan the columns to find and code them (60-90 ms on 1M rows, first run).
     *
     * @return the design and the number of incomplete rows dropped
     */
    public static Design loadDesign(Path file) throws IOException {
        ClaimsColumns data = ClaimsColumns.read(file);
        int n = data.rows();
        List<String> terms = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        terms.add(DesignMatrix.CONST);
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        cols.add(ones);
        for (String c : NUMERIC) {
            double[] v = data.values(c);
            if (CAPPED.contains(c)) {
                cap(c, v);
            }
            terms.add(c);
            cols.add(v);
        }
        // the indicator columns (the intercept, then each dummy) coded as a byte per row for the fit
        List<Integer> indicatorColumns = new ArrayList<>(List.of(0));
        byte[] indicatorCodes = new byte[n];
        Arrays.fill(indicatorCodes, (byte) 1);
        for (String c : CATEGORICAL) {
            byte[] codes = data.labels(c);
            List<String> names = ClaimsColumns.labelNames(c);
            boolean[] present = new boolean[names.size()];
            for (byte k : codes) {
                present[k] = true;
            }
            TreeMap<String, Integer> levels = new TreeMap<>();
            for (int k = 0; k < names.size(); k++) {
                if (present[k]) {
                    levels.put(names.get(k), k);
                }
            }
            boolean reference = true;
            for (Map.Entry<String, Integer> level : levels.entrySet()) {
                if (reference) {
                    reference = false;
                    continue;
                }
                double[] dummy = new double[n];
                byte k = level.getValue().byteValue();
                int bit = indicatorColumns.size() < NewtonFitter.MAX_INDICATORS ? 1 << indicatorColumns.size() : 0;
                for (int i = 0; i < n; i++) {
                    if (codes[i] == k) {
                        dummy[i] = 1.0;
                        indicatorCodes[i] |= (byte) bit;
                    }
                }
                indicatorColumns.add(cols.size());
                terms.add(Encoder.dummyName(c, level.getKey()));
                cols.add(dummy);
            }
        }
        byte[] outcome = data.labels(TARGET);
        List<String> outcomeNames = ClaimsColumns.labelNames(TARGET);
        byte positive = (byte) outcomeNames.indexOf(POSITIVE);
        int[] y = new int[n];
        TreeSet<String> others = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (outcome[i] == positive) {
                y[i] = 1;
            } else {
                others.add(outcomeNames.get(outcome[i]));
            }
        }
        // the class labels as Encoder names them: the one other label, else "not <positive>"
        String negative = others.size() == 1 ? others.first() : "not " + POSITIVE;
        boolean coded = indicatorColumns.size() <= NewtonFitter.MAX_INDICATORS;
        DesignMatrix design = new DesignMatrix(terms, cols.toArray(double[][]::new), y, null, TARGET,
                List.of(negative, POSITIVE), false, coded ? indicatorColumns.stream().mapToInt(j -> j).toArray() : null,
                coded ? indicatorCodes : null);
        return new Design(design, data.droppedRows());
    }

    /** Caps the values at the column's upper IQR limit, in place. */
    private static void cap(String column, double[] values) {
        double limit = Cleaning.iqrLimits(column, values.clone()).upper();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > limit) {
                values[i] = limit;
            }
        }
    }

    /**
     * The course design read from a file and how many incomplete rows were dropped to make it.
     *
     * @param design      complete rows, comments capped, encoded as {@code spec().design(table)} encodes them
     * @param droppedRows incomplete rows removed
     */
    public record Design(DesignMatrix design, long droppedRows) {
    }

    /**
     * A prepared table and how many incomplete rows were dropped to make it.
     *
     * @param table       complete rows, likes and comments capped
     * @param droppedRows incomplete rows removed
     */
    public record Prepared(Table table, long droppedRows) {
    }
}
