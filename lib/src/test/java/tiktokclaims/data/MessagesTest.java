package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Error lines name where a problem starts, and print no control character from the file. */
class MessagesTest {

    private static final String HEADER = "#,claim_status,video_id,video_duration_sec,video_transcription_text,"
            + "verified_status,author_ban_status,video_view_count,video_like_count,video_share_count,"
            + "video_download_count,video_comment_count\n";

    private static String row(int n, String text) {
        return n + ",claim," + (1000 + n) + ",59," + text + ",not verified,active,1.0,1.0,1.0,1.0,1.0\n";
    }

    private static InputException error(String csv) {
        return assertThrows(InputException.class, () -> ClaimsData.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Path.of("x.csv")));
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        // Line 3 opens a quote that never closes; the quote of line 6 then "closes" it, followed by text.
        InputException e = error(HEADER + row(1, "ok") + row(2, "\"opens here") + row(3, "x") + row(4, "y")
                + row(5, "\"quoted\"") + row(6, "z"));
        assertEquals(3, e.line(), e.oneLine());
        assertEquals("video_transcription_text", e.column(), e.oneLine());
        assertTrue(e.reason().contains("after a closing quote on line 6"), e.oneLine());
        assertTrue(e.reason().contains("an unclosed quote?"), e.oneLine());
    }

    @Test
    void aQuoteThatNeverClosesIsReportedWhereItOpens() {
        InputException e = error(HEADER + row(1, "ok") + row(2, "\"never closes") + row(3, "x") + row(4, "y"));
        assertEquals(3, e.line(), e.oneLine());
        assertEquals("video_transcription_text", e.column(), e.oneLine());
        assertTrue(e.reason().startsWith("unterminated quote"), e.oneLine());
    }

    @Test
    void anUndoubledQuoteOnOneLineKeepsItsLine() {
        InputException e = error(HEADER + row(1, "\"say \"hi\" now\""));
        assertEquals(2, e.line(), e.oneLine());
        assertEquals("video_transcription_text", e.column(), e.oneLine());
        assertTrue(e.reason().contains("must be doubled"), e.oneLine());
    }

    private static void noControls(String line) {
        for (char c : line.toCharArray()) {
            assertFalse(c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e,
                    String.format("U+%04X in %s", (int) c, line));
        }
    }

    @Test
    void headerNamesAndValuesAreEscapedInEveryMessage() {
        // A misspelt column carrying ESC, CSI (U+009B) and a bidi override is quoted in the message.
        String misspelt = HEADER.replace("claim_status", "claim_stat\u001bus\u009b\u202e");
        InputException e = error(misspelt + row(1, "ok"));
        noControls(e.oneLine());
        assertTrue(e.oneLine().contains("claim_stat\u241bus[U+009B][U+202E]"), e.oneLine());
        // A column named twice: the name is the message's column.
        e = error(HEADER.replace("\n", ",x\u009b\u0007y,x\u009b\u0007y\n") + row(1, "ok"));
        noControls(e.oneLine());
        assertTrue(e.oneLine().contains("column x[U+009B]\u2407y: "), e.oneLine());
        // A bad value with a C1 control.
        e = error(HEADER + row(1, "ok").replace("not verified", "verified\u009b"));
        noControls(e.oneLine());
        // The file name comes from the command line.
        e = new InputException(Path.of("evil\u001b]0;title\u0007.csv"), 2, "c\u0085", "bad\nvalue");
        noControls(e.oneLine());
        assertEquals("evil\u241b]0;title\u2407.csv:2: column c[U+0085]: bad value", e.oneLine());
    }
}
