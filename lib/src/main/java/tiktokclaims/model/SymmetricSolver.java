package tiktokclaims.model;

/**
 * Cholesky factorisation of a small symmetric positive definite matrix after symmetric diagonal equilibration
 * ({@code D⁻¹ A D⁻¹} with {@code D = sqrt(diag A)}), which keeps unscaled features (views in the millions next to
 * 0/1 dummies) well conditioned.
 *
 * <p>Written by hand: commons-math's Cholesky neither equilibrates nor finds the dependent column by a relative
 * pivot, which unscaled counts (millions beside 0/1) and the collinearity message need.
 */
final class SymmetricSolver {

    /** A pivot smaller than this, relative to its equilibrated diagonal of 1, marks a dependent column. */
    static final double RANK_TOLERANCE = 1e-10;

    private final double[][] l;
    private final double[] d;
    private final int dependent;

    private SymmetricSolver(double[][] a) {
        int p = a.length;
        d = new double[p];
        for (int j = 0; j < p; j++) {
            d[j] = a[j][j] > 0 ? Math.sqrt(a[j][j]) : 0.0;
        }
        l = new double[p][p];
        int bad = -1;
        for (int j = 0; j < p && bad < 0; j++) {
            if (d[j] == 0) {
                bad = j;
                break;
            }
            double s = 1.0;
            for (int k = 0; k < j; k++) {
                s -= l[j][k] * l[j][k];
            }
            if (!(s > RANK_TOLERANCE)) {
                bad = j;
                break;
            }
            l[j][j] = Math.sqrt(s);
            for (int i = j + 1; i < p; i++) {
                double v = d[i] == 0 ? 0.0 : a[i][j] / (d[i] * d[j]);
                for (int k = 0; k < j; k++) {
                    v -= l[i][k] * l[j][k];
                }
                l[i][j] = v / l[j][j];
            }
        }
        dependent = bad;
    }

    /** Factorises {@code a} (only its lower triangle and diagonal are read). */
    static SymmetricSolver of(double[][] a) {
        return new SymmetricSolver(a);
    }

    /** The first column that is (numerically) a linear combination of the ones before it, or −1. */
    int dependentColumn() {
        return dependent;
    }

    /** Solves {@code A x = b}. */
    double[] solve(double[] b) {
        requireFull();
        int p = b.length;
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double v = b[i] / d[i];
            for (int k = 0; k < i; k++) {
                v -= l[i][k] * z[k];
            }
            z[i] = v / l[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double v = z[i];
            for (int k = i + 1; k < p; k++) {
                v -= l[k][i] * x[k];
            }
            x[i] = v / l[i][i];
        }
        for (int i = 0; i < p; i++) {
            x[i] /= d[i];
        }
        return x;
    }

    /** The inverse of {@code A}. */
    double[][] inverse() {
        int p = d.length;
        double[][] inv = new double[p][];
        for (int j = 0; j < p; j++) {
            double[] e = new double[p];
            e[j] = 1.0;
            inv[j] = solve(e);
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                double m = 0.5 * (inv[i][j] + inv[j][i]);
                inv[i][j] = m;
                inv[j][i] = m;
            }
        }
        return inv;
    }

    /**
     * Coefficients expressing column {@code j} through the columns before it (least squares in the Gram matrix
     * {@code A}), in equilibrated units: entries near zero play no part.
     */
    double[] combination(double[][] a, int j) {
        double[][] sub = new double[j][j];
        double[] rhs = new double[j];
        for (int r = 0; r < j; r++) {
            for (int c = 0; c < j; c++) {
                sub[r][c] = a[r][c] / (d[r] * d[c]);
            }
            rhs[r] = a[j][r] / (d[r] * (d[j] == 0 ? 1.0 : d[j]));
        }
        return SymmetricSolver.of(sub).solve(rhs);
    }

    private void requireFull() {
        if (dependent >= 0) {
            throw new IllegalStateException("singular matrix: column " + dependent + " is dependent");
        }
    }
}
