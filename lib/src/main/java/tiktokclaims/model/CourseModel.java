package tiktokclaims.model;

import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
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
}
