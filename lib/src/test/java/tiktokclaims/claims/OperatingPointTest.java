package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OperatingPointTest {

    @Test
    void highestRecallAtTheRequiredPrecisionHalfwayToTheNextLowerScore() {
        int[] y = {0, 0, 1, 1, 1};
        double[] p = {0.1, 0.4, 0.35, 0.8, 0.9};
        // precision at >= 0.8 is 1 (recall 2/3); at >= 0.4 it falls to 2/3; so threshold (0.8 + 0.4) / 2
        OperatingPoint op = OperatingPoint.choose(y, p, 0.99);
        assertEquals(0.6, op.threshold(), 1e-15);
        assertEquals(1.0, op.precision(), 0.0);
        assertEquals(2.0 / 3, op.recall(), 1e-15);
        assertTrue(op.rule().startsWith("highest recall on claims at validation precision >= 0.99"), op.rule());
    }

    @Test
    void lowerPrecisionTargetBuysRecall() {
        int[] y = {0, 0, 1, 1, 1};
        double[] p = {0.1, 0.4, 0.35, 0.8, 0.9};
        // at >= 0.35: 3 claims of 4 predicted (precision 0.75, recall 1); threshold halfway to 0.1
        OperatingPoint op = OperatingPoint.choose(y, p, 0.75);
        assertEquals(0.225, op.threshold(), 1e-15);
        assertEquals(0.75, op.precision(), 0.0);
        assertEquals(1.0, op.recall(), 0.0);
    }

    @Test
    void lowestScoreIsHalvedTowardsZero() {
        OperatingPoint op = OperatingPoint.choose(new int[] {1, 1}, new double[] {0.3, 0.7}, 0.99);
        assertEquals(0.15, op.threshold(), 1e-15);
        assertEquals(1.0, op.recall(), 0.0);
    }

    @Test
    void withoutAnyThresholdReachingThePrecisionTheMostPreciseIsUsedAndSaid() {
        int[] y = {1, 0, 1};
        double[] p = {0.5, 0.9, 0.1};
        // precision: >= 0.1 -> 2/3, >= 0.5 -> 1/2, >= 0.9 -> 0
        OperatingPoint op = OperatingPoint.choose(y, p, 0.99);
        assertEquals(0.05, op.threshold(), 1e-15);
        assertEquals(2.0 / 3, op.precision(), 1e-15);
        assertTrue(op.rule().startsWith("no threshold reached"), op.rule());
    }
}
