package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tiktokclaims.TestData;

class RenderingTest {

    @Test
    void loadReportEscapesTheFileNameInHtmlAndControlCharactersInText() throws Exception {
        byte[] bytes = Files.readAllBytes(TestData.resource("data/ok_basic.csv"));
        LoadReport r = ClaimsData.read(new ByteArrayInputStream(bytes), Path.of("<b>&\u001b[31m.csv")).report();
        assertTrue(r.toHTML().contains("&lt;b&gt;&amp;"), r.toHTML());
        assertFalse(r.toHTML().contains("<b>&\u001b"));
        assertFalse(r.toHTML().contains("\u001b"));
        assertFalse(r.toString().contains("\u001b"), r.toString());
        assertTrue(r.toString().contains("missing values: claim_status 1, video_transcription_text 1"),
                r.toString());
    }

    @Test
    void loadReportShowsTheFileNameNotItsFolders() {
        Path file = TestData.resource("data/ok_basic.csv").toAbsolutePath();
        LoadReport r = ClaimsData.read(file).report();
        String folder = file.getParent().toString();
        assertEquals(file.toString(), r.file());
        for (String page : new String[] {r.toString(), r.toHTML()}) {
            assertTrue(page.contains("ok_basic.csv"), page);
            assertFalse(page.contains(folder), page);
        }
    }

    @Test
    void loadReportPageNamesTheFileNotItsFolder() throws Exception {
        byte[] bytes = Files.readAllBytes(TestData.resource("data/ok_basic.csv"));
        for (String given : new String[] {"/home/ana/private/tiktok.csv", "C:\\Users\\ana\\tiktok.csv", "tiktok.csv"}) {
            LoadReport r = ClaimsData.read(new ByteArrayInputStream(bytes), Path.of(given)).report();
            assertEquals("tiktok.csv", r.fileName());
            assertTrue(r.toHTML().contains("<b>tiktok.csv</b>"), r.toHTML());
            assertFalse(r.toHTML().contains("ana"), r.toHTML());
        }
    }

    @Test
    void cleanedAndLimitsPrintReadably() {
        Cleaning.Cleaned c = Cleaning.exemplar(ClaimsData.load(TestData.resource("data/ok_basic.csv")));
        assertEquals(1, c.droppedRows());
        assertTrue(c.toString().startsWith("3 complete rows (1 incomplete rows dropped)\ncap video_like_count: "),
                c.toString());
        // likes 19425, 77355, 97690: Q1 48390, Q3 87522.5, IQR 39132.5, upper 146221.25
        assertEquals("video_like_count: Q1 48,390, Q3 87,522.5, IQR 39,132.5, upper limit Q3 + 1.5 IQR = "
                + "146,221.25", c.limits().get(0).toString());
        assertTrue(c.toHTML().startsWith("<div class=\"tc-cleaned\"><p>3 complete rows"), c.toHTML());
    }

    @Test
    void utf8IsStrictEvenInsideQuotes() {
        String csv = String.join(",", ClaimsSchema.COLUMNS) + "\n1,claim,1000000000,10,\"ok\",verified,active,"
                + "1,2,3,4,5\n";
        byte[] good = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bad = csv.replace("\"ok\"", "\"o\u00ff\"").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("ok", ClaimsData.read(new ByteArrayInputStream(good), Path.of("g.csv")).table()
                .stringColumn(ClaimsSchema.TRANSCRIPT).get(0));
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> ClaimsData.read(new ByteArrayInputStream(bad), Path.of("b.csv")));
        assertEquals("b.csv:2: column video_transcription_text: bytes that are not valid UTF-8 (0xFF; the file "
                + "must be saved as UTF-8, not Latin-1)", e.oneLine());
    }
}
