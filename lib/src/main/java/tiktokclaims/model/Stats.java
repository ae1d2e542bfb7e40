package tiktokclaims.model;

import org.apache.commons.math3.special.Gamma;
import smile.math.special.Erf;
import tiktokclaims.stats.Normal;

/** Distribution tails used for p-values and intervals, accurate in the far tail (relative, not absolute). */
final class Stats {

    /** The 97.5 % quantile of the standard normal distribution ({@link Normal#Z975}). */
    static final double Z975 = Normal.Z975;

    private Stats() {
    }

    /** Two-sided p-value of a standard normal statistic: 2·P(Z > |z|). */
    static double twoSidedNormal(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
    }

    /** Upper tail P(X > x) of a chi-square distribution with {@code df} degrees of freedom (commons-math3's
     *  regularised upper gamma, relative-accurate in the far tail: 1.6e-126 for the course model's LR test). */
    static double chiSquareUpper(double x, double df) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1.0;
        }
        return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }
}
