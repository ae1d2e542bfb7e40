package tiktokclaims.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static tiktokclaims.evaluate.Fixture.assertClose;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every metric against scikit-learn 1.6.1 on the fixtures of scripts/fixtures/evaluate.py, at 1e-12. */
class SklearnParityTest {

    static Stream<Fixture> cases() {
        return Fixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void confusionMatrixMatchesSklearn(Fixture f) {
        ConfusionMatrix cm = ConfusionMatrix.of(f.ints("actual"), f.ints("predicted"));
        int[] c = f.ints("confusion");
        assertArrayEquals(new long[][] {{c[0], c[1]}, {c[2], c[3]}}, cm.toArray());
        assertEquals(c[0], cm.tn());
        assertEquals(c[1], cm.fp());
        assertEquals(c[2], cm.fn());
        assertEquals(c[3], cm.tp());
        double[] pos = f.doubles("report_pos");
        double[] neg = f.doubles("report_neg");
        assertClose(pos[0], cm.precision(), "precision");
        assertClose(pos[1], cm.recall(), "recall");
        assertClose(pos[2], cm.f1(), "f1");
        assertClose(neg[1], cm.specificity(), "specificity");
        assertClose(f.scalar("report_accuracy"), cm.accuracy(), "accuracy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classificationReportMatchesSklearn(Fixture f) {
        ClassificationReport r = ClassificationReport.of(f.ints("actual"), f.ints("predicted"), "neg", "pos");
        String[] keys = {"report_neg", "report_pos"};
        for (int cls = 0; cls < 2; cls++) {
            double[] e = f.doubles(keys[cls]);
            assertClose(e[0], r.precision(cls), keys[cls] + " precision");
            assertClose(e[1], r.recall(cls), keys[cls] + " recall");
            assertClose(e[2], r.f1(cls), keys[cls] + " f1");
            assertEquals((long) e[3], r.support(cls), keys[cls] + " support");
        }
        assertClose(f.scalar("report_accuracy"), r.accuracy(), "accuracy");
        double[] macro = f.doubles("report_macro");
        assertClose(macro, new double[] {r.macroPrecision(), r.macroRecall(), r.macroF1()}, "macro avg");
        double[] weighted = f.doubles("report_weighted");
        assertClose(weighted, new double[] {r.weightedPrecision(), r.weightedRecall(), r.weightedF1()},
                "weighted avg");
        var t = r.toTable();
        assertClose(macro[2], t.doubleColumn("f1-score").get(3), "table macro f1");
        assertClose(weighted[0], t.doubleColumn("precision").get(4), "table weighted precision");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rocCurveMatchesSklearn(Fixture f) {
        RocCurve roc = RocCurve.of(f.ints("actual"), f.doubles("score"));
        assertClose(f.doubles("roc_fpr"), roc.fpr(), "fpr");
        assertClose(f.doubles("roc_tpr"), roc.tpr(), "tpr");
        assertClose(f.doubles("roc_thresholds"), roc.thresholds(), "thresholds");
        assertClose(f.scalar("roc_auc"), roc.auc(), "auc");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void precisionRecallCurveMatchesSklearn(Fixture f) {
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(f.ints("actual"), f.doubles("score"));
        assertClose(f.doubles("pr_precision"), pr.precision(), "precision");
        assertClose(f.doubles("pr_recall"), pr.recall(), "recall");
        assertClose(f.doubles("pr_thresholds"), pr.thresholds(), "thresholds");
        assertClose(f.scalar("average_precision"), pr.averagePrecision(), "average precision");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void calibrationMatchesSklearn(Fixture f) {
        if (!f.has("brier")) {
            return;
        }
        for (int bins : new int[] {5, 7, 10}) {
            Calibration c = Calibration.of(f.ints("actual"), f.doubles("score"), bins);
            assertClose(f.doubles("calibration_true_" + bins), c.observedRate(), "prob_true " + bins);
            assertClose(f.doubles("calibration_pred_" + bins), c.meanPredicted(), "prob_pred " + bins);
            assertClose(f.scalar("brier"), c.brier(), "brier");
            assertEquals(f.ints("actual").length, java.util.Arrays.stream(c.counts()).sum(), "counts");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thresholdChoicesMatchBruteForce(Fixture f) {
        if (!f.has("maxf1")) {
            return;
        }
        int[] y = f.ints("actual");
        double[] s = f.doubles("score");
        assertChoice(f.doubles("maxf1"), Thresholds.maxF1(y, s), "maxF1");
        for (double target : new double[] {0.5, 0.8, 0.95}) {
            assertChoice(f.doubles("for_recall_" + target), Thresholds.forRecall(y, s, target), "recall " + target);
        }
    }

    private static void assertChoice(double[] e, ThresholdChoice c, String what) {
        assertClose(e, new double[] {c.threshold(), c.precision(), c.recall(), c.f1()}, what);
    }
}
