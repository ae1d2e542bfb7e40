package tiktokclaims.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;
import smile.glm.GLM;
import smile.glm.model.Bernoulli;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;

/**
 * Smile's own {@code smile.glm.GLM} (binomial, logit link) as a second reference for the course model: same design,
 * same estimates and standard errors as the Newton fitter and statsmodels. It also shows why the lib keeps its own
 * fitter (docs/model.md): Smile rounds the far-tail p-values to 0.
 */
class SmileGlmParityTest {

    /** Measured on the course data: estimates agree to 2.8e-14 relative, standard errors to 5.6e-8. */
    static final double EST_REL = 1e-12;
    static final double SE_REL = 1e-6;

    static LogitResult ours;
    static String printout;
    static double[][] smile; // rows in our term order: estimate, std. error, z, p

    @BeforeAll
    static void fit() throws Exception {
        DesignMatrix d = CourseModel.spec().design(CourseModel.prepare(ClaimsData.load(TestData.realDataset())));
        ours = Logit.fit(d);
        List<String> terms = d.terms();
        int p = terms.size() - 1; // without the constant: the formula adds Smile's intercept
        double[][] x = new double[d.rows()][p];
        String[] names = new String[p];
        for (int j = 1; j <= p; j++) {
            names[j - 1] = terms.get(j);
            for (int i = 0; i < d.rows(); i++) {
                x[i][j - 1] = d.get(i, j);
            }
        }
        DataFrame frame = DataFrame.of(x, names).merge(IntVector.of("y", d.y()));
        GLM glm = GLM.fit(Formula.lhs("y"), frame, Bernoulli.logit());
        // Smile puts the intercept first, then the predictors in frame order: our order.
        smile = glm.ztest();
        printout = glm.toString();
        assertEquals(terms.size(), smile.length);
    }

    @Test
    void estimatesAndStandardErrorsAgreeWithTheNewtonFitter() {
        for (int j = 0; j < smile.length; j++) {
            String term = ours.terms().get(j);
            assertEquals(ours.estimates()[j], smile[j][0], EST_REL * Math.abs(ours.estimates()[j]), term);
            assertEquals(ours.stdErrors()[j], smile[j][1], SE_REL * ours.stdErrors()[j], term);
        }
    }

    @Test
    void estimatesAgreeWithStatsmodels() {
        double[] sm = Fixture.load("course.json").numbers("estimate");
        for (int j = 0; j < smile.length; j++) {
            assertEquals(sm[j], smile[j][0], EST_REL * Math.abs(sm[j]), ours.terms().get(j));
        }
    }

    @Test
    void smileRoundsFarTailPValuesToZeroWhereTheFitterDoesNot() {
        int far = 0;
        for (int j = 0; j < smile.length; j++) {
            if (Math.abs(smile[j][2]) > 8.3) {
                far++;
                assertEquals(0.0, smile[j][3], ours.terms().get(j));
                assertTrue(ours.pValues()[j] > 0, ours.terms().get(j));
            }
        }
        assertTrue(far > 0, "the course model has a term with |z| > 8.3");
    }

    @Test
    void smilePrintsOneCoefficientFewerThanItFits() {
        long shown = ours.terms().stream().skip(1).filter(printout::contains).count();
        assertEquals(ours.terms().size() - 2, shown, printout);
    }

    @Test
    void onASeparatedDesignSmileFailsWithoutNamingTheColumnWhereTheFitterNamesIt() {
        int n = 100;
        double[][] x = new double[n][1];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = i;
            y[i] = i >= 60 ? 1 : 0;
        }
        DataFrame frame = DataFrame.of(x, "views").merge(IntVector.of("y", y));
        ArithmeticException smileError = org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class,
                () -> GLM.fit(Formula.lhs("y"), frame, Bernoulli.logit()));
        assertTrue(smileError.getMessage().contains("LAPACK"), smileError.getMessage());
        ModelFitException e = org.junit.jupiter.api.Assertions.assertThrows(ModelFitException.class,
                () -> Logit.fit(DesignMatrix.of(List.of("views"), x, y, "y")));
        assertEquals(ModelFitException.Reason.SEPARATION, e.reason());
        assertTrue(e.getMessage().contains("column 'views'"), e.getMessage());
    }
}
