package tiktokclaims.claims;

/** The three kinds of classifier that training compares. */
public enum ModelKind {
    /** L2-penalised binomial logistic regression on standardised features: the baseline. */
    LOGISTIC_REGRESSION("logistic regression"),
    /** Random forest on the lib's histogram trees (Gini splits, soft voting). */
    RANDOM_FOREST("random forest"),
    /** Gradient-boosted histogram trees (log-loss). */
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
