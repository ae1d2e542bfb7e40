package tiktokclaims.evaluate;

/**
 * Choosing a decision threshold from labels and scores. Candidates are the distinct observed scores; a row is
 * predicted positive when its score is {@code >= threshold}. One sort, O(n log n).
 */
public final class Thresholds {

    private Thresholds() {
    }

    /** 0/1 predictions: 1 where {@code score >= threshold}. */
    public static int[] predict(double[] score, double threshold) {
        int[] p = new int[score.length];
        for (int i = 0; i < score.length; i++) {
            p[i] = score[i] >= threshold ? 1 : 0;
        }
        return p;
    }

    /** The threshold with the highest F1; among equal F1 the highest threshold (fewest positive predictions). */
    public static ThresholdChoice maxF1(int[] actual, double[] score) {
        BinaryCurve c = BinaryCurve.of(actual, score);
        requirePositives(c);
        int best = 0;
        for (int i = 1; i < c.size(); i++) {
            if (f1(c, i) > f1(c, best)) {
                best = i;
            }
        }
        return choice(c, best, "maximum F1");
    }

    /**
     * The highest threshold whose recall is at least {@code targetRecall} (so the best precision-side choice that
     * still meets the target, since precision generally falls as the threshold falls).
     */
    public static ThresholdChoice forRecall(int[] actual, double[] score, double targetRecall) {
        if (!(targetRecall >= 0 && targetRecall <= 1)) {
            throw new IllegalArgumentException("target recall must be in [0, 1], got " + targetRecall);
        }
        BinaryCurve c = BinaryCurve.of(actual, score);
        requirePositives(c);
        int i = 0;
        while (recall(c, i) < targetRecall) {
            i++;
        }
        return choice(c, i, "highest threshold with recall >= " + targetRecall);
    }

    private static void requirePositives(BinaryCurve c) {
        if (c.positives == 0) {
            throw new IllegalArgumentException("no positive rows: recall and F1 are undefined");
        }
    }

    private static double recall(BinaryCurve c, int i) {
        return c.tps[i] / c.positives;
    }

    private static double f1(BinaryCurve c, int i) {
        return 2 * c.tps[i] / (c.tps[i] + c.fps[i] + c.positives);
    }

    private static ThresholdChoice choice(BinaryCurve c, int i, String rule) {
        double precision = c.tps[i] / (c.tps[i] + c.fps[i]);
        return new ThresholdChoice(c.thresholds[i], precision, recall(c, i), f1(c, i), rule);
    }
}
