package tiktokclaims.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;

/** PenalizedLogit against scikit-learn 1.6.1 LogisticRegression (scripts/fixtures/model.py). */
class PenalizedLogitParityTest {

    @Test
    void courseDataReachesScikitLearnsExactOptimum() {
        Fixture f = Fixture.load("course.json");
        DesignMatrix d = CourseModel.spec().design(CourseModel.prepare(ClaimsData.load(TestData.realDataset())));
        PenalizedLogitResult r = PenalizedLogit.fit(d);
        double[] b = r.estimates();
        assertEquals(f.number("sklearn", "optimum_intercept"), b[0], 1e-6 * Math.abs(b[0]));
        double[] coef = f.numbers("sklearn", "optimum_coef");
        for (int j = 0; j < coef.length; j++) {
            assertEquals(coef[j], b[j + 1], 1e-6 * Math.abs(coef[j]), r.terms().get(j + 1));
        }
        double[] p = r.predictProba(d);
        double[] opt = f.numbers("sklearn", "optimum_proba_first");
        double[] lbfgs = f.numbers("sklearn", "lbfgs_proba_first");
        for (int i = 0; i < opt.length; i++) {
            assertEquals(opt[i], p[i], 1e-8, "row " + i);
            assertEquals(lbfgs[i] >= 0.5, p[i] >= 0.5, "0.5-threshold prediction of row " + i);
            assertTrue(Math.abs(lbfgs[i] - p[i]) <= f.number("sklearn", "max_abs_proba_difference") + 1e-9);
        }
    }

    @Test
    void standardisedFeaturesMatchLbfgs() throws Exception {
        Fixture f = Fixture.load("synthetic.json");
        Table syn = Table.read().usingOptions(
                CsvReadOptions.builder(TestData.resource("fixtures/model/synthetic.csv").toFile()));
        DesignMatrix d = ModelSpec.of("y", "yes").withNumeric("x1", "x2").withCategorical("g").design(syn);
        double[] mean = f.numbers("sklearn_standardised", "mean");
        double[] sd = f.numbers("sklearn_standardised", "sd_population");
        int k = mean.length;
        double[][] x = new double[d.rows()][k];
        for (int i = 0; i < d.rows(); i++) {
            for (int j = 0; j < k; j++) {
                x[i][j] = (d.get(i, j + 1) - mean[j]) / sd[j];
            }
        }
        PenalizedLogitResult r = PenalizedLogit.fit(DesignMatrix.of(d.terms().subList(1, k + 1), x, d.y(), "y"));
        double[] b = r.estimates();
        assertEquals(f.number("sklearn_standardised", "intercept"), b[0], 1e-6);
        double[] coef = f.numbers("sklearn_standardised", "coef");
        for (int j = 0; j < k; j++) {
            assertEquals(coef[j], b[j + 1], 1e-6, d.terms().get(j + 1));
        }
    }

    @Test
    void penaltyShrinksTowardsTheMaximumLikelihoodAsCGrows() {
        DesignMatrix d = LogitPropertiesTest.generate(400, 21);
        LogitResult ml = Logit.fit(d);
        PenalizedLogitResult weak = PenalizedLogit.fit(d, 1e8);
        PenalizedLogitResult strong = PenalizedLogit.fit(d, 1e-3);
        double normMl = 0;
        double normStrong = 0;
        for (String t : List.of("a", "b", "c")) {
            assertEquals(ml.estimate(t), weak.estimate(t), 1e-5);
            normMl += ml.estimate(t) * ml.estimate(t);
            normStrong += strong.estimate(t) * strong.estimate(t);
        }
        assertTrue(normStrong < 0.01 * normMl, "a strong penalty shrinks the coefficients' norm");
    }

    @Test
    void rejectsANonPositiveC() {
        DesignMatrix d = LogitPropertiesTest.generate(50, 22);
        assertThrows(IllegalArgumentException.class, () -> PenalizedLogit.fit(d, 0));
    }
}
