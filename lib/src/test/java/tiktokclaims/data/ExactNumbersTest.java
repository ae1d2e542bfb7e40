package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

/**
 * Whole-number columns take a value only when it is exactly whole: nothing is rounded through a double. The
 * course file writes counts as {@code 343296.0}; such forms, and exponents that are exactly whole, are accepted.
 */
class ExactNumbersTest {

    private static final String HEADER = "#,claim_status,video_id,video_duration_sec,video_transcription_text,"
            + "verified_status,author_ban_status,video_view_count,video_like_count,video_share_count,"
            + "video_download_count,video_comment_count\n";

    /** One row with {@code column} set to {@code value}, the other fields ordinary. */
    private static Table read(String column, String value) {
        String[] names = HEADER.trim().split(",");
        String[] fields = {"1", "claim", "7017666017", "59", "a claim", "not verified", "active", "343296.0",
            "19425.0", "241.0", "1.0", "0.0"};
        for (int k = 0; k < names.length; k++) {
            if (names[k].equals(column)) {
                fields[k] = value;
            }
        }
        byte[] csv = (HEADER + String.join(",", fields) + "\n").getBytes(StandardCharsets.UTF_8);
        return ClaimsData.read(new ByteArrayInputStream(csv), Path.of("x.csv")).table();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "video_id | 12345678901234567.5 | not a whole number",
        "video_id | 1.00000000000000000001e10 | not a whole number",
        "video_view_count | 1e-400 | not a whole number",
        "video_like_count | 123.0000000000000001 | not a whole number",
        "video_duration_sec | 59.000000000000000001 | not a whole number",
        "# | 0.55e1 | not a whole number",
        "video_share_count | 1e-1 | not a whole number",
    })
    void aValueThatIsNotExactlyWholeIsRefused(String column, String value, String reason) {
        InputException e = assertThrows(InputException.class, () -> read(column, value));
        assertEquals(2, e.line(), e.oneLine());
        assertEquals(column, e.column(), e.oneLine());
        assertTrue(e.reason().contains(reason), e.oneLine());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "video_view_count | 343296.0 | 343296",
        "video_view_count | 1e3 | 1000",
        "video_view_count | 1.5e1 | 15",
        "video_view_count | 0e-400 | 0",
        "video_view_count | 1230000e-4 | 123",
        "video_duration_sec | 5.9e1 | 59",
        "video_id | 1.2345678901234567e16 | 12345678901234567",
        "video_id | 12345678901234567.000 | 12345678901234567",
    })
    void anExactlyWholeValueIsReadExactly(String column, String value, String expected) {
        Table t = read(column, value);
        assertEquals(expected, t.column(column).getString(0).replaceAll("\\.0$", ""));
    }
}
