package tiktokclaims.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class MetricComparisonTest {

    // Threshold 0.5: predictions 1,1,0,0,1,0 against labels 1,0,1,0,1,0 -> tp 2, fp 1, fn 1, tn 2.
    private static final int[] ACTUAL = {1, 0, 1, 0, 1, 0};
    private static final double[] SCORE = {0.9, 0.8, 0.3, 0.2, 0.7, 0.1};

    @Test
    void oneColumnPerResultInOrderWithEstimatesComputedByHand() {
        BootstrapResult r = Bootstrap.confidenceIntervals(ACTUAL, SCORE, 0.5, 50, 1, 0.95);
        Map<String, BootstrapResult> m = new LinkedHashMap<>();
        m.put("honest", r);
        m.put("exemplar", r);
        Table t = MetricComparison.of(m);
        assertEquals(java.util.List.of("metric", "honest", "exemplar"), t.columnNames());
        assertEquals(Metrics.NAMES, t.stringColumn("metric").asList());
        // precision 2/3, recall 2/3, accuracy 4/6
        assertEquals("0.667", t.stringColumn("honest").get(0).substring(0, 5));
        assertEquals("0.667", t.stringColumn("honest").get(1).substring(0, 5));
        assertEquals("0.667", t.stringColumn("honest").get(3).substring(0, 5));
        assertEquals(MetricComparison.cell(2.0 / 3, r.low(Metric.RECALL), r.high(Metric.RECALL)),
                t.stringColumn("exemplar").get(1));
    }

    @Test
    void cellFormat() {
        assertEquals("0.103 (0.091\u20130.116)", MetricComparison.cell(0.1034, 0.0913, 0.1159));
    }

    @Test
    void nothingToCompareIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MetricComparison.of(Map.of()));
    }
}
