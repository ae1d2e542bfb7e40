package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import smile.classification.GradientTreeBoost;
import smile.classification.LogisticRegression;
import smile.classification.RandomForest;
import smile.data.Tuple;
import smile.data.type.StructType;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.SampleGenerator;
import tiktokclaims.text.TextVectorizer;

/**
 * Our evaluators of the saved numbers give exactly Smile's probabilities (same bits) for every row, on the course
 * dataset and on generated sample data, for all three kinds of model, before and after a save and load. Smile
 * itself is the reference: its {@code predict(x, posteriori)} on the fitted model.
 */
class SmileExactnessTest {

    /** The project's tree settings with fewer trees (the evaluation of one tree does not depend on how many). */
    private static final ModelSettings SETTINGS = ModelSettings.defaults().withTrees(40, 60);

    @Test
    void courseDataEveryRowSameBits(@TempDir Path dir) {
        everyRowSameBits(ClaimRecord.all(ClaimsData.load(TestData.realDataset())), dir);
    }

    @Test
    void generatedDataEveryRowSameBits(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        SampleGenerator.write(csv, 6000, 17);
        Path file = dir.resolve("sample.csv");
        java.nio.file.Files.write(file, csv.toByteArray());
        everyRowSameBits(ClaimRecord.all(ClaimsData.load(file)), dir);
    }

    private static void everyRowSameBits(List<ClaimRecord> all, Path dir) {
        List<ClaimRecord> train = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 2) {
            if (all.get(i).claimStatus() != null) {
                train.add(all.get(i));
            }
        }
        ClaimFeatures f = ClaimFeatures.fit(train, TextVectorizer.Options.defaults());
        double[][] x = f.matrix(train);
        int[] y = ClaimsTraining.labels(train);
        double[][] rows = f.matrix(all);
        StructType schema = SmileFrames.featureSchema(f.size());

        RandomForest rf = ForestClassifier.smile(x, y, SETTINGS, 3);
        GradientTreeBoost gb = BoostedClassifier.smile(x, y, SETTINGS, 3);
        double[][] scaling = LogisticClassifier.scaling(x);
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = LogisticClassifier.standardise(x[i], scaling[0], scaling[1]);
        }
        LogisticRegression.Binomial lr = LogisticClassifier.smile(z, y, SETTINGS);

        double[] smileRf = new double[rows.length];
        double[] smileGb = new double[rows.length];
        double[] smileLr = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            smileRf[i] = SmileFrames.claimProbability(rf, Tuple.of(rows[i], schema));
            smileGb[i] = SmileFrames.claimProbability(gb, Tuple.of(rows[i], schema));
            smileLr[i] = SmileFrames.claimProbability(lr,
                    LogisticClassifier.standardise(rows[i], scaling[0], scaling[1]));
        }
        List<ClaimClassifier> ours = List.of(ForestClassifier.of(rf), BoostedClassifier.of(gb),
                LogisticClassifier.of(scaling[0], scaling[1], lr));
        List<double[]> expected = List.of(smileRf, smileGb, smileLr);
        for (int k = 0; k < ours.size(); k++) {
            ClaimClassifier c = ours.get(k);
            ClaimsModel model = new ClaimsModel(f, c, 0.5, "test", 3);
            model.save(dir.resolve(c.kind().name()));
            ClaimsModel back = ClaimsModel.load(dir.resolve(c.kind().name()));
            double[] mem = new double[rows.length];
            double[] loaded = back.probabilities(all);
            for (int i = 0; i < rows.length; i++) {
                mem[i] = c.probability(rows[i]);
            }
            assertBits(expected.get(k), mem, c.kind() + " in memory");
            assertBits(expected.get(k), loaded, c.kind() + " saved and loaded");
        }
        assertArrayEquals(rf.importance(), ours.get(0).importance(), 0.0);
        assertArrayEquals(gb.importance(), ours.get(1).importance(), 0.0);
    }

    private static void assertBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        int distinct = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    what + ", row " + i + ": Smile " + expected[i] + ", ours " + actual[i]);
            if (i > 0 && expected[i] != expected[i - 1]) {
                distinct++;
            }
        }
        // Not a vacuous comparison: the models give many different probabilities.
        org.junit.jupiter.api.Assertions.assertTrue(distinct > 100, what + ": " + distinct);
    }
}
