package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tiktokclaims.TestData;

class ClaimsDataTest {

    private static Path fixture(String name) {
        return TestData.resource("data/" + name);
    }

    @Test
    void pinnedSchemaAndValues() {
        Table t = ClaimsData.load(fixture("ok_basic.csv"));
        assertEquals(ClaimsSchema.COLUMNS, t.columnNames());
        assertEquals(ColumnType.INTEGER, t.column("#").type());
        assertEquals(ColumnType.LONG, t.column("video_id").type());
        assertEquals(ColumnType.INTEGER, t.column("video_duration_sec").type());
        for (String c : ClaimsSchema.COUNTS) {
            assertEquals(ColumnType.DOUBLE, t.column(c).type(), c);
        }
        for (String c : List.of("claim_status", "video_transcription_text", "verified_status",
                "author_ban_status")) {
            assertEquals(ColumnType.STRING, t.column(c).type(), c);
        }
        assertEquals(4, t.rowCount());
        assertEquals(7017666017L, t.longColumn("video_id").getLong(0));
        assertEquals(343296.0, t.doubleColumn("video_view_count").getDouble(0));
        assertEquals(140877.0, t.doubleColumn("video_view_count").getDouble(1));
        assertEquals("a claim, with a comma", t.stringColumn("video_transcription_text").get(2));
        assertTrue(t.doubleColumn("video_like_count").isMissing(3));
        assertEquals("", t.stringColumn("claim_status").get(3));
        assertTrue(t.stringColumn("claim_status").isMissing(3));
    }

    @Test
    void reportCountsMissingAndClasses() {
        LoadReport r = ClaimsData.read(fixture("ok_basic.csv")).report();
        assertEquals(4, r.rows());
        assertEquals(1, r.incompleteRows());
        assertEquals(3, r.completeRows());
        assertEquals(1L, r.missing().get("claim_status"));
        assertEquals(1L, r.missing().get("video_comment_count"));
        assertEquals(0L, r.missing().get("video_id"));
        assertEquals(2, r.classCount("claim_status", "claim"));
        assertEquals(1, r.classCount("claim_status", "opinion"));
        assertEquals(1, r.classCount("author_ban_status", "banned"));
        assertEquals(0, r.duplicates().extraRows());
        assertFalse(r.isSample());
        assertTrue(r.toString().contains("incomplete rows: 1"));
    }

    @Test
    void bomCrlfReorderedQuotedNewlineAndExtraColumn() {
        LoadResult res = ClaimsData.read(fixture("ok_reordered_bom_crlf.csv"));
        Table t = res.table();
        assertEquals(ClaimsSchema.COLUMNS, t.columnNames());
        assertEquals(3, t.rowCount());
        assertEquals(List.of(1, 2, 3), t.intColumn("#").asList());
        assertEquals("she said \"hello, world\"\nand left", t.stringColumn("video_transcription_text").get(0));
        assertEquals("NA", t.stringColumn("video_transcription_text").get(1));
        assertEquals("it\u2019s my view", t.stringColumn("video_transcription_text").get(2));
        assertEquals(1500.0, t.doubleColumn("video_view_count").getDouble(2));
        assertEquals(684.0, t.doubleColumn("video_comment_count").getDouble(1));
        assertEquals("banned", t.stringColumn("author_ban_status").get(2));
        assertEquals(0, res.report().incompleteRows());
        assertEquals(List.of("Unnamed: 0"), res.report().ignoredColumns());
    }

    @Test
    void wholeNumbersInOtherNotations() {
        Table t = ClaimsData.load(fixture("ok_exponent_duration.csv"));
        assertEquals(32, t.intColumn("video_duration_sec").getInt(1));
    }

    @Test
    void blankLinesAreSkipped() {
        assertEquals(2, ClaimsData.load(fixture("ok_blank_lines.csv")).rowCount());
    }

    @Test
    void duplicateIdsAreReportedNotErrors() {
        Duplicates d = ClaimsData.read(fixture("ok_duplicate_ids.csv")).report().duplicates();
        assertEquals(2, d.extraRows());
        assertEquals(List.of(7017666017L), d.examples());
    }

    @Test
    void theFileIsOnlyRead() throws Exception {
        Path f = fixture("ok_basic.csv");
        byte[] before = Files.readAllBytes(f);
        long modified = Files.getLastModifiedTime(f).toMillis();
        ClaimsData.load(f);
        assertEquals(modified, Files.getLastModifiedTime(f).toMillis());
        assertEquals(new String(before, StandardCharsets.UTF_8),
                new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
    }

    @Test
    void streamsReadTheSameAsFiles() throws Exception {
        Path f = fixture("ok_basic.csv");
        Table fromStream = ClaimsData.read(new ByteArrayInputStream(Files.readAllBytes(f)), Path.of("x.csv"))
                .table();
        fromStream.setName("ok_basic.csv");
        assertEquals(ClaimsData.load(f).printAll(), fromStream.printAll());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad_misspelt_column.csv | 1 | claim_status | found 'claim_stauts': misspelt?",
        "bad_missing_column.csv | 1 | video_comment_count | missing from the header",
        "bad_non_numeric_count.csv | 3 | video_like_count | 'lots' is not a number",
        "bad_negative_count.csv | 3 | video_share_count | negative count -5",
        "bad_huge_count.csv | 3 | video_view_count | implausibly large",
        "bad_infinite_count.csv | 3 | video_view_count | 'inf' is not a number",
        "bad_fraction_count.csv | 3 | video_like_count | count 77355.5 is not a whole number",
        "bad_duration_zero.csv | 3 | video_duration_sec | duration 0 s is not plausible",
        "bad_duration_huge.csv | 3 | video_duration_sec | duration 86400 s is not plausible",
        "bad_duration_fraction.csv | 3 | video_duration_sec | '32.5' is not a whole number",
        "bad_unknown_label.csv | 3 | verified_status | unknown label 'Verified' (expected not verified or verified)",
        "bad_field_count.csv | 3 | | expected 12 fields, found 13",
        "bad_unterminated_quote.csv | 3 | video_transcription_text | unterminated quote",
        "bad_after_quote.csv | 3 | video_transcription_text | after a closing quote",
        "bad_line_after_newline.csv | 5 | author_ban_status | unknown label 'gone'",
        "bad_empty.csv | 0 | | empty file",
        "bad_header_only.csv | 1 | | header only",
        "bad_semicolon.csv | 1 | | semicolons",
        "bad_tabs.csv | 1 | | tabs",
        "bad_latin1.csv | 3 | video_transcription_text | not valid UTF-8 (0xE9",
        "bad_nul.csv | 3 | | NUL byte: this is a binary file",
        "bad_binary.csv | 1 | | header is not UTF-8 text: a binary file",
    })
    void badInputNamesLineColumnAndReason(String file, long line, String column, String reason) {
        InputException e = assertThrows(InputException.class, () -> ClaimsData.load(fixture(file)));
        assertEquals(line, e.line(), e.oneLine());
        assertEquals(column, e.column(), e.oneLine());
        assertTrue(e.getMessage().contains(reason), e.oneLine());
        assertTrue(e.oneLine().startsWith(fixture(file) + (line > 0 ? ":" + line + ": " : ": ")), e.oneLine());
        assertFalse(e.oneLine().contains("\n"));
    }

    @Test
    void missingFileIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> ClaimsData.load(Path.of("/no/such.csv")));
        assertTrue(e.oneLine().contains("no such file"));
    }
}
