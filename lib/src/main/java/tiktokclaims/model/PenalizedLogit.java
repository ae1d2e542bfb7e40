package tiktokclaims.model;

/**
 * L2-penalised logistic regression with an unpenalised intercept: maximises
 * {@code Σ wᵢ log-likelihoodᵢ − ‖β‖² / (2C)}, the objective of scikit-learn's {@code LogisticRegression(penalty='l2',
 * C=C)} (with {@code sample_weight} = w). Solved by Newton's method to the exact optimum.
 *
 * <p>scikit-learn's default solver (lbfgs, {@code max_iter} 800, {@code tol} 1e-4) on unscaled features stops
 * where its projected gradient is small, which with counts in the millions can be visibly short of this optimum
 * (on the course data the {@code author_ban_status_banned} coefficient is −0.41 there and −0.18 at the optimum);
 * the fitted probabilities differ by at most 0.018 and the 0.5-threshold predictions agree (see
 * {@code docs/model.md}). This class gives the optimum, which is what scikit-learn's own exact solvers
 * ({@code newton-cholesky}) return.
 */
public final class PenalizedLogit {

    /** scikit-learn's default inverse penalty strength. */
    public static final double DEFAULT_C = 1.0;

    private PenalizedLogit() {
    }

    /** Fits with scikit-learn's default C = 1. */
    public static PenalizedLogitResult fit(DesignMatrix design) {
        return fit(design, DEFAULT_C);
    }

    /**
     * Fits with inverse penalty strength {@code c} (> 0; larger is weaker).
     *
     * @throws ModelFitException when a class has no rows, or the optimiser does not converge
     */
    public static PenalizedLogitResult fit(DesignMatrix design, double c) {
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("C must be a positive number, got " + c);
        }
        NewtonFitter.Fit f = new NewtonFitter(design).fit(1.0 / c, Logit.DEFAULT_MAX_ITERATIONS,
                Logit.DEFAULT_TOLERANCE);
        return new PenalizedLogitResult(design, c, f);
    }
}
