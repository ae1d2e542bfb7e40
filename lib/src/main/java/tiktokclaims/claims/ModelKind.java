package tiktokclaims.claims;

/** The three kinds of classifier that training compares. */
public enum ModelKind {
    /** L2-penalised binomial logistic regression on standardised features: the baseline. */
    LOGISTIC_REGRESSION("logistic regression"),
    /** Smile random forest (Gini splits, soft voting). */
    RANDOM_FOREST("random forest"),
    /** Smile gradient-boosted trees (binomial deviance). */
    GRADIENT_BOOSTING("gradient-boosted trees");

    private final String label;

    ModelKind(String label) {
        this.label = label;
    }

    /** Human-readable name, e.g. {@code random forest}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
