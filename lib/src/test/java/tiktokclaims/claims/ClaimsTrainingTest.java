package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tiktokclaims.text.TextVectorizer;

class ClaimsTrainingTest {

    private static TrainingResult first;

    @BeforeAll
    static void train() {
        first = ClaimsTraining.train(Small.records(), Small.options(7));
    }

    @Test
    void sameSeedGivesTheSameModelsAndScores() {
        TrainingResult again = ClaimsTraining.train(Small.records(), Small.options(7));
        assertEquals(first.candidates(), again.candidates());
        assertEquals(first.model().kind(), again.model().kind());
        assertEquals(first.model().threshold(), again.model().threshold());
        assertArrayEquals(first.testProbabilities(), again.testProbabilities());
        assertArrayEquals(first.model().probabilities(Small.records()),
                again.model().probabilities(Small.records()));
    }

    @Test
    void everyKindOfModelIsDeterministicForASeed() {
        ClaimFeatures f = first.model().features();
        List<ClaimRecord> train = ClaimsTraining.pick(first.labelled(), first.splits().train());
        double[][] x = f.matrix(train);
        int[] y = ClaimsTraining.labels(train);
        double[][] probe = f.matrix(first.labelled());
        for (ModelKind kind : ModelKind.values()) {
            ClaimClassifier a = ClaimClassifier.fit(kind, x, y, Small.SETTINGS, 99);
            ClaimClassifier b = ClaimClassifier.fit(kind, x, y, Small.SETTINGS, 99);
            for (double[] row : probe) {
                assertEquals(a.probability(row), b.probability(row), 0.0, kind.label());
            }
            assertArrayEquals(a.importance(), b.importance(), 0.0, kind.label());
        }
    }

    @Test
    void anotherSeedGivesAnotherSplit() {
        TrainingResult other = ClaimsTraining.train(Small.records(),
                Small.options(8).withKinds(List.of(ModelKind.LOGISTIC_REGRESSION)));
        assertFalse(Arrays.equals(first.splits().test(), other.splits().test()));
    }

    @Test
    void splitIsSixtyTwentyTwentyDisjointCompleteAndStratified() {
        ClaimsTraining.Splits s = first.splits();
        int n = first.labelled().size();
        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.validation())),
                Arrays.stream(s.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, n).toArray(), all);
        assertEquals(0.6 * n, s.train().length, 2.0);
        assertEquals(0.2 * n, s.validation().length, 2.0);
        assertEquals(0.2 * n, s.test().length, 2.0);
        int[] y = ClaimsTraining.labels(first.labelled());
        double share = Arrays.stream(y).average().orElseThrow();
        for (int[] part : List.of(s.train(), s.validation(), s.test())) {
            double claims = Arrays.stream(part).map(i -> y[i]).sum();
            assertEquals(share * part.length, claims, 1.5);
        }
    }

    @Test
    void unlabelledRowsAreLeftOut() {
        long labelled = Small.records().stream().filter(r -> r.claimStatus() != null).count();
        assertTrue(labelled < Small.records().size(), "the sample should hold unlabelled rows");
        assertEquals(labelled, first.labelled().size());
    }

    @Test
    void featuresAreLearnedOnTheTrainingRowsOnly() {
        List<ClaimRecord> train = ClaimsTraining.pick(first.labelled(), first.splits().train());
        List<String> docs = new ArrayList<>();
        double[] views = new double[train.size()];
        for (int i = 0; i < train.size(); i++) {
            docs.add(train.get(i).transcript());
            views[i] = train.get(i).views();
        }
        ClaimFeatures f = first.model().features();
        assertEquals(TextVectorizer.fit(docs, TextVectorizer.Options.defaults()).vocabulary(), f.text().vocabulary());
        Arrays.sort(views);
        int m = views.length / 2;
        double median = views.length % 2 == 1 ? views[m] : (views[m - 1] + views[m]) / 2;
        assertEquals(median, f.countMedians()[0], 0.0);
    }

    @Test
    void theChosenModelHasTheBestValidationRecallAndItsThreshold() {
        Candidate chosen = first.candidates().stream().filter(c -> c.kind() == first.model().kind()).findFirst()
                .orElseThrow();
        for (Candidate c : first.candidates()) {
            assertTrue(c.point().recall() <= chosen.point().recall(), c.toString());
        }
        assertEquals(chosen.point().threshold(), first.model().threshold());
        Table v = first.validation();
        assertEquals(ModelKind.values().length, v.rowCount());
        assertEquals(1, v.stringColumn("chosen").countOccurrences("yes"));
    }

    @Test
    void errorsAreTheMisclassifiedTestRows() {
        int[] actual = first.testActual();
        int[] predicted = first.testPredicted();
        long wrong = IntStream.range(0, actual.length).filter(i -> actual[i] != predicted[i]).count();
        Table errors = first.errors();
        assertEquals(wrong, errors.rowCount());
        assertEquals(List.of("video_id", "transcript", "actual", "predicted", "claim_probability"),
                errors.columnNames());
        assertEquals(first.testConfusion().fp() + first.testConfusion().fn(), wrong);
    }

    @Test
    void featureImportanceNamesEveryFeatureMostImportantFirst() {
        Table imp = first.featureImportance();
        assertEquals(first.model().features().size(), imp.rowCount());
        double[] values = imp.doubleColumn("importance").asDoubleArray();
        for (int i = 1; i < values.length; i++) {
            assertTrue(values[i - 1] >= values[i]);
        }
        assertEquals(1.0, imp.doubleColumn("share").sum(), 1e-9);
    }

    @Test
    void transcriptsAreEscapedInTheHtml() {
        Random r = new Random(1);
        List<ClaimRecord> noisy = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            noisy.add(new ClaimRecord(1000 + i, r.nextBoolean() ? "claim" : "opinion", 30,
                    "<script>alert(" + i + ")</script> & more", "not verified", "active", r.nextInt(1000), 10, 1,
                    1, 1));
        }
        TrainingResult t = ClaimsTraining.train(noisy,
                Small.options(3).withKinds(List.of(ModelKind.LOGISTIC_REGRESSION)));
        assertTrue(t.errors().rowCount() > 0, "random labels must give errors to show");
        String html = t.toHTML();
        assertFalse(html.contains("<script>"), "raw transcript in HTML");
        assertTrue(html.contains("&lt;script&gt;alert("), "escaped transcript missing");
    }
}
