package tiktokclaims.report;

/**
 * One regression effect in words, from its odds ratio, 95 % interval and p-value, so that a page states what the
 * numbers support and nothing more: an interval that contains 1 is "no clear association", whatever the side of
 * the point estimate.
 */
public final class Effects {

    private Effects() {
    }

    /**
     * A sentence such as "**video_duration_sec**: odds ratio 0.9975 per second (95% CI 0.9938–1.0011, p = 0.17): the
     * interval includes 1, so the data show no clear association with the odds of verified (the point estimate
     * is below 1)."
     *
     * @param term      what the effect is of
     * @param oddsRatio the odds ratio
     * @param ciLow     lower 95 % limit of the odds ratio
     * @param ciHigh    upper 95 % limit
     * @param pValue    two-sided p-value
     * @param per       the unit the odds ratio is per, e.g. "second", "standard deviation"
     * @param outcome   the outcome whose odds are modelled, e.g. "verified"
     */
    public static String sentence(String term, double oddsRatio, double ciLow, double ciHigh, double pValue,
            String per, String outcome) {
        if (!(ciLow > 0 && ciLow <= oddsRatio && oddsRatio <= ciHigh)) {
            throw new IllegalArgumentException("need 0 < ciLow <= oddsRatio <= ciHigh, got " + ciLow + ", "
                    + oddsRatio + ", " + ciHigh);
        }
        String head = "**" + term + "**: odds ratio " + number(oddsRatio) + " per " + per + " (95% CI "
                + number(ciLow) + "\u2013" + number(ciHigh) + ", p " + pValue(pValue) + "): ";
        if (ciLow <= 1 && ciHigh >= 1) {
            return head + "the interval includes 1, so the data show no clear association with the odds of "
                    + outcome + (oddsRatio < 1 ? " (the point estimate is below 1)." : oddsRatio > 1
                            ? " (the point estimate is above 1)." : ".");
        }
        return head + "the interval excludes 1: " + (oddsRatio > 1 ? "higher" : "lower") + " odds of " + outcome
                + ".";
    }

    /** At least three decimals, and enough to show the difference from 1 with two significant digits. */
    static String number(double v) {
        double dev = Math.abs(v - 1);
        int decimals = dev == 0 ? 3 : (int) Math.ceil(-Math.log10(dev)) + 1;
        return Html.fixed(v, Math.max(3, Math.min(8, decimals)));
    }

    /** "= 0.17" with two significant digits, or "< 0.001". */
    public static String pValue(double p) {
        if (p < 0.001) {
            return "< 0.001";
        }
        return "= " + (p < 0.01 ? Html.fixed(p, 3) : Html.fixed(p, 2));
    }
}
