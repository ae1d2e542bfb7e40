package tiktokclaims.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fit made where the rows are (Spark) enters the lib as {@link LogitResult#of(LogitResult.Fitted)} and
 * {@link MarginalEffects#of(LogitResult, MarginalEffects.Averages)}: given the sums a lib fit would have, it reports
 * what the lib fit reports.
 */
class ExternalFitTest {

    /** X'WX at the estimates, summed over the rows of the design, as the Spark pass sums it. */
    private static double[][] information(LogitResult fit) {
        double[][] x = fit.design().raw();
        double[] p = fit.fittedProbabilities();
        int k = x.length;
        double[][] info = new double[k][k];
        for (int i = 0; i < p.length; i++) {
            double w = p[i] * (1 - p[i]);
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    info[a][b] += w * x[a][i] * x[b][i];
                }
            }
        }
        return info;
    }

    private static LogitResult external(LogitResult lib) {
        DesignMatrix d = lib.design();
        return LogitResult.of(new LogitResult.Fitted(d.target(), d.positiveLabel(), lib.terms(), lib.n(),
                d.positives(), lib.estimates(), information(lib), lib.logLikelihood(), lib.nullLogLikelihood(),
                lib.iterations(), lib.converged()));
    }

    @Test
    void givesTheLibsSummaryIntervalsAndMarginalEffects() {
        LogitResult lib = Logit.fit(LogitPropertiesTest.generate(5_000, 3));
        LogitResult ext = external(lib);
        Map<String, Object> a = lib.toMap();
        Map<String, Object> b = ext.toMap();
        assertEquals(a.keySet().stream().toList(), b.keySet().stream().toList());
        assertEquals(a.get("n"), b.get("n"));
        assertEquals(a.get("aic"), b.get("aic"));
        double[] se = lib.stdErrors();
        double[] seExt = ext.stdErrors();
        for (int j = 0; j < se.length; j++) {
            assertEquals(se[j], seExt[j], 1e-9 * se[j], lib.terms().get(j));
            assertEquals(lib.ciLow()[j], ext.ciLow()[j], 1e-9);
            assertEquals(lib.pValues()[j], ext.pValues()[j], 1e-9);
        }
        assertEquals(lib.toString(), ext.toString());
        MarginalEffects me = lib.marginalEffects();
        MarginalEffects meExt = MarginalEffects.of(ext, MarginalEffects.Averages.of(lib));
        assertArrayEquals(me.effects(), meExt.effects(), 1e-15);
        double[] s = me.stdErrors();
        double[] sExt = meExt.stdErrors();
        for (int j = 0; j < s.length; j++) {
            assertEquals(s[j], sExt[j], 1e-9 * s[j]);
        }
        assertEquals(me.toMap().keySet(), meExt.toMap().keySet());
    }

    @Test
    void whatNeedsTheRowsIsRefusedWithoutThem() {
        LogitResult ext = external(Logit.fit(LogitPropertiesTest.generate(2_000, 5)));
        assertThrows(IllegalStateException.class, ext::design);
        assertThrows(IllegalStateException.class, ext::marginalEffects);
        assertThrows(IllegalStateException.class, ext::oddsRatioTable);
        assertThrows(IllegalArgumentException.class, () -> LogitResult.of(new LogitResult.Fitted("y", "1",
                ext.terms(), 10, 5, new double[] {1}, new double[][] {{1}}, -1, -2, 3, true)));
    }
}
