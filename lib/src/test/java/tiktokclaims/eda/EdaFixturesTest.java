package tiktokclaims.eda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tiktokclaims.eda.Fixtures.assertClose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Table;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.Cleaning;

/** Every EDA number against pandas / statsmodels (scripts/fixtures/eda.py), at 1e-9 relative. */
class EdaFixturesTest {

    private static final List<String> NUMERIC = List.of("video_duration_sec", "video_view_count",
            "video_like_count", "video_share_count", "video_download_count", "video_comment_count");

    private static Table clean;
    private static Table small;

    @BeforeAll
    static void load() throws Exception {
        clean = Cleaning.dropIncomplete(ClaimsData.load(TestData.realDataset()));
        small = Table.read().csv(Fixtures.path("small_input.csv").toFile());
    }

    /** Compares a table whose first column names the rows with a fixture of the same shape. */
    private static void assertTableMatches(String fixture, Table actual, String keyColumn) {
        List<Map<String, String>> rows = Fixtures.rows(fixture);
        assertEquals(rows.size(), actual.rowCount(), fixture);
        for (int r = 0; r < rows.size(); r++) {
            Map<String, String> row = rows.get(r);
            String key = row.get(keyColumn);
            assertEquals(key, actual.column(0).getString(r), fixture + " row " + r);
            for (Map.Entry<String, String> e : row.entrySet()) {
                if (!e.getKey().equals(keyColumn)) {
                    assertClose(Double.parseDouble(e.getValue()), actual.numberColumn(e.getKey()).getDouble(r),
                            fixture + " " + key + "/" + e.getKey());
                }
            }
        }
    }

    @Test
    void describeEqualsPandas() {
        assertTableMatches("real_describe.csv", Describe.of(clean), "statistic");
        assertTableMatches("small_describe.csv", Describe.of(small), "statistic");
    }

    @Test
    void pearsonEqualsPandas() {
        assertTableMatches("real_pearson.csv", Correlations.pearson(clean, NUMERIC), "column");
        assertTableMatches("small_pearson.csv", Correlations.pearson(small, small.columnNames()), "column");
    }

    @Test
    void spearmanEqualsPandas() {
        assertTableMatches("real_spearman.csv", Correlations.spearman(clean, NUMERIC), "column");
        assertTableMatches("small_spearman.csv", Correlations.spearman(small, small.columnNames()), "column");
    }

    @Test
    void vifEqualsStatsmodels() {
        assertTableMatches("real_vif.csv", Vif.of(clean, NUMERIC), "column");
        assertTableMatches("small_vif.csv", Vif.of(small, small.columnNames()), "column");
    }

    @Test
    void viewsLikesCorrelationAfterCappingIs0829() {
        Table capped = Cleaning.capOutliers(clean, Cleaning.EXEMPLAR_CAPPED).table();
        assertEquals(0.829, Correlations.pearson(capped, "video_view_count", "video_like_count"), 5e-4);
        assertTableMatches("real_capped_pearson.csv", Correlations.pearson(capped, NUMERIC), "column");
    }

    @Test
    void valueCountsEqualPandas() {
        List<Map<String, String>> rows = Fixtures.rows("real_value_counts.csv");
        for (String column : List.of("claim_status", "verified_status", "author_ban_status")) {
            List<Map<String, String>> expected = new ArrayList<>();
            rows.stream().filter(r -> r.get("column").equals(column)).forEach(expected::add);
            Table vc = ValueCounts.of(clean, column);
            assertEquals(expected.size(), vc.rowCount(), column);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).get("value"), vc.stringColumn(column).get(i));
                assertEquals(Integer.parseInt(expected.get(i).get("count")), vc.intColumn("count").getInt(i));
                assertClose(Double.parseDouble(expected.get(i).get("proportion")),
                        vc.doubleColumn("proportion").getDouble(i), column);
            }
        }
    }

    @Test
    void groupMeansEqualPandas() {
        // The notebooks' expression: Tablesaw's summarize(..).by(..), sorted on the key as pandas sorts groups.
        for (String by : List.of("claim_status", "verified_status")) {
            Table g = clean.summarize(NUMERIC, AggregateFunctions.mean).by(by).sortOn(by);
            for (String c : NUMERIC) {
                g.column("Mean [" + c + "]").setName(c);
            }
            g.addColumns(clean.countBy(by).sortOn(by).column("Count").setName("rows"));
            assertTableMatches("real_means_by_" + by + ".csv", g, by);
        }
    }

    @Test
    void structureCountsMissingPerColumn() {
        Table s = Structure.of(ClaimsData.load(TestData.realDataset()));
        assertEquals(12, s.rowCount());
        assertEquals("claim_status", s.stringColumn("column").get(1));
        assertEquals("STRING", s.stringColumn("type").get(1));
        assertEquals(298, s.intColumn("missing").getInt(1));
        assertEquals(19_084, s.intColumn("non_missing").getInt(1));
        assertEquals("LONG", s.stringColumn("type").get(2));
        assertEquals(0, s.intColumn("missing").getInt(2));
    }
}
