package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tiktokclaims.TestData;
import tiktokclaims.eda.Fixtures;

/** The facts of ../shared/data/README.md, and pandas' numbers for the cleaning steps. */
class RealDataTest {

    private static LoadResult loaded;
    private static Table clean;

    @BeforeAll
    static void load() {
        loaded = ClaimsData.read(TestData.realDataset());
        clean = Cleaning.dropIncomplete(loaded.table());
    }

    @Test
    void rowsAndMissingValues() {
        LoadReport r = loaded.report();
        assertEquals(19_382, r.rows());
        assertEquals(19_382, loaded.table().rowCount());
        assertEquals(298, r.incompleteRows());
        for (String c : List.of("claim_status", "video_transcription_text", "video_view_count",
                "video_like_count", "video_share_count", "video_download_count", "video_comment_count")) {
            assertEquals(298L, r.missing().get(c), c);
        }
        for (String c : List.of("#", "video_id", "video_duration_sec", "verified_status", "author_ban_status")) {
            assertEquals(0L, r.missing().get(c), c);
        }
        assertEquals(0, r.duplicates().extraRows());
        assertFalse(r.isSample());
    }

    @Test
    void cleanRowsAndClassCounts() {
        assertEquals(19_084, clean.rowCount());
        assertEquals(19_382, loaded.table().rowCount(), "the input table is untouched");
        Map<String, Integer> expected = Map.of("claim", 9_608, "opinion", 9_476, "verified", 1_200,
                "not verified", 17_884, "active", 15_383, "under review", 2_066, "banned", 1_635);
        for (String column : List.of("claim_status", "verified_status", "author_ban_status")) {
            for (String label : labels(column)) {
                assertEquals(expected.get(label), clean.stringColumn(column).countOccurrences(label), label);
            }
        }
    }

    private static List<String> labels(String column) {
        return switch (column) {
            case "claim_status" -> ClaimsSchema.CLAIM_LABELS;
            case "verified_status" -> ClaimsSchema.VERIFIED_LABELS;
            default -> ClaimsSchema.BAN_LABELS;
        };
    }

    @Test
    void iqrLimitsEqualPandasToTheLastDigit() {
        assertEquals(311_333.875, Cleaning.iqrLimits(clean, "video_like_count").upper());
        assertEquals(728.5, Cleaning.iqrLimits(clean, "video_comment_count").upper());
        for (Map<String, String> row : Fixtures.rows("real_iqr_limits.csv")) {
            OutlierLimits l = Cleaning.iqrLimits(clean, row.get("column"));
            assertEquals(Double.parseDouble(row.get("q1")), l.q1(), row.get("column"));
            assertEquals(Double.parseDouble(row.get("q3")), l.q3(), row.get("column"));
            assertEquals(Double.parseDouble(row.get("upper")), l.upper(), row.get("column"));
        }
    }

    @Test
    void quantilesEqualPandas() {
        for (Map<String, String> row : Fixtures.rows("real_quantiles.csv")) {
            double q = Double.parseDouble(row.get("q"));
            double actual = Quantiles.of(clean.numberColumn(row.get("column")), q);
            assertEquals(Double.parseDouble(row.get("value")), actual, row.get("column") + " q=" + q);
        }
    }

    @Test
    void cappingEqualsPandas() {
        Cleaning.Capped capped = Cleaning.capOutliers(clean, Cleaning.EXEMPLAR_CAPPED);
        assertEquals(List.of(311_333.875, 728.5), capped.limits().stream().map(OutlierLimits::upper).toList());
        Table t = capped.table();
        for (Map<String, String> row : Fixtures.rows("real_capped_describe.csv")) {
            String stat = row.get("statistic");
            for (String c : Cleaning.EXEMPLAR_CAPPED) {
                double expected = Double.parseDouble(row.get(c));
                double actual = switch (stat) {
                    case "count" -> t.doubleColumn(c).size();
                    case "mean" -> t.doubleColumn(c).mean();
                    case "max" -> t.doubleColumn(c).max();
                    case "min" -> t.doubleColumn(c).min();
                    default -> expected;
                };
                Fixtures.assertClose(expected, actual, c + " " + stat);
            }
        }
        Map<String, String> above = Fixtures.rows("real_iqr_limits.csv").get(1);
        assertEquals("video_like_count", above.get("column"));
        assertEquals(Long.parseLong(above.get("above")),
                clean.doubleColumn("video_like_count").isGreaterThan(311_333.875).size());
        assertEquals(Long.parseLong(above.get("above")),
                t.doubleColumn("video_like_count").isEqualTo(311_333.875).size());
        assertEquals(657_830.0, clean.doubleColumn("video_like_count").max(), "the input table is untouched");
    }

    @Test
    void exemplarCleaningDropsThenCapsOnTheCompleteRows() {
        Cleaning.Cleaned c = Cleaning.exemplar(loaded.table());
        assertEquals(298, c.droppedRows());
        assertEquals(19_084, c.table().rowCount());
        assertEquals(List.of(311_333.875, 728.5), c.limits().stream().map(OutlierLimits::upper).toList());
        assertEquals(311_333.875, c.table().doubleColumn("video_like_count").max());
        assertEquals(728.5, c.table().doubleColumn("video_comment_count").max());
        assertEquals(999_817.0, c.table().doubleColumn("video_view_count").max(), "views are not capped");
        assertEquals(657_830.0, clean.doubleColumn("video_like_count").max(), "the input table is untouched");
        assertEquals(19_382, loaded.table().rowCount());
    }
}
