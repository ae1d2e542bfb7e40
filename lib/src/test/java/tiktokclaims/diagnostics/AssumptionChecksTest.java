package tiktokclaims.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.model.CourseModel;
import tiktokclaims.model.DesignMatrix;
import tiktokclaims.model.Fixture;
import tiktokclaims.model.Logit;
import tiktokclaims.model.LogitResult;
import tiktokclaims.model.ModelSpec;

/** Assumption checks against statsmodels (scripts/fixtures/model.py) and on constructed cases. */
class AssumptionChecksTest {

    static Table clean;
    static LogitResult course;
    static Fixture f;

    @BeforeAll
    static void fit() {
        clean = CourseModel.prepare(ClaimsData.load(TestData.realDataset()));
        course = Logit.fit(CourseModel.spec().design(clean));
        f = Fixture.load("course.json");
    }

    static void assertClose(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, rel * Math.abs(expected), what);
    }

    @Test
    void boxTidwellMatchesStatsmodels() {
        Linearity l = Linearity.boxTidwell(course, CourseModel.NUMERIC);
        Table t = l.boxTidwellTable();
        double[] est = f.numbers("box_tidwell", "estimate");
        double[] se = f.numbers("box_tidwell", "std_error");
        double[] p = f.numbers("box_tidwell", "p_value");
        List<?> shifted = (List<?>) f.get("box_tidwell", "shifted");
        for (int k = 0; k < est.length; k++) {
            String term = CourseModel.NUMERIC.get(k);
            assertClose(est[k], t.doubleColumn("xlnx_estimate").getDouble(k), 1e-5, term);
            assertClose(se[k], t.doubleColumn("std_error").getDouble(k), 1e-4, term);
            assertClose(p[k], t.doubleColumn("p_value").getDouble(k), 1e-3, term);
            assertEquals(shifted.get(k), t.booleanColumn("shifted").get(k), term);
        }
        assertTrue(l.verdictLine().startsWith(l.verdict() + " linearity of the logit: "), l.verdictLine());
    }

    @Test
    void binnedLogOddsMatchNumpy() {
        Table t = Linearity.binned(course, "video_duration_sec", 10);
        List<Map<String, Object>> rows = f.objects("binned_video_duration_sec");
        assertEquals(rows.size(), t.rowCount());
        for (int b = 0; b < rows.size(); b++) {
            Map<String, Object> r = rows.get(b);
            assertEquals(((Number) r.get("n")).intValue(), t.intColumn("n").getInt(b));
            assertClose(((Number) r.get("centre")).doubleValue(), t.doubleColumn("centre").getDouble(b), 1e-12, "centre");
            assertClose(((Number) r.get("empirical")).doubleValue(), t.doubleColumn("empirical_log_odds").getDouble(b),
                    1e-12, "empirical");
            assertClose(((Number) r.get("fitted")).doubleValue(), t.doubleColumn("fitted_log_odds").getDouble(b), 1e-6,
                    "fitted");
        }
    }

    @Test
    void influenceMatchesStatsmodelsGlm() {
        Influence inf = Influence.of(course);
        double[] h = inf.leverage();
        double[] cd = inf.cooksDistance();
        double[] hf = f.numbers("influence", "hat_first");
        double[] cf = f.numbers("influence", "cooks_first");
        for (int i = 0; i < hf.length; i++) {
            assertClose(hf[i], h[i], 1e-5, "leverage " + i);
            assertClose(cf[i], cd[i], 1e-5, "cooks " + i);
        }
        double sum = 0;
        for (double v : h) {
            sum += v;
        }
        assertClose(f.number("influence", "hat_sum"), sum, 1e-6, "trace of the hat matrix");
        assertClose(f.number("influence", "cooks_max"), inf.maxCooksDistance(), 1e-5, "max Cook's D");
        assertEquals((int) f.number("influence", "cooks_argmax"), inf.mostInfluential(1).intColumn("row").getInt(0));
        assertEquals((int) f.number("influence", "cooks_above_4_over_n"), inf.countAboveCutoff());
    }

    @Test
    void syntheticInfluenceMatches() throws Exception {
        Fixture s = Fixture.load("synthetic.json");
        Table syn = Table.read().usingOptions(
                CsvReadOptions.builder(TestData.resource("fixtures/model/synthetic.csv").toFile()));
        LogitResult r = Logit.fit(ModelSpec.of("y", "yes").withNumeric("x1", "x2").withCategorical("g").design(syn));
        Influence inf = Influence.of(r);
        double[] hf = s.numbers("influence", "hat_first");
        double[] cf = s.numbers("influence", "cooks_first");
        for (int i = 0; i < hf.length; i++) {
            assertClose(hf[i], inf.leverage()[i], 1e-6, "leverage " + i);
            assertClose(cf[i], inf.cooksDistance()[i], 1e-6, "cooks " + i);
        }
        assertEquals((int) s.number("influence", "cooks_above_4_over_n"), inf.countAboveCutoff());
    }

    @Test
    void realDataHasDistinctVideoIds() {
        Independence ind = Independence.of(clean);
        assertEquals((long) f.number("duplicated_video_ids"), ind.duplicates().extraRows());
        assertEquals(Verdict.PASS, ind.verdict());
    }

    @Test
    void repeatedIdsFailIndependence() {
        Table t = Table.create("t").addColumns(LongColumn.create("video_id", new long[] {5, 7, 5, 9, 7, 5}));
        Independence ind = Independence.of(t);
        assertEquals(Verdict.FAIL, ind.verdict());
        assertTrue(ind.reason().startsWith("3 of 6 rows repeat an earlier video_id"), ind.reason());
    }

    @Test
    void eventsPerVariableOfTheCourseModel() {
        EventsPerVariable epv = EventsPerVariable.of(course.design());
        assertEquals(1200, epv.events());
        assertEquals(8, epv.parameters());
        assertEquals(150.0, epv.value(), 1e-12);
        assertEquals(Verdict.PASS, epv.verdict());
        assertTrue(epv.verdictLine().startsWith("PASS events per variable: 1,200 'verified' rows / 8 parameters"));
    }

    @Test
    void fewEventsFailEventsPerVariable() {
        double[][] x = new double[40][3];
        int[] y = new int[40];
        for (int i = 0; i < 40; i++) {
            x[i] = new double[] {i, i % 7, i % 3};
            y[i] = i % 10 == 0 ? 1 : 0;
        }
        EventsPerVariable epv = EventsPerVariable.of(DesignMatrix.of(List.of("a", "b", "c"), x, y, "y"));
        assertEquals(4.0 / 3, epv.value(), 1e-12);
        assertEquals(Verdict.FAIL, epv.verdict());
    }

    @Test
    void nearlyCollinearColumnsFailMulticollinearity() {
        SplittableRandom r = new SplittableRandom(3);
        double[][] x = new double[300][2];
        int[] y = new int[300];
        for (int i = 0; i < 300; i++) {
            double a = r.nextGaussian();
            x[i] = new double[] {a, a + 0.05 * r.nextGaussian()};
            y[i] = r.nextInt(2);
        }
        Multicollinearity m = Multicollinearity.of(DesignMatrix.of(List.of("a", "a_copy"), x, y, "y"));
        assertEquals(Verdict.FAIL, m.verdict());
        assertTrue(m.max() > 100);
    }

    @Test
    void courseReportHasOneLinePerCheck() {
        AssumptionReport rep = AssumptionReport.of(course, clean, CourseModel.NUMERIC);
        assertEquals(5, rep.checks().size());
        String text = rep.toString();
        for (Check c : rep.checks()) {
            assertTrue(text.contains(c.verdictLine()), c.verdictLine());
        }
        assertTrue(rep.toHTML().contains("<table"));
    }
}
