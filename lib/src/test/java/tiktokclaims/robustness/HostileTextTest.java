package tiktokclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.claims.ClaimsTraining;
import tiktokclaims.claims.TrainingOptions;
import tiktokclaims.claims.TrainingResult;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.LoadReport;
import tiktokclaims.jupyter.NotebookRenderers;
import tiktokclaims.report.Html;

/**
 * Transcripts and column names carrying HTML, script tags, markdown, {@code $...$} LaTeX and ANSI escapes are shown
 * as text: escaped in HTML (tables, the load report, the claims error analysis; through the notebook renderer too),
 * control characters made visible in terminal text, LaTeX switched off where user text appears in a table.
 */
class HostileTextTest {

    static final List<String> HOSTILE = List.of(
            "<script>alert('xss')</script> someone shared with me that honey never spoils",
            "i think that <img src=x onerror=alert(1)> & <b>bold</b> are fun",
            "**markdown** [link](javascript:alert(1)) # heading",
            "the fact costs $475 million usd, worth over $300 billion usd today",
            "\u001b[31mred\u001b[0m text \u001b]0;title\u0007 and a bell",
            "</td></tr></table><h1>broken out</h1>");

    /** HTML with no live markup from the hostile texts and no raw control characters. */
    static void assertSafeHtml(String html) {
        for (String raw : List.of("<script", "<img", "<h1>", "</table><h1", "<b>bold", "\u001b", "\u0007")) {
            assertFalse(html.contains(raw), () -> "raw '" + raw + "' in " + html);
        }
    }

    /** Terminal text with no escape sequences or bells. */
    static void assertSafeTerminal(String text) {
        assertFalse(text.contains("\u001b") || text.contains("\u0007"), () -> "control characters in " + text);
    }

    static Table hostileTable() {
        return Table.create("<b>caption</b> \u001b[1m").addColumns(
                StringColumn.create("<i>transcript</i>", HOSTILE.toArray(String[]::new)));
    }

    @Test
    void htmlTableEscapesCellsColumnNamesAndCaptionAndSwitchesOffLatex() {
        String html = Html.table(hostileTable());
        assertSafeHtml(html);
        assertFalse(html.contains("<i>transcript") || html.contains("<b>caption"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h1&gt;"), html);
        assertTrue(html.contains("tex2jax_ignore mathjax_ignore"), "JupyterLab would typeset $475 ... $300 as LaTeX: " + html);
        assertTrue(html.contains("$475 million"), html);
    }

    @Test
    void notebookRendererShowsTablesAsEscapedHtmlAndSafeText() {
        DisplayData d = NotebookRenderers.installed().render(hostileTable());
        String html = (String) d.getData(MIMEType.TEXT_HTML);
        assertSafeHtml(html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.startsWith("<div class=\"tex2jax_ignore mathjax_ignore\">"),
                "JupyterLab 4 (MathJax 3) skips only mathjax_ignore: " + html);
        String text = (String) d.getData(MIMEType.TEXT_PLAIN);
        assertSafeTerminal(text);
        assertTrue(text.contains("\u241b[31mred"), text);
    }

    @Test
    void loadReportEscapesHostileFileAndColumnNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("<script>alert(1)<\\script> $x$ \u001b[31m.csv");
        String csv = Files.readString(Corpus.get("ok_hostile_text.csv").path(), StandardCharsets.UTF_8);
        int eol = csv.indexOf('\n');
        StringBuilder b = new StringBuilder(csv.substring(0, eol)).append(",\"<img src=x onerror=alert(1)>\","
                + "\u001b[2J$$x$$\n");
        for (String line : csv.substring(eol + 1).split("\n")) {
            b.append(line).append(",a,b\n");
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        LoadReport report = ClaimsData.read(file).report();
        assertTrue(report.ignoredColumns().size() == 2, report::toString);
        assertSafeHtml(report.toHTML());
        assertSafeTerminal(report.toString());
        assertTrue(report.toHTML().contains("&lt;img src=x"), report.toHTML());
        assertTrue(report.toHTML().contains("tex2jax_ignore"), "user text with $..$ is typeset as LaTeX: "
                + report.toHTML());
        DisplayData d = NotebookRenderers.installed().render(report);
        assertSafeHtml((String) d.getData(MIMEType.TEXT_HTML));
        assertTrue(((String) d.getData(MIMEType.TEXT_HTML)).startsWith("<div class=\"tex2jax_ignore mathjax_ignore\">"),
                "every notebook output of ours is off limits to MathJax 3");
        assertSafeTerminal((String) d.getData(MIMEType.TEXT_PLAIN));

        Cli r = Cli.run("validate", "--data", file.toString()).ok();
        assertSafeTerminal(r.out());
        assertTrue(r.out().contains("<img src=x"), "terminal text stays readable: " + r.out());
    }

    @Test
    void claimsErrorAnalysisEscapesTranscripts() {
        Table data = ClaimsData.load(Corpus.get("ok_plain.csv").path());
        StringColumn text = data.stringColumn(ClaimsSchema.TRANSCRIPT);
        StringColumn label = data.stringColumn(ClaimsSchema.CLAIM_STATUS);
        Random rnd = new Random(1);
        for (int i = 0; i < data.rowCount(); i++) {
            text.set(i, HOSTILE.get(i % HOSTILE.size()));
            label.set(i, rnd.nextBoolean() ? "claim" : "opinion"); // random labels: the model makes mistakes
        }
        TrainingResult result = ClaimsTraining.train(data, TrainingOptions.defaults().withSeed(3));
        assertTrue(result.errors().rowCount() > 0, "no misclassified rows to show");
        String html = result.toHTML();
        assertSafeHtml(html);
        assertTrue(html.contains("&lt;") || html.contains("&#x241b;") || html.contains("$"), html);
        assertSafeTerminal(result.toString());
        assertSafeHtml((String) NotebookRenderers.installed().render(result).getData(MIMEType.TEXT_HTML));
        assertSafeTerminal((String) NotebookRenderers.installed().render(result.errors()).getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void cliOutputOnHostileTranscriptsHasNoEscapes(@TempDir Path dir) {
        String data = Corpus.get("ok_hostile_text.csv").path().toString();
        assertSafeTerminal(Cli.run("validate", "--data", data).ok().out());
        assertSafeTerminal(Cli.run("claims", "train", "--data", data, "--model", dir.resolve("m").toString())
                .ok().out());
        assertSafeTerminal(Cli.run("infer", "--data", data).ok().out());
    }

    @Test
    void errorMessagesQuotingUserTextHaveNoEscapes(@TempDir Path dir) throws Exception {
        String header = String.join(",", ClaimsSchema.COLUMNS);
        Path label = Files.writeString(dir.resolve("label.csv"), header
                + "\n1,claim,1234567890,10,x,\u001b[31mverified\u001b[0m,active,1,1,1,1,1\n");
        Cli.run("validate", "--data", label.toString()).refused(label + ":2: column verified_status: ");
        Path column = Files.writeString(dir.resolve("column.csv"), header + ",\u001b[31mx,\u001b[31mx\n");
        Cli.run("validate", "--data", column.toString()).refused(column + ":1: column ");
    }
}
