package tiktokclaims.evaluate;

import java.util.Arrays;

/**
 * Cumulative counts at every distinct score, in decreasing score order: scikit-learn's
 * {@code _binary_clf_curve}. Entry {@code i} counts the rows with score {@code >= thresholds[i]}. The scores of each
 * class are sorted once (O(n log n)) and merged; ties (equal scores, including -0.0 and 0.0) form one threshold.
 */
final class BinaryCurve {

    final double[] fps;
    final double[] tps;
    final double[] thresholds;
    final long positives;
    final long negatives;

    private BinaryCurve(double[] fps, double[] tps, double[] thresholds, long positives, long negatives) {
        this.fps = fps;
        this.tps = tps;
        this.thresholds = thresholds;
        this.positives = positives;
        this.negatives = negatives;
    }

    static BinaryCurve of(int[] actual, double[] score) {
        Checks.labelsAndScores(actual, score);
        int nPos = 0;
        for (int a : actual) {
            nPos += a;
        }
        double[] pos = new double[nPos];
        double[] neg = new double[actual.length - nPos];
        int ip = 0;
        int in = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == 1) {
                pos[ip++] = score[i];
            } else {
                neg[in++] = score[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        double[] fps = new double[actual.length];
        double[] tps = new double[actual.length];
        double[] thr = new double[actual.length];
        int m = 0;
        ip = pos.length - 1;
        in = neg.length - 1;
        long tp = 0;
        long fp = 0;
        while (ip >= 0 || in >= 0) {
            double v = ip < 0 ? neg[in] : in < 0 ? pos[ip] : Math.max(pos[ip], neg[in]);
            while (ip >= 0 && pos[ip] == v) {
                tp++;
                ip--;
            }
            while (in >= 0 && neg[in] == v) {
                fp++;
                in--;
            }
            fps[m] = fp;
            tps[m] = tp;
            thr[m] = v;
            m++;
        }
        return new BinaryCurve(Arrays.copyOf(fps, m), Arrays.copyOf(tps, m), Arrays.copyOf(thr, m),
                pos.length, neg.length);
    }

    int size() {
        return thresholds.length;
    }
}
