package tiktokclaims.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import smile.math.special.Erf;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DoubleColumn;
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
    void tablesawMethodsShowTheirJavadocSentences() {
        List<String[]> rows = Help.help(Table.class, "summarize").rows();
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("Summarizer summarize(String columName, AggregateFunction<?, ?>... functions)")
                && r[1].equals("Returns a Summarizer that can be used to summarize the column with the given name(s) using the given functions.")),
                () -> rows.stream().map(r -> String.join(" | ", r)).collect(java.util.stream.Collectors.joining("\n")));
        assertTrue(Help.help(Table.class).classSentence().startsWith("A table of data"));
    }

    @Test
    void anObjectShowsItsInheritedMembersUnderTheTypeThatDeclaresThem() {
        Help h = Help.help(Table.create("t"));
        String[] shape = h.rows().stream().filter(r -> r[0].equals("String shape()")).findFirst().orElseThrow();
        assertEquals("Relation", shape[2]);
        assertEquals("Returns a string that tells how many rows and columns this relation has", shape[1]);
        String text = h.toString();
        assertTrue(text.indexOf("Inherited from Relation:") > text.indexOf("summarize("), "own members first");
        assertTrue(h.rows().stream().filter(r -> r[2].isEmpty()).anyMatch(r -> r[0].startsWith("Table where(")));
        // A column: the sentence of a method declared in an interface it implements.
        Help column = Help.help(DoubleColumn.create("x"));
        assertTrue(column.rows().stream().anyMatch(r -> r[0].equals("int count(Predicate<? super T> test)")
                && r[1].equals("Counts the number of rows satisfying predicate") && r[2].equals("Column")), column::toString);
    }

    @Test
    void theAggregateFunctionsAreFieldsWithTheirSentences() {
        List<String[]> rows = Help.help(AggregateFunctions.class, "mean").rows();
        assertEquals(1, rows.size());
        assertEquals("static NumericAggregateFunction mean", rows.get(0)[0]);
        assertEquals("A function that takes a NumericColumn argument and returns the mean of the values in the column",
                rows.get(0)[1]);
        assertTrue(Help.help(AggregateFunctions.class).rows().stream().anyMatch(r -> r[0].endsWith(" median")));
    }

    @Test
    void smileTypesShowTheirJavadocSentences() {
        // a Smile type the lib imports (model/Stats)
        Help h = Help.help(Erf.class);
        assertTrue(h.classSentence().startsWith("The error function."), h.classSentence());
        assertTrue(h.rows().stream().anyMatch(r -> r[0].startsWith("static double erf(double x)")
                && r[1].startsWith("The Gauss error function")), h::toString);
    }

    @Test
    void otherClassesShowSignaturesOnlyAndSaySo() {
        Help h = Help.help(StringBuilder.class, "reverse");
        assertFalse(h.rows().isEmpty());
        assertTrue(h.rows().stream().allMatch(r -> r[1].isEmpty()));
        assertTrue(h.toString().contains("Signatures only"), h.toString());
        assertTrue(Help.help(Logit.class, "noSuchMethod").toString().contains("No public method or field named noSuchMethod"));
    }
}
