package tiktokclaims.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.claims.ScoringQueue;
import tiktokclaims.prose.Prose;

/** 07-scale's findings: the arithmetic, the queue comparison, and every section of its prose file filled. */
class ScaleFindingsTest {

    private static Table queue(long[] ids, double[] p) {
        return Table.create("q", LongColumn.create("video_id", ids), DoubleColumn.create("claim_probability", p));
    }

    @Test
    void throughputPerCoreAndTheHundredMillionRowArithmetic() {
        ScaleFindings.Throughput t = new ScaleFindings.Throughput(200_000, 4.0, 2);
        assertEquals(25_000, t.rowsPerCoreSecond(), 1e-9);
        assertEquals(1e8 / 50_000 / 60, t.minutesFor100MillionHere(), 1e-9);
        assertEquals(1e8 / 25_000 / 100, t.secondsFor100MillionOn100Cores(), 1e-9);
    }

    @Test
    void parityIsTheLargestDifferenceAndQueuesCompareOrderAndProbabilities() {
        Table side = Table.create("s", DoubleColumn.create("estimate_rel_diff", 1e-14, 3e-13),
                DoubleColumn.create("std_error_rel_diff", 2e-12, 1e-15));
        assertEquals(new ScaleFindings.Parity(3e-13, 2e-12), ScaleFindings.Parity.of(side));
        Table lib = queue(new long[] {3, 1, 2}, new double[] {0.9, 0.5, 0.5});
        assertTrue(ScaleFindings.QueueCheck.of(queue(new long[] {3, 1, 2}, new double[] {0.9, 0.5, 0.5}), lib).identical());
        assertFalse(ScaleFindings.QueueCheck.of(queue(new long[] {3, 2, 1}, new double[] {0.9, 0.5, 0.5}), lib).identical());
        assertFalse(ScaleFindings.QueueCheck.of(queue(new long[] {3, 1, 2}, new double[] {0.9, 0.5, 0.4}), lib).identical());
        assertEquals(3, ScaleFindings.QueueCheck.of(lib, lib).rows());
    }

    @Test
    void everySectionOf07sProseFillsFromTheFindings() {
        var session = new ScaleFindings.Session("4.2.0", "local[*]", 2, "http://127.0.0.1:4040");
        var parity = new ScaleFindings.Parity(3.2e-13, 1.1e-12);
        var fit = new ScaleFindings.Throughput(200_000, 4.0, 2);
        var check = new ScaleFindings.QueueCheck(19_084, true);
        var scored = new ScaleFindings.Scored(new ScoringQueue.Summary(200_000, 99_000, 12), fit);
        assertEquals("Spark 4.2.0, master `local[*]` with 2 cores; web UI at http://127.0.0.1:4040.",
                Prose.of("07-scale", "session").fill(session).text());
        assertTrue(Prose.of("07-scale", "parity").fill(parity).text().contains("**3.2e-13** on an estimate"));
        assertTrue(Prose.of("07-scale", "throughput").fill(fit).text().contains("**25,000 rows per second per core**"));
        assertTrue(Prose.of("07-scale", "queue").fill(check).text().contains("**identical to** the lib's"));
        assertTrue(Prose.of("07-scale", "queue").fill(new ScaleFindings.QueueCheck(5, false)).text()
                .contains("**NOT identical to**"));
        assertTrue(Prose.of("07-scale", "scored").fill(scored).text().contains("99,000 predicted claims"));
        assertTrue(Prose.of("07-scale", "ui").fill(session).text().contains("http://127.0.0.1:4040"));
        assertTrue(Prose.of("07-scale", "conclusion").fill(new ScaleFindings.Conclusion(parity, check, fit)).text()
                .contains("queue identical"));
    }
}
