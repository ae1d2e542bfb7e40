package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@link ScoringQueue#summary} and the sentence of {@link QueueSummary} on hand-made queues. */
class QueueSummaryTest {

    private static Table queue(double[] p, String[] predicted, String[] imputed) {
        IntColumn rank = IntColumn.create("rank");
        LongColumn id = LongColumn.create("video_id");
        for (int i = 0; i < p.length; i++) {
            rank.append(i + 1);
            id.append(1000L + i);
        }
        return Table.create("Review queue").addColumns(rank, id, DoubleColumn.create("claim_probability", p),
                StringColumn.create("predicted", predicted), StringColumn.create("imputed", imputed));
    }

    @Test
    void countsClaimsNearOnesTiesAndImputedRows() {
        // ranks 1-2 round to 1.000000; rank 5 ties rank 4 and rank 6 ties rank 5; ranks 2, 4, 5 are imputed,
        // 4 and 5 without transcript, only rank 2 of them a claim
        Table q = queue(new double[] {0.9999999, 0.9999995, 0.8, 0.3, 0.3, 0.3},
                new String[] {"claim", "claim", "claim", "opinion", "opinion", "opinion"},
                new String[] {"", "video_view_count", "", "video_transcription_text",
                        "video_duration_sec;video_transcription_text", ""});
        assertEquals(new QueueSummary(6, 3, 2, 2, 3, 2, 1, 2), ScoringQueue.summary(q));
    }

    @Test
    void sentenceNamesEveryCount() {
        QueueSummary s = new QueueSummary(19382, 9607, 8617, 4, 298, 9634, 1, 297);
        assertEquals("The queue holds 19,382 reports: ranks 1 to 9,607 are predicted claims, the rest opinions. "
                + "8,617 reports score above 0.999999 (shown as 1.000000); among them the order follows the exact "
                + "probabilities. 4 reports share their probability with the report ranked just above them and are "
                + "ordered by the tie rule (more views first).\n\n298 reports had missing values imputed (the "
                + "best-ranked at rank 9,634); 1 of them are predicted claims; 297 lack their transcript, so their "
                + "score rests on what is left (engagement, duration, account status, or their medians): such "
                + "reports deserve a look of their own rather than trust in their rank.", s.toString());
        assertTrue(s.toHTML().startsWith("<div class=\"tc-markdown\"><p>The queue holds <b>19,382</b> reports"),
                s.toHTML());
    }

    @Test
    void aQueueWithoutTiesOrImputedRowsSaysSo() {
        Table q = queue(new double[] {0.9, 0.4}, new String[] {"claim", "opinion"}, new String[] {"", ""});
        QueueSummary s = ScoringQueue.summary(q);
        assertEquals(new QueueSummary(2, 1, 0, 0, 0, 0, 0, 0), s);
        assertEquals("The queue holds 2 reports: ranks 1 to 1 are predicted claims, the rest opinions. No two "
                + "neighbouring reports have exactly the same probability here, so the tie rule decides nothing on "
                + "these data; it matters for repeated reports of similar videos and for models with coarser "
                + "scores (trees).\n\nNo report had missing values.", s.toString());
    }
}
