package tiktokclaims.model;

import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.data.ClaimsSchema;

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
    public static final List<String> CAPPED = List.of(ClaimsSchema.LIKES, ClaimsSchema.COMMENTS);

    private CourseModel() {
    }

    /** The course spec: no transforms, unscaled features. */
    public static ModelSpec spec() {
        return ModelSpec.of(TARGET, POSITIVE).withNumeric(NUMERIC.toArray(String[]::new))
                .withCategorical(CATEGORICAL.toArray(String[]::new));
    }

    /** The course preprocessing: rows with any missing value dropped, likes and comments capped. */
    public static Table prepare(Table raw) {
        Table clean = raw.dropRowsWithMissingValues();
        capUpper(clean, CAPPED);
        return clean;
    }

    /** Caps each column in place at Q3 + 1.5·IQR of its own values (pandas' linear-interpolation quantiles). */
    static void capUpper(Table t, List<String> columns) {
        for (String c : columns) {
            DoubleColumn col = t.doubleColumn(c);
            double[] v = col.asDoubleArray();
            double limit = upperLimit(v);
            for (int i = 0; i < v.length; i++) {
                if (v[i] > limit) {
                    col.set(i, limit);
                }
            }
        }
    }

    /** Q3 + 1.5·(Q3 − Q1), quantiles by linear interpolation between order statistics. */
    static double upperLimit(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        double q1 = quantile(s, 0.25);
        double q3 = quantile(s, 0.75);
        return q3 + 1.5 * (q3 - q1);
    }

    private static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
