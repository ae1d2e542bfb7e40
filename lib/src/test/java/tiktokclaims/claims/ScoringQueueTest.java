package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiktokclaims.data.InputException;
import tiktokclaims.progress.Progress;

class ScoringQueueTest {

    private static final String HEADER = "video_id,video_duration_sec,video_transcription_text,verified_status,"
            + "author_ban_status,video_view_count,video_like_count,video_share_count,video_download_count,"
            + "video_comment_count\n";

    private static ClaimsModel model;

    @BeforeAll
    static void train() {
        model = ClaimsTraining.train(Small.records(),
                Small.options(5).withKinds(List.of(ModelKind.LOGISTIC_REGRESSION))).model();
    }

    @Test
    void inputWithoutClaimStatusIsScoredAndMissingCountsAreImputedFromTrainingMedians(@TempDir Path dir)
            throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, HEADER
                + "11,30,\"someone shared with me that \u201cx\u201d, really\",verified,banned,900000,5000,300,20,10\n"
                + "12,30,i think that cats are nice,not verified,active,,,,,\n");
        Path out = dir.resolve("queue.csv");
        ScoringQueue.Summary s = ScoringQueue.scoreFile(model, in, out, Progress.NONE);
        assertEquals(2, s.rows());
        assertEquals(1, s.imputedRows());
        List<String> lines = Files.readAllLines(out);
        String imputedRow = lines.get(1).contains(",12,") ? lines.get(1) : lines.get(2);
        double[] medians = model.features().countMedians();
        ClaimRecord withMedians = new ClaimRecord(12, null, 30, "i think that cats are nice", "not verified",
                "active", medians[0], medians[1], medians[2], medians[3], medians[4]);
        assertEquals(model.probability(withMedians), Double.parseDouble(imputedRow.split(",")[2]), 0.0);
        assertEquals("video_view_count;video_like_count;video_share_count;video_download_count;video_comment_count",
                imputedRow.split(",", -1)[4]);
    }

    @Test
    void rowWithoutVideoIdIsAnInputErrorAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, HEADER + "11,30,a claim,verified,banned,1,1,1,1,1\n"
                + ",30,a claim,verified,banned,1,1,1,1,1\n");
        Path out = dir.resolve("queue.csv");
        InputException e = assertThrows(InputException.class,
                () -> ScoringQueue.scoreFile(model, in, out, Progress.NONE));
        assertEquals(in + ":3: column video_id: missing: every row to score needs its video id", e.oneLine());
        assertFalse(Files.exists(out));
    }

    @Test
    void progressIsReportedAndFinished(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.csv");
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 1; i <= 20000; i++) {
            b.append(i).append(",30,a claim,verified,banned,").append(i).append(",1,1,1,1\n");
        }
        Files.writeString(in, b);
        long[] seen = new long[3];
        ScoringQueue.scoreFile(model, in, dir.resolve("q.csv"), new Progress() {
            @Override
            public void update(long bytesRead, long totalBytes, long rows) {
                seen[0]++;
                seen[1] = totalBytes;
            }

            @Override
            public void finish(long rows) {
                seen[2] = rows;
            }
        });
        assertEquals(1, seen[0], "one update per 16,384 rows");
        assertEquals(Files.size(in), seen[1]);
        assertEquals(20000, seen[2]);
    }
}
