package tiktokclaims.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.evaluate.CrossValidationResult;
import tiktokclaims.evaluate.Metric;
import tiktokclaims.report.Json;

/** The exemplar and honest pipelines on the real data. */
class PipelineTest {

    static Table raw;
    static PipelineResult exemplar;
    static PipelineResult honest;

    @BeforeAll
    static void run() {
        raw = ClaimsData.load(TestData.realDataset());
        exemplar = Pipeline.exemplar(42).run(raw);
        honest = Pipeline.honest(42).run(raw);
    }

    @Test
    void exemplarReproducesTheCourseNumbers() {
        Fixture f = Fixture.load("exemplar.json");
        assertEquals(f.number("precision"), exemplar.metrics().precision(), 0.03);
        assertEquals(f.number("recall"), exemplar.metrics().recall(), 0.03);
        assertEquals(f.number("accuracy"), exemplar.metrics().accuracy(), 0.03);
        assertEquals((int) f.number("n_test"), exemplar.test().rows());
        assertEquals((int) f.number("n_train"), exemplar.train().rows());
    }

    @Test
    void crossValidationOfTheHonestProcedureIsSeededAndAgreesWithTheSingleSplit() {
        CrossValidationResult cv = Pipeline.honest(42).crossValidate(raw, 5);
        assertEquals(5, cv.k());
        assertEquals(cv.values(Metric.AUC)[3], Pipeline.honest(42).crossValidate(raw, 5).values(Metric.AUC)[3], 0.0);
        // the single split's AUC lies within three fold SDs of the cross-validated mean
        assertTrue(Math.abs(honest.metrics().auc() - cv.mean(Metric.AUC)) < 3 * cv.sd(Metric.AUC) + 1e-9,
                honest.metrics().auc() + " vs " + cv);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Pipeline.exemplar(42).crossValidate(raw, 5));
    }

    @Test
    void exemplarLeaksCopiesIntoTheTestSetAndRefusesInference() {
        assertTrue(exemplar.leakedTestRows() > exemplar.test().rows() / 4, "copies of training rows in the test set");
        assertEquals(0.5, exemplar.testPrevalence(), 0.01);
        assertFalse(exemplar.inference().inferenceValid());
    }

    @Test
    void honestTestsAtTheRealPrevalenceWithoutLeakage() {
        assertEquals(0, honest.leakedTestRows());
        assertEquals(1200.0 / 19084, honest.testPrevalence(), 0.001);
        assertEquals(19084, honest.train().rows() + honest.test().rows());
        assertEquals(4771, honest.test().rows(), "ceil(0.25 * 19084)");
        assertTrue(honest.inference().inferenceValid());
        assertTrue(honest.metrics().precision() < exemplar.metrics().precision(),
                "precision at 6% prevalence is lower than on a 50/50 test set");
        double lo = honest.intervals().low(Metric.PRECISION);
        double hi = honest.intervals().high(Metric.PRECISION);
        assertTrue(lo <= honest.metrics().precision() && honest.metrics().precision() <= hi);
    }

    @Test
    void sameSeedGivesTheSameResult() {
        PipelineResult again = Pipeline.honest(42).run(raw);
        assertEquals(Json.write(honest.toMap()), Json.write(again.toMap()));
        PipelineResult other = Pipeline.honest(7).run(raw);
        assertFalse(Json.write(honest.toMap()).equals(Json.write(other.toMap())));
    }

    @Test
    void upsamplingInsideTheTrainingSetKeepsTheTestSetClean() {
        PipelineResult r = Pipeline.honest(42).withBalancing(Pipeline.Balancing.UPSAMPLE_TRAINING).run(raw);
        assertEquals(0, r.leakedTestRows());
        DesignMatrix train = r.train();
        assertEquals(2 * (train.rows() - train.positives()), r.model().n(), "minority upsampled to the majority");
        assertEquals(honest.testPrevalence(), r.testPrevalence(), 1e-12);
        assertTrue(r.model().toMap().get("duplicated_rows").equals(Boolean.TRUE));
        assertTrue(r.inference().inferenceValid(), "inference still comes from the unduplicated training rows");
    }

    @Test
    void balancedWeightsGiveEachClassHalfTheTotalWeight() {
        int[] y = {1, 0, 0, 0, 0, 0, 0, 1};
        double[] w = Pipeline.balancedWeights(y);
        double pos = 0;
        double neg = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 1) {
                pos += w[i];
            } else {
                neg += w[i];
            }
        }
        assertEquals(4.0, pos, 1e-12);
        assertEquals(4.0, neg, 1e-12);
    }
}
