package tiktokclaims.model;

import java.util.List;
import tech.tablesaw.api.Table;
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
     * comments capped at Q3 + 1.5·IQR of the complete rows.
     */
    public static Table prepare(Table raw) {
        return Cleaning.exemplar(raw).table();
    }
}
