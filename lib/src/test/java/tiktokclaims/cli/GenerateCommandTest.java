package tiktokclaims.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tiktokclaims.cli.ValidateCommandTest.Run;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.Cleaning;
import tiktokclaims.data.LoadResult;
import tiktokclaims.data.SampleData;
import tiktokclaims.eda.Correlations;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void generatedFileLoadsAsSampleDataWithTheSchema() {
        Path out = dir.resolve("sample.csv");
        Run r = Run.of("generate", "--rows", "20000", "--seed", "7", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("SAMPLE DATA"), r.out());
        LoadResult loaded = ClaimsData.read(out);
        Table t = loaded.table();
        assertEquals(ClaimsSchema.COLUMNS, t.columnNames());
        assertEquals(20_000, t.rowCount());
        assertTrue(loaded.report().isSample());
        assertEquals(0, loaded.report().duplicates().extraRows());
        assertTrue(SampleData.isSampleId(t.longColumn("video_id").getLong(0)));
        long incomplete = loaded.report().incompleteRows();
        assertTrue(incomplete > 200 && incomplete < 420, "about 1.5% incomplete: " + incomplete);
        assertTrue(loaded.report().toString().startsWith("sample.csv\n  SAMPLE DATA"), loaded.report().toString());
        assertTrue(loaded.report().toHTML().contains("SAMPLE DATA"));
    }

    @Test
    void distributionsResembleTheRealFile() {
        Path out = dir.resolve("sample.csv");
        assertEquals(0, Run.of("generate", "--rows", "20000", "--seed", "3", "--out", out.toString()).status());
        Table t = Cleaning.dropIncomplete(ClaimsData.load(out));
        Table claims = t.where(t.stringColumn("claim_status").isEqualTo("claim"));
        Table opinions = t.where(t.stringColumn("claim_status").isEqualTo("opinion"));
        double claimShare = (double) claims.rowCount() / t.rowCount();
        assertEquals(0.503, claimShare, 0.02);
        assertEquals(0.022, verifiedShare(claims), 0.006);
        assertEquals(0.105, verifiedShare(opinions), 0.015);
        assertTrue(claims.doubleColumn("video_view_count").median() > 50 * opinions.doubleColumn(
                "video_view_count").median());
        assertEquals(5, t.intColumn("video_duration_sec").min());
        assertEquals(60, t.intColumn("video_duration_sec").max());
        double r = Correlations.pearson(t, "video_view_count", "video_like_count");
        assertTrue(r > 0.7 && r < 0.9, "views and likes correlate like the real file (0.80): " + r);
        assertTrue(t.stringColumn("video_transcription_text").get(0).matches("[a-z\u2019].*"));
    }

    private static double verifiedShare(Table t) {
        return (double) t.stringColumn("verified_status").countOccurrences("verified") / t.rowCount();
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        for (Path p : List.of(a, b)) {
            assertEquals(0, Run.of("generate", "--rows", "500", "--seed", "11", "--out", p.toString()).status());
        }
        assertEquals(0, Run.of("generate", "--rows", "500", "--seed", "12", "--out", c.toString()).status());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    void badArgumentsExitTwoAndWriteNothing() throws Exception {
        Path out = dir.resolve("x.csv");
        Run zero = Run.of("generate", "--rows", "0", "--out", out.toString());
        assertEquals(2, zero.status());
        assertTrue(zero.err().contains("--rows must be between 1 and"), zero.err());
        Run noRows = Run.of("generate", "--out", out.toString());
        assertEquals(2, noRows.status());
        assertTrue(noRows.err().contains("missing required option --rows"), noRows.err());
        Run noFolder = Run.of("generate", "--rows", "5", "--out", dir.resolve("nope/x.csv").toString());
        assertEquals(2, noFolder.status());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary files left behind");
        }
    }
}
