package tiktokclaims.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * What to model: the outcome column and its positive label, the numeric and categorical features, and optional
 * transforms. Immutable; each {@code with...} method returns a new spec.
 *
 * <p>Encoding (the same as pandas' {@code get_dummies(drop_first=True)}): each categorical column's levels are
 * sorted (String order) and the first is dropped; every other level gets a 0/1 term named
 * {@code column_level}, spaces in the level replaced by underscores. For the course model {@code claim_status}
 * [claim, opinion] gives {@code claim_status_opinion}; {@code author_ban_status} [active, banned, under review]
 * gives {@code author_ban_status_banned}, {@code author_ban_status_under_review}. Term order: {@code const}, the
 * numeric features in the order given, then the dummies of each categorical column in the order given.
 *
 * <p>Transforms apply to numeric features: {@code log1p} first (ln(1 + x)), then standardisation
 * ((x − mean) / sd, population sd as scikit-learn's StandardScaler) with the mean and sd learned by
 * {@link #encoder(Table)} on the training table.
 */
public final class ModelSpec {

    private final String target;
    private final String positiveLabel;
    private final List<String> numeric;
    private final List<String> categorical;
    private final Set<String> log1p;
    private final boolean standardise;

    private ModelSpec(String target, String positiveLabel, List<String> numeric, List<String> categorical,
            Set<String> log1p, boolean standardise) {
        this.target = target;
        this.positiveLabel = positiveLabel;
        this.numeric = List.copyOf(numeric);
        this.categorical = List.copyOf(categorical);
        this.log1p = Set.copyOf(log1p);
        this.standardise = standardise;
        Set<String> all = new LinkedHashSet<>();
        for (String c : features()) {
            if (!all.add(c)) {
                throw new IllegalArgumentException("feature '" + c + "' is listed twice");
            }
        }
        if (all.contains(target)) {
            throw new IllegalArgumentException("the outcome '" + target + "' cannot also be a feature");
        }
        for (String c : log1p) {
            if (!numeric.contains(c)) {
                throw new IllegalArgumentException("log1p needs a numeric feature; '" + c + "' is not one");
            }
        }
    }

    /**
     * A spec with no features yet.
     *
     * @param target        outcome column: text (then {@code positiveLabel} is the class coded 1) or 0/1 numbers
     * @param positiveLabel the label coded 1 (for a numeric outcome, {@code "1"})
     */
    public static ModelSpec of(String target, String positiveLabel) {
        return new ModelSpec(target, positiveLabel, List.of(), List.of(), Set.of(), false);
    }

    /** Adds numeric features (used as they are, or transformed). */
    public ModelSpec withNumeric(String... columns) {
        List<String> n = new ArrayList<>(numeric);
        n.addAll(List.of(columns));
        return new ModelSpec(target, positiveLabel, n, categorical, log1p, standardise);
    }

    /** Adds categorical (text) features, one-hot encoded dropping the first sorted level. */
    public ModelSpec withCategorical(String... columns) {
        List<String> c = new ArrayList<>(categorical);
        c.addAll(List.of(columns));
        return new ModelSpec(target, positiveLabel, numeric, c, log1p, standardise);
    }

    /** Applies ln(1 + x) to these numeric features (which must be > −1). */
    public ModelSpec withLog1p(String... columns) {
        Set<String> s = new LinkedHashSet<>(log1p);
        s.addAll(List.of(columns));
        return new ModelSpec(target, positiveLabel, numeric, categorical, s, standardise);
    }

    /** Standardises every numeric feature (after log1p) with the training mean and population sd. */
    public ModelSpec withStandardisation(boolean on) {
        return new ModelSpec(target, positiveLabel, numeric, categorical, log1p, on);
    }

    public String target() {
        return target;
    }

    public String positiveLabel() {
        return positiveLabel;
    }

    public List<String> numeric() {
        return numeric;
    }

    public List<String> categorical() {
        return categorical;
    }

    /** All feature columns: numeric then categorical. */
    public List<String> features() {
        List<String> f = new ArrayList<>(numeric);
        f.addAll(categorical);
        return f;
    }

    public Set<String> log1p() {
        return log1p;
    }

    public boolean standardise() {
        return standardise;
    }

    /** Learns the levels (and, when standardising, means and sds) from a training table. */
    public Encoder encoder(Table training) {
        return Encoder.learn(this, training);
    }

    /** Learns the encoding from {@code table} and applies it to the same table. */
    public DesignMatrix design(Table table) {
        return encoder(table).apply(table);
    }

    @Override
    public String toString() {
        return "ModelSpec " + target + " (1 = " + positiveLabel + ") ~ " + features()
                + (log1p.isEmpty() ? "" : ", log1p " + log1p) + (standardise ? ", standardised" : "");
    }
}
