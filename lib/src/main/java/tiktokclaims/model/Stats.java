package tiktokclaims.model;

import smile.math.special.Erf;
import smile.math.special.Gamma;

/**
 * Distribution tails used for p-values and intervals, accurate in the far tail (relative, not absolute). Public so
 * that the Spark module computes p-values and intervals with the same code.
 */
public final class Stats {

    /** The 97.5 % quantile of the standard normal distribution (scipy.stats.norm.ppf(0.975)). */
    public static final double Z975 = 1.959963984540054;

    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;

    private Stats() {
    }

    /** Two-sided p-value of a standard normal statistic: 2·P(Z > |z|). */
    public static double twoSidedNormal(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
    }

    /** Upper tail P(X > x) of a chi-square distribution with {@code df} degrees of freedom. */
    public static double chiSquareUpper(double x, double df) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1.0;
        }
        return upperGamma(df / 2.0, x / 2.0);
    }

    /** Regularised upper incomplete gamma Q(a, x): series below a + 1, Lentz's continued fraction above. */
    static double upperGamma(double a, double x) {
        double logPrefix = -x + a * Math.log(x) - Gamma.lgamma(a);
        if (x < a + 1) {
            double sum = 1.0 / a;
            double term = sum;
            for (int n = 1; n < 10_000; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * EPS) {
                    break;
                }
            }
            return 1.0 - sum * Math.exp(logPrefix);
        }
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                break;
            }
        }
        return Math.exp(logPrefix) * h;
    }
}
