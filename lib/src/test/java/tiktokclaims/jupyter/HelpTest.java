package tiktokclaims.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tiktokclaims.data.Cleaning;
import tiktokclaims.model.Logit;
import tiktokclaims.report.Markdown;

/** help(...) shows the lib's real Javadoc, extracted from the sources by the build (HelpIndex), never hand-copied. */
class HelpTest {

    @Test
    void aLibMethodShowsItsSourceSignatureAndFirstJavadocSentence() {
        Help h = Help.help(Cleaning.class, "dropIncomplete");
        assertEquals(1, h.rows().size());
        assertEquals("static Table dropIncomplete(Table t)", h.rows().get(0)[0]);
        assertEquals("The rows with no missing value in any column (pandas dropna()), as a new table.", h.rows().get(0)[1]);
        assertTrue(h.toString().contains("The rows with no missing value in any column"));
        assertTrue(h.classSentence().length() > 10, h.classSentence());
    }

    @Test
    void overloadsKeepTheirOwnSentences() {
        List<String[]> rows = Help.help(Logit.class, "fit").rows();
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("static LogitResult fit(DesignMatrix design)")
                && r[1].equals("Fits by maximum likelihood.")));
        assertTrue(rows.stream().anyMatch(r -> r[0].startsWith("static LogitResult fit(DesignMatrix design, int maxIterations")
                && r[1].equals("Fits by maximum likelihood with an explicit iteration limit and tolerance.")));
    }

    @Test
    void anOverrideWithoutJavadocShowsTheSentenceOfWhatItOverridesEscapedInHtml() {
        Help h = Help.help(Markdown.of("x"));
        String[] toHtml = h.rows().stream().filter(r -> r[0].contains("toHTML")).findFirst().orElseThrow();
        assertEquals("An HTML fragment (no <html> wrapper), every piece of data escaped.", toHtml[1]);
        assertTrue(h.toHTML().contains("no &lt;html&gt; wrapper"));
        assertFalse(h.toHTML().contains("<html>"));
    }

    @Test
    void otherLibrariesShowSignaturesOnlyAndSaySo() {
        Help h = Help.help(Table.class, "dropRows");
        assertFalse(h.rows().isEmpty());
        assertTrue(h.rows().stream().allMatch(r -> r[1].isEmpty()));
        assertTrue(h.toString().contains("Signatures only"), h.toString());
        assertTrue(Help.help(Logit.class, "noSuchMethod").toString().contains("No public method named noSuchMethod"));
    }

    @Test
    void sourceTypesEraseAsReflectionNamesThem() {
        assertEquals("List", HelpIndex.erasedSimpleName("java.util.List<Map<String, Integer>>"));
        assertEquals("String[]", HelpIndex.erasedSimpleName("String..."));
        assertEquals("double[][]", HelpIndex.erasedSimpleName("double[][]"));
    }
}
