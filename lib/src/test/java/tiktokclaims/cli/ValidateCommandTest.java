package tiktokclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tiktokclaims.TestData;

class ValidateCommandTest {

    /** Exit status, stdout, stderr of one CLI run. */
    record Run(int status, String out, String err) {
        static Run of(String... argv) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void realDatasetIsUsableWithItsFactsInTheSummary() {
        Run r = Run.of("validate", "--data", TestData.realDataset().toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("19,382 rows"), r.out());
        assertTrue(r.out().contains("incomplete rows: 298"), r.out());
        assertTrue(r.out().contains("19,084 complete rows"), r.out());
        assertTrue(r.out().contains("video_like_count: Q1 810.75, Q3 125,020, IQR 124,209.25, upper limit Q3 + "
                + "1.5 IQR = 311,333.875"), r.out());
        assertTrue(r.out().contains("video_comment_count: Q1 1, Q3 292, IQR 291, upper limit Q3 + 1.5 IQR = 728.5"), r.out());
    }

    @Test
    void badFileGivesExitTwoAndOneLine() {
        String file = TestData.resource("data/bad_unknown_label.csv").toString();
        Run r = Run.of("validate", "--data", file);
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(file + ":3: column verified_status: unknown label 'Verified' (expected not verified or "
                + "verified)\n", r.err());
    }

    @Test
    void misspeltColumnIsNamed() {
        String file = TestData.resource("data/bad_misspelt_column.csv").toString();
        Run r = Run.of("validate", "--data", file);
        assertEquals(2, r.status());
        assertEquals(file + ":1: column claim_status: missing from the header (found 'claim_stauts': "
                + "misspelt?)\n", r.err());
    }

    @Test
    void missingFileAndBadArguments() {
        Run missing = Run.of("validate", "--data", "/no/such/file.csv");
        assertEquals(2, missing.status());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("/no/such/file.csv: no such file"), missing.err());
        Run extra = Run.of("validate", "--data", "x.csv", "oops");
        assertEquals(2, extra.status());
        assertTrue(extra.err().contains("unexpected argument 'oops'"), extra.err());
    }

    @Test
    void helpListsTheCommand() {
        Run r = Run.of("validate", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("usage: ./tiktok-claims validate"));
    }
}
