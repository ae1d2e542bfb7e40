package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** {@link Baselines} on hand-made records whose answers are known. */
class BaselinesTest {

    private static ClaimRecord record(long id, int label, String text, String verified, double views) {
        return new ClaimRecord(id, label == 1 ? "claim" : "opinion", 30, text, verified, "active", views, views / 10,
                views / 100, views / 200, views / 500);
    }

    @Test
    void bestRuleIsTheTermRightOnMostTrainingRowsCountedByHand() {
        // df >= 2 terms and training rows right (of 6): claim+ 5, i- 5, i think- 5, media+ 4, media claim+ 5,
        // think- 5: the first in alphabetical order with 5 wins, 'claim if the transcript contains "claim"'.
        List<ClaimRecord> train = List.of(record(1, 1, "media claim x", "verified", 1),
                record(2, 1, "media claim y", "verified", 1), record(3, 1, "friend said", "verified", 1),
                record(4, 0, "i think so", "verified", 1), record(5, 0, "i think not", "verified", 1),
                record(6, 0, "media view", "verified", 1));
        Baselines.Rule rule = Baselines.bestRule(train, new int[] {1, 1, 1, 0, 0, 0}, 1, 2, 2);
        assertEquals("claim", rule.term());
        assertTrue(rule.claimIfPresent());
        assertArrayEquals(new double[] {1, 0, 0}, rule.scores(List.of(record(7, 1, "a claim", "verified", 1),
                record(8, 0, "claims", "verified", 1), record(9, 0, null, "verified", 1))));
        // 'unless': only the opinions share a term
        Baselines.Rule unless = Baselines.bestRule(train, new int[] {1, 1, 1, 0, 0, 0}, 1, 1, 3);
        assertThrows(IllegalArgumentException.class, () -> Baselines.bestRule(train, new int[] {1, 1, 1, 0, 0, 0},
                1, 1, 7));
        assertEquals("media", unless.term());
        assertTrue(unless.claimIfPresent());
    }

    /** 300 rows: the label is written in the transcript (and in the views); the account field is noise. */
    private static List<ClaimRecord> templated(boolean wordDecides) {
        SplittableRandom r = new SplittableRandom(5);
        String[] filler = {"video", "news", "today", "people", "friend", "work", "school", "music"};
        List<ClaimRecord> out = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int label = i % 2;
            StringBuilder t = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                t.append(filler[r.nextInt(filler.length)]).append(' ');
            }
            if (wordDecides) {
                t.append(label == 1 ? "someone learned" : "someone guessed"); // same length: length alone cannot tell
            }
            double views = wordDecides ? (label == 1 ? 100_000 : 1_000) * (1 + r.nextDouble()) : 1000 * (1 + r.nextDouble());
            out.add(record(i, label, t.toString(), r.nextBoolean() ? "verified" : "not verified", views));
        }
        return out;
    }

    private static TrainingResult train(List<ClaimRecord> records) {
        return ClaimsTraining.train(records, TrainingOptions.defaults().withSeed(3)
                .withKinds(List.of(ModelKind.LOGISTIC_REGRESSION)));
    }

    @Test
    void startedOnAnotherThreadOrWithoutTrainingsFeatureRowsTheTableIsTheSame() {
        TrainingResult result = train(templated(false));
        Table expected = Baselines.of(result).table();
        assertSameTable(expected, Baselines.start(result).join().table());
        // a result that did not keep training's feature rows builds them again, to the same numbers
        TrainingResult bare = new TrainingResult(result.options(), result.labelled(), result.splits(),
                result.candidates(), result.model(), result.testActual(), result.testProbabilities());
        assertSameTable(expected, Baselines.of(bare).table());
    }

    private static void assertSameTable(Table expected, Table actual) {
        assertEquals(expected.rowCount(), actual.rowCount());
        for (String c : expected.columnNames()) {
            assertEquals(expected.column(c).asList(), actual.column(c).asList(), c);
        }
    }

    @Test
    void onTemplatedTextASinglePhraseMatchesTheModelAndTheFindingSaysSo() {
        TrainingResult result = train(templated(true));
        Baselines b = Baselines.of(result);
        Table t = b.table();
        assertEquals(6, t.rowCount());
        assertEquals(List.of("Chosen: " + result.model().kind().label(), Baselines.RULE, Baselines.TEXT,
                Baselines.ENGAGEMENT, Baselines.ACCOUNT, Baselines.LENGTH), t.stringColumn(Baselines.MODEL).asList());
        // The chosen model's row is the training result's own test score.
        assertEquals(result.testConfusion().precision(), b.metric("chosen", Baselines.PRECISION), 0);
        assertEquals(result.testConfusion().recall(), b.metric("chosen", Baselines.RECALL), 0);
        assertEquals(result.testRoc().auc(), b.metric("chosen", Baselines.AUC), 0);
        // Every test row is counted: claims missed + found = test claims.
        int testClaims = (int) java.util.Arrays.stream(result.testActual()).sum();
        assertEquals(result.testConfusion().fn(), (long) t.intColumn(Baselines.MISSED).get(0));
        assertTrue(t.intColumn(Baselines.MISSED).get(1) <= testClaims);
        // A phrase of the template decides the label; the text-only and engagement models are perfect too; the
        // account field (random) is near guessing.
        assertTrue(List.of("learned", "someone learned", "guessed", "someone guessed").contains(b.bestTerm()),
                b.bestTerm());
        assertEquals(1.0, b.metric(Baselines.RULE, Baselines.AUC), 1e-12);
        assertEquals(1.0, b.metric(Baselines.RULE, Baselines.RECALL), 1e-12);
        assertEquals(1.0, b.metric(Baselines.TEXT, Baselines.AUC), 1e-12);
        assertEquals(1.0, b.metric(Baselines.ENGAGEMENT, Baselines.AUC), 1e-12);
        assertTrue(Math.abs(b.metric(Baselines.ACCOUNT, Baselines.AUC) - 0.5) < 0.2,
                "account AUC " + b.metric(Baselines.ACCOUNT, Baselines.AUC));
        String finding = b.finding().text();
        assertEquals(List.of("transcript terms", "engagement"), b.nearPerfect());
        assertTrue(b.dataLookSeparable());
        assertTrue(finding.contains("The transcript terms and engagement alone already separate claims from opinions"
                + " almost perfectly"), finding);
        assertTrue(finding.contains("although view and share counts say nothing"), finding);
        assertTrue(finding.contains("'" + b.bestTerm() + "'"), finding);
        assertThrows(IllegalArgumentException.class, () -> b.metric("no such model", Baselines.AUC));
        String next = b.nextStep().text();
        assertTrue(next.startsWith("**Before the claims queue is used, measure it on real reports.**"), next);
        assertTrue(next.contains(String.format(java.util.Locale.ROOT, "finds **%.2f%%** of the claims",
                100 * b.metric(Baselines.RULE, Baselines.RECALL))), next);
    }

    @Test
    void onRandomTextNoPhraseDecidesAndTheFindingSaysSo() {
        Baselines b = Baselines.of(train(templated(false)));
        assertTrue(b.metric(Baselines.RULE, Baselines.AUC) < 0.7, "rule AUC " + b.metric(Baselines.RULE, Baselines.AUC));
        assertTrue(b.nearPerfect().isEmpty(), b.nearPerfect().toString());
        assertTrue(b.finding().text().contains("No single phrase decides the label"), b.finding().text());
        assertTrue(b.nextStep().text().contains("Agree its operating point"), b.nextStep().text());
    }
}
