package tiktokclaims.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tiktokclaims.TestData;

/** LogitResult.effect(term) against statsmodels 0.14.4 (scripts/fixtures/model.py, the synthetic case). */
class EffectTest {

    static LogitResult fit;
    static Fixture f;

    @BeforeAll
    static void fit() throws Exception {
        Table syn = Table.read().usingOptions(CsvReadOptions.builder(TestData.resource("fixtures/model/synthetic.csv").toFile()));
        fit = Logit.fit(ModelSpec.of("y", "yes").withNumeric("x1", "x2").withCategorical("g").design(syn));
        f = Fixture.load("synthetic.json");
    }

    @Test
    void everyTermsEffectMatchesStatsmodels() {
        List<String> terms = f.strings("terms");
        for (int j = 0; j < terms.size(); j++) {
            Effect e = fit.effect(terms.get(j));
            String at = terms.get(j);
            assertEquals(at, e.term());
            assertEquals("yes", e.outcome());
            assertEquals(f.numbers("estimate")[j], e.estimate(), 1e-6 * Math.abs(f.numbers("estimate")[j]), at);
            assertEquals(f.numbers("std_error")[j], e.stdError(), 1e-4 * f.numbers("std_error")[j], at);
            assertEquals(f.numbers("z")[j], e.z(), 1e-4 * Math.abs(f.numbers("z")[j]), at);
            assertEquals(f.numbers("p_value")[j], e.pValue(), 1e-3 * f.numbers("p_value")[j], at);
            assertEquals(f.numbers("ci_low")[j], e.ciLow(), 1e-4 * Math.abs(f.numbers("ci_low")[j]), at);
            assertEquals(f.numbers("ci_high")[j], e.ciHigh(), 1e-4 * Math.abs(f.numbers("ci_high")[j]), at);
            assertEquals(f.numbers("odds_ratio")[j], e.oddsRatio(), 1e-6 * f.numbers("odds_ratio")[j], at);
            assertEquals(Math.exp(f.numbers("ci_low")[j]), e.oddsRatioLow(), 1e-4 * Math.exp(f.numbers("ci_low")[j]), at);
            assertEquals(f.numbers("ci_low")[j] <= 0 && f.numbers("ci_high")[j] >= 0, e.includesNoEffect(), at);
        }
    }

    @Test
    void theCoefficientTableIsTheEffects() {
        Table t = fit.coefficients();
        List<Effect> effects = fit.effects();
        for (int j = 0; j < effects.size(); j++) {
            assertEquals(effects.get(j).term(), t.stringColumn("term").get(j));
            assertEquals(effects.get(j).pValue(), t.doubleColumn("p_value").get(j));
            assertEquals(effects.get(j).oddsRatioHigh(), t.doubleColumn("or_ci_high").get(j));
        }
        assertEquals(fit.effectsByTerm().keySet().stream().toList(), fit.terms());
    }

    @Test
    void unknownTermListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit.effect("g_high"));
        assertTrue(e.getMessage().contains("'g_high'") && e.getMessage().contains("const, x1, x2, g_low, g_mid"),
                e.getMessage());
    }

    @Test
    void timesScalesTheLogOddsScaleAndKeepsTheTest() {
        Effect e = fit.effect("x1");
        Effect ten = e.times(10);
        assertEquals(10 * f.numbers("estimate")[1], ten.estimate(), 1e-5 * Math.abs(f.numbers("estimate")[1]));
        assertEquals(Math.exp(10 * f.numbers("ci_high")[1]), ten.oddsRatioHigh(),
                1e-3 * Math.exp(10 * f.numbers("ci_high")[1]));
        assertEquals(f.numbers("p_value")[1], ten.pValue(), 1e-3 * f.numbers("p_value")[1]);
    }

    @Test
    void rendersItselfAndReadsAsASentence() {
        Effect e = fit.effect("g_mid");
        assertTrue(e.toString().startsWith("g_mid (odds of yes): estimate "), e.toString());
        assertTrue(e.toHTML().startsWith("<div class=\"tc-effect\"><b>g_mid</b>"), e.toHTML());
        String s = e.formatted("per switch from high to mid");
        assertTrue(s.startsWith("**g_mid**: odds ratio ") && s.contains(" per switch from high to mid (95% CI "), s);
        assertEquals(e.sentence("switch from high to mid").text(), s);
        assertThrows(IllegalArgumentException.class, () -> e.formatted("0.00"));
        assertFalse(e.toHTML().contains("<script"));
    }
}
