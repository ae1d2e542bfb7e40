package tiktokclaims.evaluate;

/** Argument checks shared by the metrics: labels are 0/1, arrays are non-empty and of equal length. */
final class Checks {

    private Checks() {
    }

    /** Checks that {@code labels} is non-empty and holds only 0 and 1. */
    static void labels(String what, int[] labels) {
        if (labels == null || labels.length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException(what + "[" + i + "] = " + labels[i] + ", expected 0 or 1");
            }
        }
    }

    /** Checks that {@code scores} holds only finite numbers (scikit-learn rejects NaN and infinities too). */
    static void finite(String what, double[] scores) {
        if (scores == null || scores.length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] = " + scores[i] + ", expected a finite number");
            }
        }
    }

    /** Checks that two arrays have the same length. */
    static void sameLength(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("arrays differ in length: " + a + " vs " + b);
        }
    }

    /** Labels and scores together: 0/1 labels, finite scores, equal lengths. */
    static void labelsAndScores(int[] actual, double[] score) {
        labels("actual", actual);
        finite("score", score);
        sameLength(actual.length, score.length);
    }

    /** {@code num / den}, or 0.0 when {@code den == 0} (scikit-learn's {@code zero_division="warn"} value). */
    static double ratio(double num, double den) {
        return den == 0 ? 0.0 : num / den;
    }
}
