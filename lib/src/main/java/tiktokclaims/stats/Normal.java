package tiktokclaims.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Critical values of the standard normal distribution, for two-sided intervals. */
public final class Normal {

    /** The 97.5 % quantile (scipy.stats.norm.ppf(0.975)): the multiplier of a 95 % interval. */
    public static final double Z975 = 1.959963984540054;

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private Normal() {
    }

    /**
     * The multiplier z of a two-sided interval at {@code level} (e.g. 0.95): the (1 + level) / 2 quantile, as
     * statsmodels' {@code conf_int(alpha = 1 - level)}; exactly {@link #Z975} at 0.95.
     *
     * @throws IllegalArgumentException if level is not strictly between 0 and 1
     */
    public static double critical(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("interval level must be between 0 and 1 (exclusive), got " + level);
        }
        return level == 0.95 ? Z975 : STANDARD.inverseCumulativeProbability((1 + level) / 2);
    }
}
