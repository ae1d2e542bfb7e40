package tiktokclaims.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Maximises the (optionally L2-penalised, optionally weighted) binomial log-likelihood by Newton's method with
 * step halving: the exact optimum, to machine precision. The intercept (column 0) is never penalised.
 * Before fitting it checks the design and names the cause of a fit that cannot exist: a class with no rows, a
 * constant or collinear column, a column that separates the classes.
 *
 * <p>Written by hand: Smile's LogisticRegression gives no standard errors; its GLM has no weights or penalty, rounds
 * p to 0 beyond |z| 8.3 and fails unnamed under separation (docs/model.md).
 */
final class NewtonFitter {

    /** |linear predictor| above which a row's fitted probability is 0 or 1 to within 1e-11. */
    private static final double EXTREME_ETA = 25.0;

    /** The fitted probability 1 / (1 + e^−η) from e = e^−|η| (no overflow, full precision in either tail). */
    private static double fitted(double eta, double e) {
        return (eta >= 0 ? 1 : e) / (1 + e);
    }

    /**
     * Whether a row's linear predictor is within 1 of {@link #EXTREME_ETA} on the side of its own class y: the
     * passes count these rows, the candidates of the exact extreme-fit check.
     */
    private static boolean nearExtreme(int y, double eta) {
        return (y == 1 ? eta : -eta) > EXTREME_ETA - 1;
    }

    /**
     * The optimum found. {@code hessianInverse} is the inverse of the (penalised) negative Hessian; {@code averages}
     * the row averages of the marginal effects at the optimum ({@link MarginalEffects.Averages}), null for a
     * design with weights.
     */
    record Fit(double[] beta, double[][] hessianInverse, double logLikelihood, double nullLogLikelihood,
            int iterations, boolean converged, MarginalEffects.Averages averages) {
    }

    private final DesignMatrix design;
    private final double[][] x;
    private final int[] y;
    private final double[] w;
    private final int n;
    private final int p;

    NewtonFitter(DesignMatrix design) {
        this(design, true);
    }

    /** The indicator columns' codes ({@link Indicators}), or null: the passes then multiply every column. */
    private final Indicators indicators;

    /**
     * @param condensed whether the passes may take the indicator columns as codes, or a wide design's rows as
     *                  departures from its columns' usual values (false: every column multiplied; tests compare)
     */
    NewtonFitter(DesignMatrix design, boolean condensed) {
        this(design, design.raw(), design.rawY(), design.rawWeights(), indicators(design, condensed), condensed);
    }

    private NewtonFitter(DesignMatrix design, double[][] x, int[] y, double[] w, Indicators indicators,
            boolean condensed) {
        this.design = design;
        this.x = x;
        this.y = y;
        this.w = w;
        this.n = y.length;
        this.p = x.length;
        this.indicators = indicators;
        this.departures = condensed && indicators == null && w == null ? Departures.of(x, n) : null;
    }

    /** The rows as departures from each column's usual value ({@link Departures}), or null. */
    private final Departures departures;

    /** Whether the passes over this design take its rows as departures (tests). */
    static boolean condensesByDepartures(DesignMatrix design) {
        return new NewtonFitter(design).departures != null;
    }

    /** The design's indicator codes: those its maker made, else found in its columns; none with weights. */
    private static Indicators indicators(DesignMatrix design, boolean useIndicators) {
        if (!useIndicators || design.rawWeights() != null) {
            return null;
        }
        Indicators coded = design.rawIndicatorCodes() != null
                ? new Indicators(design.raw(), design.rawIndicatorColumns(), design.rawIndicatorCodes())
                : Indicators.of(design.raw(), design.rows());
        // many other columns: their lane sums would not stay in the cache, and the plain passes do as well
        return coded != null && coded.others.length <= Lanes.MAX_COLUMNS ? coded : null;
    }

    /** At most this many indicator columns are taken as codes ({@code Indicators}: a byte per row). */
    static final int MAX_INDICATORS = 7;

    /** Designs with at least this many rows start Newton's method from a fit on a sample of rows. */
    static final int WARM_START_ROWS = 1 << 18;
    /** About this many rows (every k-th) make the warm-start sample. */
    private static final int WARM_START_SAMPLE = 1 << 15;
    /**
     * The sample is at least every this-many-th row: on 10M rows 312k rows, not 32k, so that the start is as close
     * to the optimum (in standard errors) as on 1M rows and the full fit needs 4 passes, not 5; such a sample
     * starts from its own 32k-row sample.
     */
    private static final int WARM_START_MAX_STRIDE = 32;

    /**
     * @param penalty  L2 strength λ on every coefficient but the intercept (objective: log-likelihood − λ/2·|β|²);
     *                 0 for maximum likelihood
     * @param maxIter  Newton iterations allowed
     * @param tol      convergence when every step, in units of its coefficient's standard error, is below this
     */
    Fit fit(double penalty, int maxIter, double tol) {
        return fit(penalty, maxIter, tol, WARM_START_ROWS);
    }

    /**
     * {@link #fit(double, int, double)}, starting from a sample fit when the design has at least warmStartRows.
     *
     * <p>Every pass over the rows ({@link #evaluate}) gives the log-likelihood, gradient and Hessian at one point
     * and, with them, the sums the rest of the fit needs there: the marginal effects' row averages and a count of
     * rows near a fitted probability of 0 or 1. Newton's method stops at the first point whose step is below
     * {@code tol} standard errors: the estimates are that point plus its step (the optimum, to the square of the
     * step) and the rest comes from that pass ({@link Evaluation#movedBy}), so no pass is spent on the point
     * after the step.
     */
    Fit fit(double penalty, int maxIter, double tol, int warmStartRows) {
        checkClasses();
        double ybar = weightedMeanY();
        // the sample fit first: besides the start, it gets the evaluation loops compiled before the full passes
        double[] warm = n >= warmStartRows ? warmStart(penalty, maxIter) : null;
        double[] start = new double[p];
        start[0] = Math.log(ybar / (1 - ybar));
        double[] beta = start;
        Evaluation at = null;
        if (warm != null) {
            Evaluation there = evaluate(warm, penalty);
            if (penalty == 0 && SymmetricSolver.of(there.hessian).dependentColumn() >= 0) {
                // X'WX with every weight > 0 is singular when the Gram matrix is: only then is the start's pass
                // needed, for the rank check's Gram matrix (the same check and message as without a warm start)
                at = evaluate(start, penalty);
                checkRank(at.hessian);
            }
            // No single-column separation check here: the sample fit passed it on a subset of the rows, and a
            // column that separates all rows (max of one class <= min of the other) separates every subset.
            // at the start every fitted probability is ybar and the intercept is not penalised: its objective is
            // the null log-likelihood, without a pass over the rows
            if (there.objective > nullLogLikelihood(ybar)) {
                beta = warm;
                at = there;
            } else if (at == null) {
                at = evaluate(start, penalty);
            }
        } else {
            at = evaluate(start, penalty);
            if (penalty == 0) {
                // every fitted probability is ybar here, so the Hessian is ybar (1 − ybar) X'WX: the Gram matrix
                checkRank(at.hessian);
                checkSingleColumnSeparation();
            }
        }
        boolean converged = false;
        int iter = 0;
        SymmetricSolver s = null;
        while (iter < maxIter) {
            iter++;
            s = SymmetricSolver.of(at.hessian);
            if (s.dependentColumn() >= 0) {
                throw separationOrSingular(beta);
            }
            double[] step = s.solve(at.gradient);
            double size = 0;
            for (int j = 0; j < p; j++) {
                size = Math.max(size, Math.abs(step[j]) * Math.sqrt(at.hessian[j][j]));
            }
            if (size < tol) {
                double[] last = new double[p];
                for (int j = 0; j < p; j++) {
                    last[j] = beta[j] + step[j];
                }
                at = at.movedBy(step, beta, penalty);
                beta = last;
                converged = true;
                break;
            }
            double t = 1.0;
            double[] next = new double[p];
            Evaluation candidate;
            int halvings = 0;
            while (true) {
                for (int j = 0; j < p; j++) {
                    next[j] = beta[j] + t * step[j];
                }
                candidate = evaluate(next, penalty);
                if (candidate.objective >= at.objective - 1e-12 * Math.abs(at.objective) || halvings >= 40) {
                    break;
                }
                t /= 2;
                halvings++;
            }
            beta = next;
            at = candidate;
        }
        if (penalty == 0 && (!converged || at.nearExtremeRows > 0)) {
            // the exact check at the estimates (the pass counted rows within 1 of the limit, at the last point)
            checkExtremeFits(beta, converged);
        }
        if (!converged) {
            throw new ModelFitException(ModelFitException.Reason.NOT_CONVERGED,
                    "the fit did not converge in " + maxIter + " Newton iterations");
        }
        return new Fit(beta, s.inverse(), at.logLikelihood, nullLogLikelihood(ybar), iter, true, at.averages);
    }

    /**
     * On a large design, the coefficients fitted (to a loose tolerance) on every k-th row, about
     * {@link #WARM_START_SAMPLE} rows: Newton's method on all rows then starts close to the optimum and needs fewer
     * passes over the data (4 on 1M and on 10M generated rows). The optimum reached is the same (the full fit
     * converges to the same tolerance from either start). Null when the sample cannot be
     * fitted (then the full fit starts from the intercept-only model as usual). Measured on 1M generated rows
     * (infer, course model): 6 Newton iterations become 4, the same estimates to 2e-12 relative.
     */
    private double[] warmStart(double penalty, int maxIter) {
        int k = Math.max(2, Math.min(n / WARM_START_SAMPLE, WARM_START_MAX_STRIDE));
        int m = (n + k - 1) / k;
        // column by column (one simple loop each), the indicator codes with them
        double[][] xs = new double[p][];
        for (int j = 0; j < p; j++) {
            xs[j] = every(x[j], k, m);
        }
        int[] ys = new int[m];
        for (int i = 0, r = 0; r < m; i += k, r++) {
            ys[r] = y[i];
        }
        double[] ws = w == null ? null : every(w, k, m);
        Indicators sampleCodes = null;
        if (indicators != null) {
            byte[] codes = new byte[m];
            for (int i = 0, r = 0; r < m; i += k, r++) {
                codes[r] = indicators.code[i];
            }
            sampleCodes = new Indicators(xs, indicators.columns, codes);
        }
        try {
            // the penalty is per row summed over rows: scale it to the sample
            return new NewtonFitter(design, xs, ys, ws, sampleCodes, true).fit(penalty * m / n, maxIter, 1e-3,
                    WARM_START_ROWS).beta();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Every k-th value of c, m of them. */
    private static double[] every(double[] c, int k, int m) {
        double[] out = new double[m];
        for (int i = 0, r = 0; r < m; i += k, r++) {
            out[r] = c[i];
        }
        return out;
    }

    /**
     * Log-likelihood, penalised objective, gradient and negative Hessian at one point; the marginal effects' row
     * averages there (null for a design with weights); and how many rows have a linear predictor within 1 of
     * {@link #EXTREME_ETA} on the side of their own class (a fitted probability of nearly 0 or 1).
     */
    private record Evaluation(double logLikelihood, double objective, double[] gradient, double[][] hessian,
            MarginalEffects.Averages averages, long nearExtremeRows) {

        /**
         * The numbers at {@code beta + step} from those at {@code beta}, for a step of a small fraction of a
         * standard error: the log-likelihood to second order (its gradient and Hessian are the penalised ones
         * less the penalty's), the mean slope p(1 − p) to first order (its gradient is the slope gradient); the
         * rest as at {@code beta} (they move by a relative C·step, below 1e-10 for a step below 1e-8 standard
         * errors). Errors O(step³) and O(step²): far below rounding.
         */
        Evaluation movedBy(double[] step, double[] beta, double penalty) {
            int p = step.length;
            double change = 0;
            for (int j = 0; j < p; j++) {
                double g = gradient[j] + (j > 0 ? penalty * beta[j] : 0);
                double hs = 0;
                for (int k = 0; k < p; k++) {
                    hs += (hessian[j][k] - (j == k && j > 0 ? penalty : 0)) * step[k];
                }
                change += step[j] * (g - hs / 2);
            }
            MarginalEffects.Averages moved = null;
            if (averages != null) {
                double slope = averages.slope();
                for (int k = 0; k < p; k++) {
                    slope += averages.slopeGradient()[k] * step[k];
                }
                moved = new MarginalEffects.Averages(slope, averages.slopeGradient());
            }
            return new Evaluation(logLikelihood + change, objective, gradient, hessian, moved, nearExtremeRows);
        }
    }

    /** Rows per block of {@link #evaluate}; blocks are summed in a fixed order, so results never depend on threads. */
    private static final int BLOCK = 1 << 17;

    /**
     * One pass over the rows: the linear predictor, log-likelihood, gradient, Hessian and the sums of
     * {@link Evaluation} together. Large designs are cut into fixed blocks of {@link #BLOCK} rows, evaluated in
     * parallel and added up in block order.
     */
    private Evaluation evaluate(double[] beta, double penalty) {
        int blocks = Math.max((n + BLOCK - 1) / BLOCK, 1);
        double[][] parts = IntStream.range(0, blocks).parallel()
                .mapToObj(b -> block(beta, b * BLOCK, Math.min(n, (b + 1) * BLOCK)))
                .toArray(double[][]::new);
        Sums at = new Sums(p);
        double[] sum = new double[at.length];
        for (double[] part : parts) {
            for (int k = 0; k < sum.length; k++) {
                sum[k] += part[k];
            }
        }
        double ll = sum[0];
        double[] g = java.util.Arrays.copyOfRange(sum, 1, 1 + p);
        double[][] h = new double[p][p];
        int t = at.hessian;
        for (int j = 0; j < p; j++) {
            for (int k = 0; k <= j; k++) {
                h[j][k] = sum[t];
                h[k][j] = sum[t];
                t++;
            }
        }
        double pen = 0;
        for (int j = 1; j < p; j++) {
            g[j] -= penalty * beta[j];
            h[j][j] += penalty;
            pen += beta[j] * beta[j];
        }
        MarginalEffects.Averages averages = null;
        if (w == null) {
            double[] slopeGradient = new double[p];
            for (int k = 0; k < p; k++) {
                slopeGradient[k] = sum[at.slopeGradient + k] / n;
            }
            averages = new MarginalEffects.Averages(sum[at.slope] / n, slopeGradient);
        }
        return new Evaluation(ll, ll - penalty / 2 * pen, g, h, averages, (long) sum[at.nearExtreme]);
    }

    /**
     * Where each sum sits in a block's array: the log-likelihood at 0, the gradient from 1, the Hessian's lower
     * triangle by rows, the sum of p(1 − p), the sums of p(1 − p)(1 − 2p)·x_k, the count of near-extreme rows.
     */
    private static final class Sums {
        final int hessian;
        final int slope;
        final int slopeGradient;
        final int nearExtreme;
        final int length;

        Sums(int p) {
            hessian = 1 + p;
            slope = hessian + p * (p + 1) / 2;
            slopeGradient = slope + 1;
            nearExtreme = slopeGradient + p;
            length = nearExtreme + 1;
        }
    }

    /** The sums of {@link Sums} over rows [from, to). */
    private double[] block(double[] beta, int from, int to) {
        return w == null ? unweightedBlock(beta, from, to) : weightedBlock(beta, from, to);
    }

    /** Rows per tile of {@link #unweightedBlock}. */
    private static final int TILE = 256;

    /** {@link #block} for a design without weights: the rows a {@link Tile} at a time. */
    private double[] unweightedBlock(double[] beta, int from, int to) {
        if (indicators != null) {
            return indicators.block(beta, y, from, to);
        }
        if (departures != null) {
            return departures.block(beta, y, from, to);
        }
        Sums at = new Sums(p);
        double[] acc = new double[at.length];
        Tile tile = new Tile();
        for (int s = from; s < to; s += TILE) {
            int m = Math.min(TILE, to - s);
            tile.linearPredictors(x, beta, s, m);
            tile.probabilities(y, s, m);
            tile.addGradients(x, acc, at.slopeGradient, s, m);
            tile.addHessian(x, acc, s, m);
        }
        acc[0] = tile.ll;
        acc[at.slope] = tile.slope;
        acc[at.nearExtreme] = tile.nearExtreme;
        return acc;
    }

    /**
     * The per-row numbers of up to {@link #TILE} rows. Each step is one small loop nest, so that the JIT compiles
     * it early and once: the linear predictors column by column; the probabilities with one exp per row (the
     * log-likelihood's log(1 + e^−|η|) summed as the log of the tile's product of 1 + e^−|η|, each factor in
     * [1, 2], so one log per tile); the gradient and the marginal effects' sums column by column; the Hessian
     * four entries per pass over the tile.
     */
    private static final class Tile {
        private final double[] eta = new double[TILE];
        private final double[] r = new double[TILE];
        private final double[] v = new double[TILE];
        private final double[] u = new double[TILE];
        private final double[] vj = new double[TILE];
        private double ll;
        private double slope;
        private long nearExtreme;

        void linearPredictors(double[][] x, double[] beta, int s, int m) {
            java.util.Arrays.fill(eta, 0, m, 0.0);
            addPredictors(x, beta, s, m);
        }

        void addPredictors(double[][] x, double[] beta, int s, int m) {
            for (int j = 0; j < x.length; j++) {
                addScaled(beta[j], x[j], s, m);
            }
        }

        /** eta += b·c over the tile: a loop of its own (so that C2 compiles each loop once, in a small method). */
        private void addScaled(double b, double[] c, int s, int m) {
            for (int i = 0; i < m; i++) {
                eta[i] += b * c[s + i];
            }
        }

        void probabilities(int[] y, int s, int m) {
            double lin = 0;
            double product = 1;
            double sumV = 0;
            long near = 0;
            for (int i = 0; i < m; i++) {
                double et = eta[i];
                double e = Math.exp(-Math.abs(et));
                double onePlus = 1 + e;
                double pr = fitted(et, e);
                int yi = y[s + i];
                lin += yi * et - Math.max(et, 0);
                product *= onePlus;
                double vi = pr * (1 - pr);
                r[i] = yi - pr;
                v[i] = vi;
                u[i] = vi * (1 - 2 * pr);
                sumV += vi;
                if (nearExtreme(yi, et)) {
                    near++;
                }
            }
            ll += lin - Math.log(product);
            slope += sumV;
            nearExtreme += near;
        }

        /** The gradient's sums (r·x) at 1 and the marginal effects' (u·x) at {@code me}, column by column. */
        void addGradients(double[][] x, double[] acc, int me, int s, int m) {
            for (int j = 0; j < x.length; j++) {
                addTwo(x[j], acc, 1 + j, me + j, s, m);
            }
        }

        private void addTwo(double[] c, double[] acc, int gi, int qi, int s, int m) {
            double g = acc[gi];
            double q = acc[qi];
            for (int i = 0; i < m; i++) {
                double cj = c[s + i];
                g += r[i] * cj;
                q += u[i] * cj;
            }
            acc[gi] = g;
            acc[qi] = q;
        }

        /**
         * The Hessian's lower triangle: per column j, vj = v·x_j, then its products with columns 0..j, four at a
         * time. Every loop over the rows is a small method of its own: with them inline here, C2 compiled this
         * method four times (three on-stack replacements) at 40-50 ms each.
         */
        void addHessian(double[][] x, double[] acc, int s, int m) {
            int t = 1 + x.length;
            for (int j = 0; j < x.length; j++) {
                weigh(x[j], s, m);
                int k = 0;
                for (; k + 3 <= j; k += 4) {
                    addFour(x[k], x[k + 1], x[k + 2], x[k + 3], acc, t, s, m);
                    t += 4;
                }
                for (; k <= j; k++) {
                    acc[t] = addOne(x[k], acc[t], s, m);
                    t++;
                }
            }
        }

        private void weigh(double[] c, int s, int m) {
            for (int i = 0; i < m; i++) {
                vj[i] = v[i] * c[s + i];
            }
        }

        private double addOne(double[] c, double a, int s, int m) {
            for (int i = 0; i < m; i++) {
                a += vj[i] * c[s + i];
            }
            return a;
        }

        private void addFour(double[] c0, double[] c1, double[] c2, double[] c3, double[] acc, int t, int s, int m) {
            double a0 = acc[t];
            double a1 = acc[t + 1];
            double a2 = acc[t + 2];
            double a3 = acc[t + 3];
            for (int i = 0; i < m; i++) {
                double q = vj[i];
                a0 += q * c0[s + i];
                a1 += q * c1[s + i];
                a2 += q * c2[s + i];
                a3 += q * c3[s + i];
            }
            acc[t] = a0;
            acc[t + 1] = a1;
            acc[t + 2] = a2;
            acc[t + 3] = a3;
        }
    }

    /**
     * A wide design whose columns mostly hold one value each (standardised word weights: every row without the word
     * has the same value), kept as each row's departures from those values: with base values c and departures D,
     * X = 1c' + D, so X'VX = (Σv) cc' + c(D'v)' + (D'v)c' + D'VD, X'r = c Σr + D'r and Xβ = c·β + Dβ, and a pass
     * costs the pairs of each row's departures instead of all p(p + 1)/2 pairs of columns. The same sums in
     * another order: equal to rounding.
     */
    private static final class Departures {
        /** Designs narrower than this take the column passes. */
        static final int MIN_COLUMNS = 16;
        private final int p;
        /** Each column's base value: the value held by more than half of its rows, else 0. */
        private final double[] base;
        /** Row i's departures are entries start[i] .. start[i + 1] - 1: column (ascending) and value − base. */
        private final int[] start;
        private final int[] column;
        private final double[] delta;

        private Departures(double[] base, int[] start, int[] column, double[] delta) {
            this.p = base.length;
            this.base = base;
            this.start = start;
            this.column = column;
            this.delta = delta;
        }

        /**
         * The departures of x, or null when the design is narrow or its rows depart in more than a quarter of the
         * columns on average.
         */
        static Departures of(double[][] x, int n) {
            int p = x.length;
            if (p < MIN_COLUMNS || n == 0) {
                return null;
            }
            double[] base = new double[p];
            int[] count = new int[n + 1];
            long total = 0;
            for (int j = 0; j < p; j++) {
                base[j] = majority(x[j]);
                double b = base[j];
                double[] c = x[j];
                for (int i = 0; i < n; i++) {
                    if (c[i] != b) {
                        count[i + 1]++;
                        total++;
                    }
                }
            }
            if (total > (long) n * p / 4) {
                return null;
            }
            for (int i = 0; i < n; i++) {
                count[i + 1] += count[i];
            }
            int[] start = count.clone();
            int[] next = count;
            int[] column = new int[(int) total];
            double[] delta = new double[(int) total];
            for (int j = 0; j < p; j++) {
                double b = base[j];
                double[] c = x[j];
                for (int i = 0; i < n; i++) {
                    if (c[i] != b) {
                        int t = next[i]++;
                        column[t] = j;
                        delta[t] = c[i] - b;
                    }
                }
            }
            return new Departures(base, start, column, delta);
        }

        /** The value held by more than half of c, else 0 (Boyer and Moore's majority vote, then a count). */
        private static double majority(double[] c) {
            double candidate = 0;
            int votes = 0;
            for (double v : c) {
                if (votes == 0) {
                    candidate = v;
                    votes = 1;
                } else if (v == candidate) {
                    votes++;
                } else {
                    votes--;
                }
            }
            long held = 0;
            for (double v : c) {
                if (v == candidate) {
                    held++;
                }
            }
            return held * 2 > c.length ? candidate : 0;
        }

        /** {@link NewtonFitter#block} for rows [from, to), from their departures. */
        double[] block(double[] beta, int[] y, int from, int to) {
            double atBase = 0;
            for (int j = 0; j < p; j++) {
                atBase += beta[j] * base[j];
            }
            double sumR = 0;
            double sumU = 0;
            double sumV = 0;
            double[] dr = new double[p];
            double[] du = new double[p];
            double[] dv = new double[p];
            double[] pairs = new double[p * (p + 1) / 2];
            double linear = 0;
            double logTerms = 0;
            double product = 1;
            long near = 0;
            for (int i = from; i < to; i++) {
                int first = start[i];
                int end = start[i + 1];
                double eta = atBase;
                for (int t = first; t < end; t++) {
                    eta += beta[column[t]] * delta[t];
                }
                double e = Math.exp(-Math.abs(eta));
                double onePlus = 1 + e;
                double pr = fitted(eta, e);
                int yi = y[i];
                linear += yi * eta - Math.max(eta, 0);
                // log(1 + e^−|η|) summed as the log of a product of factors in [1, 2], one log per 64 rows
                product *= onePlus;
                if (((i - from) & 63) == 63) {
                    logTerms += Math.log(product);
                    product = 1;
                }
                if (nearExtreme(yi, eta)) {
                    near++;
                }
                double r = yi - pr;
                double v = pr * (1 - pr);
                double u = v * (1 - 2 * pr);
                sumR += r;
                sumU += u;
                sumV += v;
                for (int t = first; t < end; t++) {
                    int j = column[t];
                    double d = delta[t];
                    dr[j] += r * d;
                    du[j] += u * d;
                    double vd = v * d;
                    dv[j] += vd;
                    int row = j * (j + 1) / 2;
                    for (int k = first; k <= t; k++) {
                        pairs[row + column[k]] += vd * delta[k];
                    }
                }
            }
            logTerms += Math.log(product);
            Sums at = new Sums(p);
            double[] acc = new double[at.length];
            acc[0] = linear - logTerms;
            acc[at.slope] = sumV;
            acc[at.nearExtreme] = near;
            int h = at.hessian;
            for (int j = 0; j < p; j++) {
                acc[1 + j] = base[j] * sumR + dr[j];
                acc[at.slopeGradient + j] = base[j] * sumU + du[j];
                int row = j * (j + 1) / 2;
                for (int k = 0; k <= j; k++) {
                    acc[h++] = base[j] * base[k] * sumV + base[j] * dv[k] + base[k] * dv[j] + pairs[row + k];
                }
            }
            return acc;
        }
    }

    /**
     * The per-row numbers of up to {@link #T} rows for {@link Indicators#block}, with the row sums kept per lane
     * (a row's position in its tile) and added up over the lanes once per block: every loop over the tile's rows
     * then updates each lane independently (no chain of additions from one row to the next), which the JIT
     * turns into vector instructions; the sums are in a fixed order, whatever the threads.
     */
    private static final class Lanes {
        /** Rows per tile; the lanes' sums of a 5-column design fit in the first-level cache with the tile. */
        static final int T = 64;
        /** At most this many columns besides the indicators (78 Hessian lanes, 40 KB) are passed this way. */
        static final int MAX_COLUMNS = 12;
        private final int q;
        private final double[] eta = new double[T];
        private final double[] r = new double[T];
        private final double[] v = new double[T];
        private final double[] u = new double[T];
        private final double[] factor = new double[T];
        /** The tile's rows of each column, and v·x_a of them. */
        private final double[][] xt;
        private final double[][] vx;
        /** Lane sums: r·x_a and u·x_a per column; v·x_a·x_b per pair b <= a (by rows of the lower triangle). */
        private final double[][] gradient;
        private final double[][] slopeGradient;
        private final double[][] hessian;
        /** Lane sums of the log-likelihood's linear part y·η − max(η, 0) and of v. */
        private final double[] linear = new double[T];
        private final double[] slope = new double[T];
        private double logTerms;
        private long nearExtreme;

        Lanes(int q) {
            this.q = q;
            xt = new double[q][T];
            vx = new double[q][T];
            gradient = new double[q][T];
            slopeGradient = new double[q][T];
            hessian = new double[q * (q + 1) / 2][T];
        }

        void codedPredictors(byte[] code, double[] codeEta, int s, int m) {
            for (int i = 0; i < m; i++) {
                eta[i] = codeEta[code[s + i]];
            }
        }

        /**
         * Copies the tile's rows of each column (so that every loop below indexes its arrays alike, which the JIT
         * needs to vectorise it), then adds each column's part of the linear predictor.
         */
        void addPredictors(double[][] x, double[] beta, int s, int m) {
            for (int a = 0; a < q; a++) {
                System.arraycopy(x[a], s, xt[a], 0, m);
                addScaled(beta[a], xt[a], m);
            }
        }

        private void addScaled(double b, double[] c, int m) {
            for (int i = 0; i < m; i++) {
                eta[i] += b * c[i];
            }
        }

        /**
         * p, r = y − p, v = p(1 − p), u = v(1 − 2p) per row with one exp each; the log-likelihood's
         * log(1 + e^−|η|) as the log of the tile's product of those factors (each in [1, 2]: no overflow in 64
         * rows).
         */
        void probabilities(int[] y, int s, int m) {
            long near = 0;
            for (int i = 0; i < m; i++) {
                double et = eta[i];
                double e = Math.exp(-Math.abs(et));
                double onePlus = 1 + e;
                double pr = fitted(et, e);
                int yi = y[s + i];
                linear[i] += yi * et - Math.max(et, 0);
                factor[i] = onePlus;
                double vi = pr * (1 - pr);
                r[i] = yi - pr;
                v[i] = vi;
                u[i] = vi * (1 - 2 * pr);
                slope[i] += vi;
                if (nearExtreme(yi, et)) {
                    near++;
                }
            }
            double f0 = 1;
            double f1 = 1;
            double f2 = 1;
            double f3 = 1;
            int i = 0;
            for (; i + 3 < m; i += 4) {
                f0 *= factor[i];
                f1 *= factor[i + 1];
                f2 *= factor[i + 2];
                f3 *= factor[i + 3];
            }
            for (; i < m; i++) {
                f0 *= factor[i];
            }
            logTerms += Math.log(f0 * f1 * f2 * f3);
            nearExtreme += near;
        }

        /** Per column: v·x_a, and the lanes' r·x_a, u·x_a; then v·x_a·x_b for every pair b <= a. */
        void addProducts(int m) {
            for (int a = 0; a < q; a++) {
                weigh(xt[a], vx[a], gradient[a], slopeGradient[a], m);
            }
            int t = 0;
            for (int a = 0; a < q; a++) {
                for (int b = 0; b <= a; b++) {
                    addProduct(vx[a], xt[b], hessian[t++], m);
                }
            }
        }

        private void weigh(double[] c, double[] w, double[] g, double[] h, int m) {
            for (int i = 0; i < m; i++) {
                double ci = c[i];
                w[i] = v[i] * ci;
                g[i] += r[i] * ci;
                h[i] += u[i] * ci;
            }
        }

        private static void addProduct(double[] w, double[] c, double[] acc, int m) {
            for (int i = 0; i < m; i++) {
                acc[i] += w[i] * c[i];
            }
        }

        /**
         * Per code g: the sums of r, u, v, then v·x_a per column, over its rows, at {@code (g * 4 + i % 4) * stride}
         * for row i of the tile (four sets, so that rows in a row with the same code do not wait on each other's
         * additions; {@link Indicators#block} adds the four up).
         */
        void addByCode(byte[] code, double[] sums, int stride, int s, int m) {
            for (int i = 0; i < m; i++) {
                int b = (code[s + i] * 4 + (i & 3)) * stride;
                sums[b] += r[i];
                sums[b + 1] += u[i];
                sums[b + 2] += v[i];
                for (int a = 0; a < q; a++) {
                    sums[b + 3 + a] += vx[a][i];
                }
            }
        }

        /** The lanes added up, lane by lane, into a {@link Sums} array of q columns. */
        void sumInto(double[] acc, Sums at) {
            acc[0] = lanes(linear) - logTerms;
            acc[at.slope] = lanes(slope);
            acc[at.nearExtreme] = nearExtreme;
            for (int a = 0; a < q; a++) {
                acc[1 + a] = lanes(gradient[a]);
                acc[at.slopeGradient + a] = lanes(slopeGradient[a]);
            }
            for (int t = 0; t < hessian.length; t++) {
                acc[at.hessian + t] = lanes(hessian[t]);
            }
        }

        private static double lanes(double[] lane) {
            double sum = 0;
            for (double d : lane) {
                sum += d;
            }
            return sum;
        }
    }

    /**
     * The columns whose every value is 0 or 1 (the intercept, dummies), at most {@link #MAX_INDICATORS}, coded per row as one
     * byte: bit k set when the row has 1 in the k-th of them. A pass then multiplies only the other columns row by
     * row; what involves an indicator column it sums per code (the sums of r, u, v and v·x of each other column
     * over the rows with that code) and adds up over the codes at the end of each block: the gradient entry of an
     * indicator column is the sum of r over the codes with its bit set, a Hessian entry of two indicator columns
     * the sum of v over the codes with both bits, and so on. The course design (9 columns, 4 of them indicators)
     * then reads 5 columns and a byte per row instead of 9 columns, and does 15 + 8 products and sums per row for
     * its Hessian instead of 45. The same sums in another order: equal to rounding.
     */
    private static final class Indicators {


        private final int p;
        /** The indicator columns, in column order; bit k of a code is column {@code columns[k]}. */
        private final int[] columns;
        /** The other columns' indices and arrays, in column order. */
        private final int[] others;
        private final double[][] otherX;
        private final byte[] code;
        private final int codes;

        private Indicators(double[][] x, int[] columns, byte[] code) {
            this.p = x.length;
            this.columns = columns;
            this.code = code;
            this.codes = 1 << columns.length;
            this.others = IntStream.range(0, p).filter(j -> java.util.Arrays.binarySearch(columns, j) < 0).toArray();
            this.otherX = java.util.Arrays.stream(others).mapToObj(j -> x[j]).toArray(double[][]::new);
        }

        /** The codes of a design's indicator columns, or null when it has none or more than {@link #MAX_INDICATORS}. */
        static Indicators of(double[][] x, int n) {
            int[] columns = IntStream.range(0, x.length).parallel().filter(j -> isIndicator(x[j])).toArray();
            if (columns.length == 0 || columns.length > MAX_INDICATORS) {
                return null;
            }
            byte[] code = new byte[n];
            int blocks = Math.max((n + BLOCK - 1) / BLOCK, 1);
            double[][] c = java.util.Arrays.stream(columns).mapToObj(j -> x[j]).toArray(double[][]::new);
            // a plain loop: a shifted double-to-int conversion here took C2 50 ms to compile (twice: OSR, normal)
            IntStream.range(0, blocks).parallel().forEach(b -> {
                for (int i = b * BLOCK, end = Math.min(n, (b + 1) * BLOCK); i < end; i++) {
                    int g = 0;
                    for (int k = 0; k < c.length; k++) {
                        if (c[k][i] != 0) {
                            g |= 1 << k;
                        }
                    }
                    code[i] = (byte) g;
                }
            });
            return new Indicators(x, columns, code);
        }

        /** Whether bit k of code g is set (the row has 1 in indicator column k). */
        private static boolean has(int g, int k) {
            return (g >> k & 1) != 0;
        }

        /** {@link #block} for a design without weights, with the indicator columns as codes. */
        double[] block(double[] beta, int[] y, int from, int to) {
            int q = others.length;
            double[] otherBeta = new double[q];
            for (int a = 0; a < q; a++) {
                otherBeta[a] = beta[others[a]];
            }
            double[] codeEta = new double[codes];
            for (int g = 0; g < codes; g++) {
                for (int k = 0; k < columns.length; k++) {
                    if (has(g, k)) {
                        codeEta[g] += beta[columns[k]];
                    }
                }
            }
            Sums inner = new Sums(q);
            double[] own = new double[inner.length];
            int stride = 3 + q;
            double[] byCode = new double[codes * 4 * stride];
            Lanes tile = new Lanes(q);
            for (int s = from; s < to; s += Lanes.T) {
                int m = Math.min(Lanes.T, to - s);
                tile.codedPredictors(code, codeEta, s, m);
                tile.addPredictors(otherX, otherBeta, s, m);
                tile.probabilities(y, s, m);
                tile.addProducts(m);
                tile.addByCode(code, byCode, stride, s, m);
            }
            tile.sumInto(own, inner);
            for (int g = 0; g < codes; g++) {
                for (int t = 0; t < stride; t++) {
                    int b = g * 4 * stride + t;
                    byCode[g * stride + t] = byCode[b] + byCode[b + stride] + byCode[b + 2 * stride]
                            + byCode[b + 3 * stride];
                }
            }
            Sums at = new Sums(p);
            double[] acc = new double[at.length];
            acc[0] = own[0];
            acc[at.slope] = own[inner.slope];
            acc[at.nearExtreme] = own[inner.nearExtreme];
            int[] position = new int[p];
            boolean[] indicator = new boolean[p];
            for (int k = 0; k < columns.length; k++) {
                position[columns[k]] = k;
                indicator[columns[k]] = true;
            }
            for (int a = 0; a < q; a++) {
                position[others[a]] = a;
            }
            for (int j = 0; j < p; j++) {
                if (indicator[j]) {
                    acc[1 + j] = codeSum(byCode, stride, 0, position[j], -1);
                    acc[at.slopeGradient + j] = codeSum(byCode, stride, 1, position[j], -1);
                } else {
                    acc[1 + j] = own[1 + position[j]];
                    acc[at.slopeGradient + j] = own[inner.slopeGradient + position[j]];
                }
                for (int k = 0; k <= j; k++) {
                    double h;
                    if (indicator[j] && indicator[k]) {
                        h = codeSum(byCode, stride, 2, position[j], position[k]);
                    } else if (indicator[j]) {
                        h = codeSum(byCode, stride, 3 + position[k], position[j], -1);
                    } else if (indicator[k]) {
                        h = codeSum(byCode, stride, 3 + position[j], position[k], -1);
                    } else {
                        int a = position[j];
                        h = own[inner.hessian + a * (a + 1) / 2 + position[k]];
                    }
                    acc[at.hessian + j * (j + 1) / 2 + k] = h;
                }
            }
            return acc;
        }

        /** The sum of entry {@code t} of the codes with bit k set (and bit l, unless l < 0), in code order. */
        private double codeSum(double[] byCode, int stride, int t, int k, int l) {
            double sum = 0;
            for (int g = 0; g < codes; g++) {
                if (has(g, k) && (l < 0 || has(g, l))) {
                    sum += byCode[g * stride + t];
                }
            }
            return sum;
        }
    }

    /**
     * {@link #block} one row at a time, skipping rows of weight 0 (so that they add nothing, whatever their
     * values); the marginal effects' sums are left at 0 (they are for unweighted designs).
     */
    private double[] weightedBlock(double[] beta, int from, int to) {
        Sums at = new Sums(p);
        double[] acc = new double[at.length];
        double[] row = new double[p];
        double ll = 0;
        long near = 0;
        for (int i = from; i < to; i++) {
            double wi = w[i];
            if (wi == 0) {
                continue;
            }
            double eta = 0;
            for (int j = 0; j < p; j++) {
                double v = x[j][i];
                row[j] = v;
                eta += beta[j] * v;
            }
            double e = Math.exp(-Math.abs(eta));
            double pr = fitted(eta, e);
            ll += wi * (y[i] * eta - (Math.max(eta, 0) + Math.log(1 + e)));
            if (nearExtreme(y[i], eta)) {
                near++;
            }
            double r = wi * (y[i] - pr);
            double v = wi * pr * (1 - pr);
            int t = at.hessian;
            for (int j = 0; j < p; j++) {
                double rj = row[j];
                double vj = v * rj;
                acc[1 + j] += r * rj;
                for (int k = 0; k <= j; k++) {
                    acc[t++] += vj * row[k];
                }
            }
        }
        acc[0] = ll;
        acc[at.nearExtreme] = near;
        return acc;
    }

    private double weight(int i) {
        return w == null ? 1.0 : w[i];
    }

    /** Rows with y = 1, counted once (a plain loop: the unweighted designs' class counts, mean and weight sum). */
    private long ones = -1;

    private long ones() {
        if (ones < 0) {
            long k = 0;
            for (int v : y) {
                k += v;
            }
            ones = k;
        }
        return ones;
    }

    private double weightedMeanY() {
        if (w == null) {
            return (double) ones() / n;
        }
        double sw = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            sw += weight(i);
            sy += weight(i) * y[i];
        }
        return sy / sw;
    }

    private void checkClasses() {
        double[] count = new double[2];
        if (w == null) {
            count[1] = ones();
            count[0] = n - ones();
        } else {
            for (int i = 0; i < n; i++) {
                count[y[i]] += w[i];
            }
        }
        for (int c = 0; c < 2; c++) {
            if (!(count[c] > 0)) {
                throw new ModelFitException(ModelFitException.Reason.EMPTY_CLASS, "outcome '" + design.target()
                        + "' has no rows of class '" + design.classLabels().get(c) + "' (" + n + " rows, all '"
                        + design.classLabels().get(1 - c) + "'): a logistic regression needs both classes");
            }
        }
    }

    private void checkRank(double[][] gram) {
        SymmetricSolver s = SymmetricSolver.of(gram);
        int j = s.dependentColumn();
        if (j < 0) {
            return;
        }
        String name = design.terms().get(j);
        double first = Double.NaN;
        boolean constant = true;
        for (int i = 0; i < n; i++) {
            if (weight(i) > 0) {
                if (Double.isNaN(first)) {
                    first = x[j][i];
                } else if (x[j][i] != first) {
                    constant = false;
                    break;
                }
            }
        }
        if (constant && j > 0) {
            throw new ModelFitException(ModelFitException.Reason.SINGULAR_DESIGN, "singular design: column '" + name
                    + "' is constant (every row is " + first + "), so it duplicates the intercept; drop it");
        }
        if (constant) {
            throw new ModelFitException(ModelFitException.Reason.SINGULAR_DESIGN,
                    "singular design: the intercept column is all zeros");
        }
        double[] a = s.combination(gram, j);
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < j; k++) {
            if (Math.abs(a[k]) > 1e-6) {
                parts.add(design.terms().get(k));
            }
        }
        throw new ModelFitException(ModelFitException.Reason.SINGULAR_DESIGN, "singular design: column '" + name
                + "' is a linear combination of " + parts + " (collinear); drop one of them");
    }

    private void checkSingleColumnSeparation() {
        // each column's ranges by class (a plain loop: this runs on designs below the warm-start size and on the
        // warm-start sample, where a parallel stream cost more to start than it saved); then checked in order
        double[][] ranges = new double[p - 1][];
        for (int j = 1; j < p; j++) {
            ranges[j - 1] = classRanges(j);
        }
        for (int j = 1; j < p; j++) {
            double min0 = ranges[j - 1][0];
            double max0 = ranges[j - 1][1];
            double min1 = ranges[j - 1][2];
            double max1 = ranges[j - 1][3];
            if (!(max0 <= min1) && !(max1 <= min0)) {
                continue;
            }
            String name = design.terms().get(j);
            String pos = design.target() + " = '" + design.positiveLabel() + "'";
            String neg = design.target() + " = '" + design.classLabels().get(0) + "'";
            boolean indicator = Math.min(min0, min1) == 0 && Math.max(max0, max1) == 1 && isIndicator(x[j]);
            if (max0 <= min1) {
                throw separation(name, min1, max0, pos, neg, max0 < min1, indicator);
            }
            throw separation(name, min0, max1, neg, pos, max1 < min0, indicator);
        }
    }

    /** Column {@code j}'s least and greatest value among rows of class 0, then of class 1 (rows of weight > 0). */
    private double[] classRanges(int j) {
        double min0 = Double.POSITIVE_INFINITY;
        double max0 = Double.NEGATIVE_INFINITY;
        double min1 = Double.POSITIVE_INFINITY;
        double max1 = Double.NEGATIVE_INFINITY;
        double[] c = x[j];
        for (int i = 0; i < n; i++) {
            if (weight(i) > 0) {
                if (y[i] == 1) {
                    min1 = Math.min(min1, c[i]);
                    max1 = Math.max(max1, c[i]);
                } else {
                    min0 = Math.min(min0, c[i]);
                    max0 = Math.max(max0, c[i]);
                }
            }
        }
        return new double[] {min0, max0, min1, max1};
    }

    private static boolean isIndicator(double[] c) {
        for (double v : c) {
            if (v != 0 && v != 1) {
                return false;
            }
        }
        return true;
    }

    private static ModelFitException separation(String name, double high, double low, String highClass,
            String lowClass, boolean complete, boolean indicator) {
        String detail;
        if (indicator && !complete) {
            // A 0/1 column: one of its values holds a single class ("every row with g_banned = 1 has y = 'no'").
            detail = low == 0 ? "every row with " + name + " = 1 has " + highClass
                    : "every row with " + name + " = 0 has " + lowClass;
        } else if (complete) {
            detail = "every row with " + name + " <= " + low + " has " + lowClass + " and every row with " + name
                    + " >= " + high + " has " + highClass;
        } else {
            detail = "no row with " + name + " < " + low + " has " + highClass + " and no row with " + name
                    + " > " + low + " has " + lowClass + "; only rows with " + name + " = " + low + " have both";
        }
        return new ModelFitException(ModelFitException.Reason.SEPARATION, (complete ? "perfect" : "quasi-complete")
                + " separation: column '" + name + "' separates the classes (" + detail
                + "), so its coefficient is infinite; drop or merge it");
    }

    private void checkExtremeFits(double[] beta, boolean converged) {
        double[] eta = design.linearPredictor(beta);
        int exact = 0;
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (weight(i) > 0) {
                used++;
                if (y[i] == 1 && eta[i] > EXTREME_ETA || y[i] == 0 && eta[i] < -EXTREME_ETA) {
                    exact++;
                }
            }
        }
        if (exact == 0) {
            return;
        }
        String kind = exact == used ? "perfect separation" : "quasi-complete separation";
        throw new ModelFitException(ModelFitException.Reason.SEPARATION, kind + ": the features predict '"
                + design.target() + "' exactly for " + exact + " of " + used + " rows (fitted probabilities 0 or 1)"
                + (converged ? "" : " and the fit did not converge") + "; the estimates are infinite. The term with"
                + " the largest coefficient on the standardised scale is '" + largestTerm(beta)
                + "': drop or merge the features that separate the classes");
    }

    private ModelFitException separationOrSingular(double[] beta) {
        checkExtremeFits(beta, false);
        return new ModelFitException(ModelFitException.Reason.SINGULAR_DESIGN,
                "singular information matrix at the estimates: the design has (nearly) collinear columns");
    }

    private String largestTerm(double[] beta) {
        int best = 1;
        double bestValue = -1;
        for (int j = 1; j < p; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[j][i];
            }
            mean /= n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                ss += (x[j][i] - mean) * (x[j][i] - mean);
            }
            double v = Math.abs(beta[j]) * Math.sqrt(ss / n);
            if (v > bestValue) {
                bestValue = v;
                best = j;
            }
        }
        return design.terms().get(Math.min(best, p - 1));
    }

    private double nullLogLikelihood(double ybar) {
        double sw = 0;
        if (w == null) {
            sw = n;
        }
        for (int i = 0; w != null && i < n; i++) {
            sw += w[i];
        }
        return sw * (ybar * Math.log(ybar) + (1 - ybar) * Math.log(1 - ybar));
    }

    static double sigmoid(double eta) {
        if (eta >= 0) {
            return 1.0 / (1.0 + Math.exp(-eta));
        }
        double e = Math.exp(eta);
        return e / (1.0 + e);
    }
}
