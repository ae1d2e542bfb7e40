package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CandidateTest {

    private static Candidate of(ModelKind kind, double ap, double precision, double recall) {
        return new Candidate(kind, 1.0, ap, new OperatingPoint(0.5, precision, recall, "rule"));
    }

    @Test
    void recallFirstThenPrecisionThenAveragePrecision() {
        Candidate simple = of(ModelKind.LOGISTIC_REGRESSION, 0.90, 0.995, 0.99);
        assertTrue(of(ModelKind.RANDOM_FOREST, 0.80, 0.991, 1.0).beats(simple), "higher recall wins");
        assertTrue(of(ModelKind.RANDOM_FOREST, 0.80, 0.999, 0.99).beats(simple), "same recall: higher precision");
        assertTrue(of(ModelKind.RANDOM_FOREST, 0.91, 0.995, 0.99).beats(simple), "then higher average precision");
        assertFalse(of(ModelKind.RANDOM_FOREST, 0.95, 0.990, 0.99).beats(simple), "precision before AP");
    }

    @Test
    void averagePrecisionsEqualUpToRoundingAreATieThatKeepsTheEarlierModel() {
        Candidate logistic = of(ModelKind.LOGISTIC_REGRESSION, 0.9999999999999805, 1.0, 1.0);
        Candidate boosted = of(ModelKind.GRADIENT_BOOSTING, 0.9999999999999974, 1.0, 1.0);
        assertFalse(boosted.beats(logistic));
        assertFalse(logistic.beats(boosted));
    }
}
