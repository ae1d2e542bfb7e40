package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tiktokclaims.text.TextVectorizer;

/**
 * {@link TrainingResult#splitTable}, {@link TrainingResult#selection} and {@link ClaimsModel#textShare} on a
 * hand-made result: ten labelled rows, three candidates with chosen numbers, a classifier with chosen importances.
 */
class TrainingResultSummaryTest {

    /** Labels of the ten rows: 1 = claim. */
    private static final int[] LABELS = {1, 0, 1, 1, 0, 0, 1, 0, 0, 1};

    /** 11 video and account features of importance 1, then the terms alpha, beta, gamma: 3, 0, 6. */
    private static final double[] IMPORTANCE = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 0, 6};

    private static List<ClaimRecord> records() {
        List<ClaimRecord> out = new ArrayList<>();
        for (int i = 0; i < LABELS.length; i++) {
            out.add(new ClaimRecord(100 + i, LABELS[i] == 1 ? "claim" : "opinion", 30,
                    LABELS[i] == 1 ? "alpha beta" : "gamma", "verified", "active", 10, 5, 2, 1, 1));
        }
        return out;
    }

    private static ClaimClassifier classifier(ModelKind kind) {
        return new ClaimClassifier() {
            @Override
            public ModelKind kind() {
                return kind;
            }

            @Override
            public double probability(double[] x) {
                return 0.5;
            }

            @Override
            public double[] importance() {
                return IMPORTANCE.clone();
            }
        };
    }

    private static ClaimsModel model(ModelKind kind) {
        ClaimFeatures features = ClaimFeatures.fit(records(),
                new TextVectorizer.Options(1, 1, 1, 3, TextVectorizer.Weighting.TFIDF));
        return new ClaimsModel(features, classifier(kind), 0.5, "hand-made", 17);
    }

    private static Candidate candidate(ModelKind kind, double auc, double precision, double recall) {
        return new Candidate(kind, auc, 0.9, new OperatingPoint(0.5, precision, recall, "hand-made"));
    }

    private static TrainingResult result(ModelKind chosen, List<Candidate> candidates) {
        ClaimsTraining.Splits splits = new ClaimsTraining.Splits(new int[] {0, 1, 2, 3, 4, 5}, new int[] {6, 7},
                new int[] {8, 9});
        return new TrainingResult(TrainingOptions.defaults().withSeed(17), records(), splits, candidates,
                model(chosen), new int[] {0, 1}, new double[] {0.2, 0.8});
    }

    private static final List<Candidate> CANDIDATES = List.of(
            candidate(ModelKind.LOGISTIC_REGRESSION, 0.90, 0.99, 0.80),
            candidate(ModelKind.RANDOM_FOREST, 0.95, 0.99, 0.80),
            candidate(ModelKind.GRADIENT_BOOSTING, 0.85, 1.00, 0.70));

    @Test
    void splitTableCountsRowsAndClaimsPerPart() {
        Table t = result(ModelKind.RANDOM_FOREST, CANDIDATES).splitTable();
        assertEquals("The 60/20/20 split (stratified, seed 17)", t.name());
        assertEquals(List.of("part", "rows", "claims", "claim_share"), t.columnNames());
        assertEquals(List.of("train", "validation", "test"), t.stringColumn("part").asList());
        // train rows 0-5: labels 1,0,1,1,0,0; validation 6,7: 1,0; test 8,9: 0,1
        assertEquals(List.of(6, 2, 2), t.intColumn("rows").asList());
        assertEquals(List.of(3, 1, 1), t.intColumn("claims").asList());
        assertEquals(List.of(0.5, 0.5, 0.5), t.doubleColumn("claim_share").asList());
    }

    @Test
    void splitShareIsClaimsOverRows() {
        ClaimsTraining.Splits splits = new ClaimsTraining.Splits(new int[] {0, 2, 3, 6, 9, 1, 4}, new int[] {5},
                new int[] {7, 8});
        Table t = new TrainingResult(TrainingOptions.defaults(), records(), splits, CANDIDATES,
                model(ModelKind.RANDOM_FOREST), new int[] {0}, new double[] {0.1}).splitTable();
        assertEquals("The 60/20/20 split (stratified, seed 42)", t.name());
        assertEquals(List.of(5, 0, 0), t.intColumn("claims").asList());
        assertEquals(5.0 / 7, t.doubleColumn("claim_share").get(0), 0.0);
        assertEquals(0.0, t.doubleColumn("claim_share").get(1), 0.0);
    }

    @Test
    void selectionNamesTheChosenCandidateItsTiesAndTheAucRange() {
        TrainingResult.Selection s = result(ModelKind.RANDOM_FOREST, CANDIDATES).selection();
        assertEquals(CANDIDATES.get(1), s.chosen());
        assertEquals(2, s.tiedCandidates());
        assertEquals(0.85, s.minAuc(), 0.0);
        assertEquals(0.95, s.maxAuc(), 0.0);
    }

    @Test
    void aCandidateWithTheSameRecallButAnotherPrecisionIsNoTie() {
        List<Candidate> candidates = List.of(
                candidate(ModelKind.LOGISTIC_REGRESSION, 0.97, 0.995, 0.80),
                candidate(ModelKind.RANDOM_FOREST, 0.97, 0.99, 0.80),
                candidate(ModelKind.GRADIENT_BOOSTING, 0.97, 0.99, 0.75));
        TrainingResult.Selection s = result(ModelKind.LOGISTIC_REGRESSION, candidates).selection();
        assertEquals(ModelKind.LOGISTIC_REGRESSION, s.chosen().kind());
        assertEquals(1, s.tiedCandidates());
        assertEquals(0.97, s.minAuc(), 0.0);
        assertEquals(0.97, s.maxAuc(), 0.0);
    }

    @Test
    void textShareIsTheTermsImportanceOverTheTotal() {
        ClaimsModel m = model(ModelKind.RANDOM_FOREST);
        assertEquals(List.of("alpha", "beta", "gamma"), m.features().text().vocabulary());
        // total 11 + 3 + 0 + 6 = 20; the terms carry 3 + 0 + 6 = 9
        assertEquals(9.0 / 20, m.textShare(), 1e-12);
    }
}
