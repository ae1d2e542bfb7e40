package tiktokclaims.evaluate;

import tiktokclaims.stats.Order;

/**
 * Labels and scores sorted once by decreasing score, so that {@link Metrics} of any reweighting of the rows (a
 * bootstrap resample is a vector of row multiplicities) cost O(n) instead of a new sort. The result equals
 * {@link Metrics#of(int[], double[], double)} on the expanded rows; AUC is summed exactly in integers, so it agrees
 * with the floating-point trapezoid of {@link RocCurve} to rounding (about 1e-16).
 */
final class WeightedScores {

    private final int[] order;
    private final int[] label;
    private final boolean[] groupEnd;
    private final int cut;

    WeightedScores(int[] actual, double[] score, double threshold) {
        Checks.labelsAndScores(actual, score);
        int n = actual.length;
        int[] order = Order.descending(score);
        label = new int[n];
        groupEnd = new boolean[n];
        int c = 0;
        for (int i = 0; i < n; i++) {
            int row = order[i];
            label[i] = actual[row];
            groupEnd[i] = i == n - 1 || score[order[i + 1]] != score[row];
            c += score[row] >= threshold ? 1 : 0;
        }
        cut = c;
        this.order = order;
    }

    /** Metrics when row r appears {@code weightByRow[r]} times (weights non-negative, not all zero). */
    Metrics metrics(int[] weightByRow) {
        long tp = 0;
        long fp = 0;
        long twiceArea = 0;
        long tpGroupStart = 0;
        long fpGroupStart = 0;
        long tpAtCut = 0;
        long fpAtCut = 0;
        for (int i = 0; i < label.length; i++) {
            long w = weightByRow[order[i]];
            if (label[i] == 1) {
                tp += w;
            } else {
                fp += w;
            }
            if (i == cut - 1) {
                tpAtCut = tp;
                fpAtCut = fp;
            }
            if (groupEnd[i]) {
                twiceArea += (fp - fpGroupStart) * (tp + tpGroupStart);
                tpGroupStart = tp;
                fpGroupStart = fp;
            }
        }
        ConfusionMatrix cm = ConfusionMatrix.ofCounts(fp - fpAtCut, fpAtCut, tp - tpAtCut, tpAtCut, "0", "1");
        double auc = tp == 0 || fp == 0 ? Double.NaN : twiceArea / (2.0 * tp * fp);
        return new Metrics(cm.precision(), cm.recall(), cm.f1(), cm.accuracy(), auc);
    }
}
