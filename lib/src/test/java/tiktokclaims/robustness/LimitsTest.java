package tiktokclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.InputException;
import tiktokclaims.data.LoadResult;

/** Extreme shapes: a huge field, a huge row, a huge header, a huge first line of junk. Read or refused, quickly. */
class LimitsTest {

    static final String HEADER = String.join(",", ClaimsSchema.COLUMNS);
    static final String ROW_START = "1,claim,1234567890,10,";
    static final String ROW_END = ",verified,active,1,2,3,4,5\n";
    static final Duration LIMIT = Duration.ofSeconds(30);

    static LoadResult read(String csv) {
        return assertTimeoutPreemptively(LIMIT, () -> ClaimsData.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Path.of("big.csv")));
    }

    static InputException refused(String csv) {
        return assertTimeoutPreemptively(LIMIT, () -> assertThrows(InputException.class, () -> ClaimsData.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Path.of("big.csv"))));
    }

    @Test
    void anEightMegabyteTranscriptIsReadWhole() {
        String text = "word, \"quoted\"\n".repeat(8 << 16);
        LoadResult r = read(HEADER + "\n" + ROW_START + '"' + text.replace("\"", "\"\"") + '"' + ROW_END
                + ROW_START + "short" + ROW_END);
        assertEquals(text, r.table().stringColumn(ClaimsSchema.TRANSCRIPT).get(0));
        assertEquals(2, r.report().rows());
    }

    @Test
    void aRowWithTwoHundredThousandFieldsIsRefusedOnItsLine() {
        InputException e = refused(HEADER + "\n" + ROW_START + "x" + ROW_END + ",".repeat(200_000) + "\n");
        assertEquals("big.csv:3: expected 12 fields, found 200001 (an unquoted comma in a text field?)", e.oneLine());
    }

    @Test
    void aHeaderWithFiveThousandExtraColumnsIsRead() {
        StringBuilder h = new StringBuilder(HEADER);
        StringBuilder row = new StringBuilder(ROW_START + "x" + ROW_END.strip());
        for (int i = 0; i < 5000; i++) {
            h.append(",extra").append(i);
            row.append(",v");
        }
        LoadResult r = read(h + "\n" + row + "\n");
        assertEquals(1, r.report().rows());
        assertEquals(5000, r.report().ignoredColumns().size());
        assertTrue(r.report().toString().length() < 100_000, "the report lists 5,000 names in full");
    }

    @Test
    void aTwentyMegabyteFirstLineOfJunkIsRefusedAsNotTheClaimsCsv() {
        InputException e = refused("x".repeat(20 << 20) + "\n1,2\n");
        assertTrue(e.oneLine().startsWith("big.csv:1: no known column in the header"), e.oneLine());
        assertTrue(e.oneLine().length() < 1000, "the message quotes the whole line");
    }
}
