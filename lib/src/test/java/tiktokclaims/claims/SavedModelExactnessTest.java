package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.text.TextVectorizer;

/**
 * A saved and loaded model gives exactly (same bits) the probabilities of the model in memory, for every row, on
 * the course dataset and on generated sample data, for all three kinds of model: the model in memory is the
 * reference, and it is scored both directly and through the {@link ClaimsModel} (features, then classifier). That
 * the logistic regression's fit is the right one is LogisticOptimumTest's concern.
 */
class SavedModelExactnessTest {

    /** The project's tree settings with fewer trees (the evaluation of one tree does not depend on how many). */
    private static final ModelSettings SETTINGS = ModelSettings.defaults().withTrees(40, 60);

    @Test
    void courseDataEveryRowSameBits(@TempDir Path dir) {
        everyRowSameBits(ClaimRecord.all(ClaimsData.load(TestData.realDataset())), dir);
    }

    @Test
    void generatedDataEveryRowSameBits(@TempDir Path dir) throws IOException {
        everyRowSameBits(Small.generated(dir, 6000, 17), dir);
    }

    private static void everyRowSameBits(List<ClaimRecord> all, Path dir) {
        List<ClaimRecord> train = Small.everyOtherLabelled(all);
        ClaimFeatures f = ClaimFeatures.fit(train, TextVectorizer.Options.defaults());
        double[][] x = f.matrix(train);
        int[] y = ClaimsTraining.labels(train);
        double[][] rows = f.matrix(all);

        List<ClaimClassifier> ours = List.of(ForestClassifier.fit(x, y, SETTINGS, 3),
                BoostedClassifier.fit(x, y, SETTINGS, 3), LogisticClassifier.fit(x, y, SETTINGS));
        for (ClaimClassifier c : ours) {
            ClaimsModel model = new ClaimsModel(f, c, 0.5, "test", 3);
            model.save(dir.resolve(c.kind().name()));
            ClaimsModel back = ClaimsModel.load(dir.resolve(c.kind().name()));
            double[] mem = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                mem[i] = c.probability(rows[i]);
            }
            assertBits(mem, model.probabilities(all), c.kind() + " scored through the model");
            assertBits(mem, back.probabilities(all), c.kind() + " saved and loaded");
            assertArrayEquals(c.importance(), back.classifier().importance(), 0.0, c.kind() + " importance");
        }
    }

    private static void assertBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        int distinct = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    what + ", row " + i + ": expected " + expected[i] + ", got " + actual[i]);
            if (i > 0 && expected[i] != expected[i - 1]) {
                distinct++;
            }
        }
        // Not a vacuous comparison: the models give many different probabilities.
        assertTrue(distinct > 100, what + ": " + distinct);
    }
}
