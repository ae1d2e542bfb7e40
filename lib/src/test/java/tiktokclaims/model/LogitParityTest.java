package tiktokclaims.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;

/** Logit against statsmodels 0.14.4 (scripts/fixtures/model.py): the course model on the real data and a synthetic case. */
class LogitParityTest {

    static final double EST_REL = 1e-6;
    static final double SE_REL = 1e-4;

    static LogitResult course;
    static LogitResult synthetic;

    @BeforeAll
    static void fit() throws Exception {
        Table data = CourseModel.prepare(ClaimsData.load(TestData.realDataset()));
        course = Logit.fit(CourseModel.spec().design(data));
        Table syn = Table.read().usingOptions(CsvReadOptions.builder(TestData.resource("fixtures/model/synthetic.csv").toFile()));
        synthetic = Logit.fit(ModelSpec.of("y", "yes").withNumeric("x1", "x2").withCategorical("g").design(syn));
    }

    static void assertRelative(double[] expected, double[] actual, double rel, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int j = 0; j < expected.length; j++) {
            double tol = rel * Math.abs(expected[j]);
            assertEquals(expected[j], actual[j], tol, what + "[" + j + "]");
        }
    }

    static void assertSummary(Fixture f, LogitResult r) {
        assertEquals(f.strings("terms"), r.terms());
        assertRelative(f.numbers("estimate"), r.estimates(), EST_REL, "estimate");
        assertRelative(f.numbers("std_error"), r.stdErrors(), SE_REL, "std_error");
        assertRelative(f.numbers("z"), r.zValues(), SE_REL, "z");
        assertRelative(f.numbers("p_value"), r.pValues(), 1e-3, "p_value");
        assertRelative(f.numbers("ci_low"), r.ciLow(), SE_REL, "ci_low");
        assertRelative(f.numbers("ci_high"), r.ciHigh(), SE_REL, "ci_high");
        assertRelative(f.numbers("odds_ratio"), r.oddsRatios(), EST_REL, "odds_ratio");
        assertEquals((int) f.number("n"), r.n());
        assertEquals(f.number("log_likelihood"), r.logLikelihood(), 1e-9 * Math.abs(f.number("log_likelihood")));
        assertEquals(f.number("null_log_likelihood"), r.nullLogLikelihood(), 1e-9 * Math.abs(f.number("null_log_likelihood")));
        assertEquals(f.number("llr"), r.llr(), 1e-7 * f.number("llr"));
        assertEquals(f.number("llr_p_value"), r.llrPValue(), 1e-4 * f.number("llr_p_value"));
        assertEquals(f.number("pseudo_r2"), r.pseudoR2(), 1e-7 * f.number("pseudo_r2"));
        assertEquals(f.number("aic"), r.aic(), 1e-9 * f.number("aic"));
        assertEquals(f.number("bic"), r.bic(), 1e-9 * f.number("bic"));
        assertEquals((int) f.number("df_model"), r.dfModel());
        assertTrue(r.converged());
    }

    static void assertMargeff(Fixture f, LogitResult r) {
        MarginalEffects m = r.marginalEffects();
        assertEquals(f.strings("margeff", "terms"), m.terms());
        assertRelative(f.numbers("margeff", "effect"), m.effects(), EST_REL, "dy/dx");
        assertRelative(f.numbers("margeff", "std_error"), m.stdErrors(), SE_REL, "AME std_error");
        assertRelative(f.numbers("margeff", "p_value"), m.pValues(), 1e-3, "AME p_value");
        assertRelative(f.numbers("margeff", "ci_low"), m.ciLow(), SE_REL, "AME ci_low");
        assertRelative(f.numbers("margeff", "ci_high"), m.ciHigh(), SE_REL, "AME ci_high");
    }

    @Test
    void courseModelMatchesStatsmodels() {
        assertSummary(Fixture.load("course.json"), course);
    }

    @Test
    void chiSquareTailIsRelativeAccurateAt1e126() {
        Fixture f = Fixture.load("course.json");
        // scipy.stats.chi2.sf at statsmodels' own LR statistic: the tail function alone, without the fit's error.
        double p = Stats.chiSquareUpper(f.number("llr"), f.number("df_model"));
        assertEquals(f.number("llr_p_value"), p, 1e-12 * f.number("llr_p_value"));
    }

    @Test
    void confIntTakesTheLevelAsStatsmodelsConfIntTakesAlpha() {
        Table ci95 = course.confInt(0.95);
        org.junit.jupiter.api.Assertions.assertArrayEquals(course.ciLow(), ci95.doubleColumn("ci_low").asDoubleArray(), 0.0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(course.ciHigh(), ci95.doubleColumn("ci_high").asDoubleArray(), 0.0);
        Table ci90 = course.confInt(0.90);
        double z90 = 1.6448536269514722; // scipy.stats.norm.ppf(0.95)
        for (int j = 0; j < course.terms().size(); j++) {
            assertEquals(course.estimates()[j] - z90 * course.stdErrors()[j], ci90.doubleColumn("ci_low").get(j),
                    1e-12 * Math.abs(ci90.doubleColumn("ci_low").get(j)) + 1e-15);
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> course.confInt(1.0));
    }

    @Test
    void courseTermsAreNamedAndOrderedLikeGetDummies() {
        assertEquals(List.of("const", "video_duration_sec", "video_view_count", "video_share_count",
                "video_download_count", "video_comment_count", "claim_status_opinion", "author_ban_status_banned",
                "author_ban_status_under_review"), course.terms());
    }

    @Test
    void courseMarginalEffectsMatchStatsmodels() {
        assertMargeff(Fixture.load("course.json"), course);
    }

    @Test
    void courseOddsRatiosPerSdMatch() {
        Fixture f = Fixture.load("course.json");
        Table t = course.oddsRatioTable();
        assertRelative(f.numbers("sd"), t.doubleColumn("sd").asDoubleArray(), 1e-12, "sd");
        assertRelative(f.numbers("odds_ratio_per_sd"), t.doubleColumn("odds_ratio_per_sd").asDoubleArray(), EST_REL,
                "odds ratio per sd");
    }

    @Test
    void courseCommentCapMatchesPandas() {
        Fixture f = Fixture.load("course.json");
        double max = course.design().toTable().doubleColumn("video_comment_count").max();
        assertEquals(f.number("comment_cap"), max, 1e-12);
    }

    @Test
    void streamingPreparationGivesTheSameDesign() throws Exception {
        CourseModel.Prepared streamed = CourseModel.loadPrepared(TestData.realDataset());
        assertEquals(298, streamed.droppedRows());
        DesignMatrix a = course.design();
        DesignMatrix b = CourseModel.spec().design(streamed.table());
        assertEquals(a.terms(), b.terms());
        assertEquals(a.rows(), b.rows());
        org.junit.jupiter.api.Assertions.assertArrayEquals(a.y(), b.y());
        for (int j = 0; j < a.columns(); j++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.column(j), b.column(j), 0.0, a.terms().get(j));
        }
    }

    @Test
    void syntheticMatchesStatsmodels() {
        assertSummary(Fixture.load("synthetic.json"), synthetic);
    }

    @Test
    void syntheticMarginalEffectsMatchStatsmodels() {
        assertMargeff(Fixture.load("synthetic.json"), synthetic);
    }
}
