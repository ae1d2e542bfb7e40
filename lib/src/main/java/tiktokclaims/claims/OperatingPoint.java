package tiktokclaims.claims;

import tiktokclaims.evaluate.ConfusionMatrix;
import tiktokclaims.evaluate.PrecisionRecallCurve;
import tiktokclaims.evaluate.Thresholds;

/**
 * A decision threshold on the claim probability, chosen on validation rows, with the precision and recall it
 * gives there.
 *
 * <p>The rule ({@link #choose}): a missed claim costs more than a wasted review, so take the highest recall on
 * claims among the thresholds whose precision is at least {@code minPrecision} (and, among thresholds with that
 * recall, the highest one); then put the threshold halfway between that validation score and the next lower one,
 * so that a new claim scored a little below every validation claim is still caught. If no threshold reaches
 * {@code minPrecision}, the threshold with the highest precision is used instead (the rule text says so).
 *
 * @param threshold probability at or above which a row is called a claim
 * @param precision precision on claims at the threshold (validation rows)
 * @param recall    recall on claims at the threshold (validation rows)
 * @param rule      the rule in words
 */
public record OperatingPoint(double threshold, double precision, double recall, String rule) {

    /** Chooses the threshold on validation labels {@code y} (1 = claim) and probabilities {@code p}. */
    public static OperatingPoint choose(int[] y, double[] p, double minPrecision) {
        PrecisionRecallCurve curve = PrecisionRecallCurve.of(y, p);
        double[] precision = curve.precision();
        double[] recall = curve.recall();
        double[] thresholds = curve.thresholds();
        int best = -1;
        for (int i = 0; i < thresholds.length; i++) {
            if (precision[i] >= minPrecision && (best < 0 || recall[i] >= recall[best])) {
                best = i;
            }
        }
        String rule = "highest recall on claims at validation precision >= " + minPrecision
                + ", threshold halfway to the next lower validation score";
        if (best < 0) {
            best = 0;
            for (int i = 1; i < thresholds.length; i++) {
                if (precision[i] >= precision[best]) {
                    best = i;
                }
            }
            rule = "no threshold reached validation precision " + minPrecision + "; highest-precision threshold";
        }
        double below = best > 0 ? thresholds[best - 1] : 0.0;
        double threshold = (thresholds[best] + below) / 2;
        ConfusionMatrix cm = ConfusionMatrix.of(y, Thresholds.predict(p, threshold));
        return new OperatingPoint(threshold, cm.precision(), cm.recall(), rule);
    }
}
