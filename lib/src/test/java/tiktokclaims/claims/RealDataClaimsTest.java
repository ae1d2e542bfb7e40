package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.evaluate.ConfusionMatrix;
import tiktokclaims.progress.Progress;

/** The default training on the real dataset: the goals, and scoring the whole file into a queue. */
class RealDataClaimsTest {

    private static Table data;
    private static TrainingResult result;

    @BeforeAll
    static void train() {
        data = ClaimsData.load(TestData.realDataset());
        result = ClaimsTraining.train(data, TrainingOptions.defaults());
    }

    @Test
    void heldOutPrecisionAndRecallOnClaimsReachTheGoal() {
        ConfusionMatrix cm = result.testConfusion();
        assertEquals(3817, cm.total(), "20 % of the 19,084 labelled rows");
        assertTrue(cm.precision() >= 0.998, "precision " + cm.precision() + "\n" + result);
        assertTrue(cm.recall() >= 0.998, "recall " + cm.recall() + "\n" + result);
    }

    @Test
    void queueFileHasOneRowPerInputRowInReviewOrderAndIsReproducible(@TempDir Path dir) throws Exception {
        ClaimsModel model = result.model();
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        ScoringQueue.Summary s = ScoringQueue.scoreFile(model, TestData.realDataset(), a, Progress.NONE);
        ScoringQueue.scoreFile(ClaimsModel.load(save(model, dir)), TestData.realDataset(), b,
                Progress.NONE);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "same model and input, same bytes");
        assertEquals(19382, s.rows());
        assertEquals(298, s.imputedRows());

        List<String> lines = Files.readAllLines(a);
        assertEquals("rank,video_id,claim_probability,predicted,imputed", lines.get(0));
        assertEquals(19383, lines.size());
        Table queue = ScoringQueue.score(model, data);
        double previous = 1;
        long claims = 0;
        for (int k = 1; k < lines.size(); k++) {
            String[] f = lines.get(k).split(",", -1);
            assertEquals(String.valueOf(k), f[0]);
            double p = Double.parseDouble(f[2]);
            assertTrue(p <= previous, "probabilities must not rise down the queue");
            previous = p;
            assertEquals(model.label(p), f[3]);
            claims += f[3].equals("claim") ? 1 : 0;
            assertEquals(queue.longColumn("video_id").get(k - 1), Long.parseLong(f[1]), "row " + k);
            assertEquals(queue.doubleColumn("claim_probability").get(k - 1), p, 0.0, "row " + k);
            assertEquals(queue.stringColumn("imputed").get(k - 1), f[4], "row " + k);
        }
        assertEquals(s.predictedClaims(), claims);
    }

    @Test
    void incompleteRowsAreScoredAndFlagged() {
        Table queue = ScoringQueue.score(result.model(), data);
        int flagged = 0;
        for (int r = 0; r < queue.rowCount(); r++) {
            String imputed = queue.stringColumn("imputed").get(r);
            if (!imputed.isEmpty()) {
                flagged++;
                assertEquals("video_transcription_text;video_view_count;video_like_count;video_share_count;"
                        + "video_download_count;video_comment_count", imputed);
            }
        }
        assertEquals(298, flagged);
    }

    private static Path save(ClaimsModel model, Path dir) throws java.io.IOException {
        Path folder = dir.resolve("model");
        model.save(folder);
        return folder;
    }
}
