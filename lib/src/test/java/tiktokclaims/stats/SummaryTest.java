package tiktokclaims.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mean, sample and population SD, and quantile on values small enough to check by hand. */
class SummaryTest {

    @Test
    void meanAndBothSds() {
        assertEquals(3.0, Summary.mean(new double[] {1, 2, 3, 4, 5}), 0.0);
        assertEquals(Math.sqrt(2.5), Summary.sampleSd(new double[] {1, 2, 3, 4, 5}), 1e-15);
        assertEquals(Math.sqrt(2.0), Summary.populationSd(new double[] {1, 2, 3, 4, 5}), 1e-15);
        assertEquals(0.0, Summary.populationSd(new double[] {7}), 0.0);
    }

    @Test
    void tooFewValuesOrNaNGiveNaN() {
        assertTrue(Double.isNaN(Summary.mean(new double[0])));
        assertTrue(Double.isNaN(Summary.sampleSd(new double[] {7})));
        assertTrue(Double.isNaN(Summary.populationSd(new double[0])));
        assertTrue(Double.isNaN(Summary.mean(new double[] {1, Double.NaN})));
        assertTrue(Double.isNaN(Summary.sampleSd(new double[] {1, 2, Double.NaN})));
    }

    @Test
    void quantileInterpolatesLinearlyAndSkipsNaN() {
        assertEquals(0.25, Summary.quantile(new double[] {0, 1, Double.NaN}, 0.25), 1e-15);
        assertEquals(3.25, Summary.quantile(new double[] {4, 1, 3, 2}, 0.75), 1e-15);
        assertEquals(1.0, Summary.quantile(new double[] {4, 1, 3, 2}, 0.0), 0.0);
        assertEquals(4.0, Summary.quantile(new double[] {4, 1, 3, 2}, 1.0), 0.0);
        assertTrue(Double.isNaN(Summary.quantile(new double[] {Double.NaN}, 0.5)));
        assertTrue(Double.isNaN(Summary.quantile(new double[0], 0.5)));
    }

    @Test
    void quantileLeavesItsInputAloneAndRejectsBadQ() {
        double[] v = {4, 1, 3, 2};
        Summary.quantile(v, 0.5);
        assertArrayEquals(new double[] {4, 1, 3, 2}, v, 0.0);
        assertThrows(IllegalArgumentException.class, () -> Summary.quantile(v, 1.5));
    }
}
