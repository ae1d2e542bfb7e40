package tiktokclaims.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Starting Newton's method from a fit on a sample of rows reaches the same optimum in fewer iterations. */
class NewtonWarmStartTest {

    @Test
    void warmStartGivesTheSameFitWithFewerIterations() {
        DesignMatrix d = LogitPropertiesTest.generate(40_000, 3);
        for (double penalty : new double[] {0, 5}) {
            NewtonFitter.Fit cold = new NewtonFitter(d).fit(penalty, 100, 1e-8, Integer.MAX_VALUE);
            NewtonFitter.Fit warm = new NewtonFitter(d).fit(penalty, 100, 1e-8, 1000);
            for (int j = 0; j < cold.beta().length; j++) {
                assertEquals(cold.beta()[j], warm.beta()[j], 1e-9 * Math.abs(cold.beta()[j]), "beta " + j);
                assertEquals(cold.hessianInverse()[j][j], warm.hessianInverse()[j][j],
                        1e-9 * cold.hessianInverse()[j][j], "variance " + j);
            }
            assertEquals(cold.logLikelihood(), warm.logLikelihood(), 1e-9 * Math.abs(cold.logLikelihood()));
            assertTrue(warm.iterations() < cold.iterations(),
                    "iterations: warm " + warm.iterations() + ", cold " + cold.iterations());
        }
    }
}
