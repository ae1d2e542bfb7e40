package tiktokclaims.model;

/**
 * Unpenalised logistic regression by maximum likelihood (Newton's method, the same estimates as statsmodels'
 * {@code Logit(y, X).fit()}), for inference: standard errors from the inverse information matrix, Wald z tests,
 * 95 % intervals, likelihood-ratio test.
 */
public final class Logit {

    /** Newton iterations allowed by {@link #fit(DesignMatrix)}. */
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    /** Convergence: every Newton step below this many standard errors. */
    public static final double DEFAULT_TOLERANCE = 1e-8;

    private Logit() {
    }

    /**
     * Fits by maximum likelihood.
     *
     * @throws ModelFitException naming the cause when the estimates do not exist: a class with no rows, a
     *                           constant or collinear column, perfect or quasi-complete separation
     */
    public static LogitResult fit(DesignMatrix design) {
        return fit(design, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /** Fits by maximum likelihood with an explicit iteration limit and tolerance. */
    public static LogitResult fit(DesignMatrix design, int maxIterations, double tolerance) {
        NewtonFitter.Fit f = new NewtonFitter(design).fit(0.0, maxIterations, tolerance);
        return new LogitResult(design, f);
    }
}
