package tiktokclaims.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Text and HTML forms escape class names; bad input is rejected with a clear message. */
class RenderingTest {

    private static final int[] ACTUAL = {0, 0, 1, 1, 1};
    private static final int[] PREDICTED = {0, 1, 1, 1, 0};

    @Test
    void classNamesAreEscapedInHtmlAndNeutralisedInText() {
        ConfusionMatrix cm = ConfusionMatrix.of(ACTUAL, PREDICTED, "<b>opinion</b>", "claim\u001b[31m");
        assertFalse(cm.toHTML().contains("<b>opinion"));
        assertTrue(cm.toHTML().contains("&lt;b&gt;opinion&lt;/b&gt;"));
        assertFalse(cm.toString().contains("\u001b"));
        ClassificationReport r = ClassificationReport.of(ACTUAL, PREDICTED, "<i>o</i>", "c");
        assertFalse(r.toHTML().contains("<i>"));
        assertTrue(r.toString().contains("weighted avg"));
    }

    @Test
    void confusionTableIsLaidOutActualByPredicted() {
        Table t = ConfusionMatrix.of(ACTUAL, PREDICTED, "opinion", "claim").toTable();
        assertEquals("opinion", t.stringColumn("actual").get(0));
        assertEquals(1L, t.longColumn("predicted claim").get(0));
        assertEquals(1L, t.longColumn("predicted opinion").get(1));
        assertEquals(2L, t.longColumn("predicted claim").get(1));
    }

    @Test
    void zeroDivisionGivesZero() {
        ConfusionMatrix none = ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 0});
        assertEquals(0.0, none.precision());
        assertEquals(0.0, none.f1());
        assertEquals(0.5, none.accuracy());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0, 2}, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0}, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[] {0, 1}, new double[] {0.1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Calibration.of(new int[] {0, 1}, new double[] {0.1, 1.2}, 5));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.forRecall(new int[] {0, 1}, new double[] {0, 1}, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.maxF1(new int[] {0, 0}, new double[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[0], new double[0]));
    }

    @Test
    void everyResultRendersTextAndHtml() {
        double[] s = {0.1, 0.7, 0.8, 0.4, 0.3};
        Object[] results = {RocCurve.of(ACTUAL, s), PrecisionRecallCurve.of(ACTUAL, s), Calibration.of(ACTUAL, s, 4),
            Metrics.of(ACTUAL, s, 0.5), Thresholds.maxF1(ACTUAL, s),
            Bootstrap.confidenceIntervals(ACTUAL, s, 0.5, 20, 1, 0.9)};
        for (Object o : results) {
            assertTrue(((tiktokclaims.report.Renderable) o).toHTML().length() > 10, o.getClass().getSimpleName());
            assertFalse(o.toString().isBlank());
        }
    }
}
