package tiktokclaims.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tiktokclaims.data.ClaimsRowReader;
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
     * {@link #prepare} straight from a file, for large files: streams the rows ({@link ClaimsRowReader}, the same
     * checks and messages as {@code ClaimsData.load}), keeps the complete rows (no field empty) and only the columns
     * the model and the capping use ({@code video_id}, duration, the five counts, the three labels), then caps
     * likes and comments at {@link Cleaning#iqrLimits} of the complete rows, in place (no copy of the table).
     * Transcripts are read and checked but not kept. Gives the same design as {@code prepare(ClaimsData.load(file))}.
     *
     * @return the prepared table and the number of incomplete rows dropped
     */
    public static Prepared loadPrepared(Path file) throws IOException {
        List<String> numeric = new ArrayList<>(ClaimsSchema.COUNTS);
        numeric.add(0, ClaimsSchema.DURATION);
        List<String> labels = List.of(ClaimsSchema.CLAIM_STATUS, ClaimsSchema.VERIFIED_STATUS, ClaimsSchema.BAN_STATUS);
        LongColumn ids = LongColumn.create(ClaimsSchema.VIDEO_ID);
        DoubleColumn[] numbers = new DoubleColumn[numeric.size()];
        for (int j = 0; j < numbers.length; j++) {
            numbers[j] = DoubleColumn.create(numeric.get(j));
        }
        StringColumn[] texts = new StringColumn[labels.size()];
        for (int j = 0; j < texts.length; j++) {
            texts[j] = StringColumn.create(labels.get(j));
        }
        double[] value = new double[numbers.length];
        String[] text = new String[texts.length];
        long dropped = 0;
        try (ClaimsRowReader rows = ClaimsRowReader.open(file, List.of())) {
            while (rows.next()) {
                boolean complete = rows.videoId() >= 0 && !Double.isNaN(rows.number(ClaimsSchema.ROW))
                        && rows.text(ClaimsSchema.TRANSCRIPT) != null;
                for (int j = 0; j < value.length; j++) {
                    value[j] = rows.number(numeric.get(j));
                    complete &= !Double.isNaN(value[j]);
                }
                for (int j = 0; j < text.length; j++) {
                    text[j] = rows.text(labels.get(j));
                    complete &= text[j] != null;
                }
                if (!complete) {
                    dropped++;
                    continue;
                }
                ids.append(rows.videoId());
                for (int j = 0; j < value.length; j++) {
                    numbers[j].append(value[j]);
                }
                for (int j = 0; j < text.length; j++) {
                    texts[j].append(text[j]);
                }
            }
        }
        Table t = Table.create(file.getFileName().toString()).addColumns(ids).addColumns(numbers).addColumns(texts);
        for (String c : CAPPED) {
            double limit = Cleaning.iqrLimits(t, c).upper();
            DoubleColumn col = t.doubleColumn(c);
            for (int i = 0; i < col.size(); i++) {
                if (col.getDouble(i) > limit) {
                    col.set(i, limit);
                }
            }
        }
        return new Prepared(t, dropped);
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
