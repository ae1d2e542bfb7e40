package tiktokclaims.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProseTest {

    /** A typed result as the notebooks have them: record components and derived accessors. */
    record Result(String label, long count, double share, double p, boolean high, Nested nested, List<String> items) {
        public double twice() {
            return 2 * share;
        }
    }

    record Nested(double auc, Map<String, Integer> byName) {
    }

    private static final Result RESULT = new Result("the <b>model</b> $x$", 19_084, 0.0625, 0.17, true,
            new Nested(0.98765, Map.of("a", 1234)), List.of("x", "y"));

    private static Prose section(String body) {
        return Prose.sections("test.md", "intro {not a placeholder}\n\n## s\n" + body + "\n").section("s");
    }

    private static String fill(String body) {
        return section(body).fill(RESULT).text();
    }

    @Test
    void namesResolveAgainstComponentsAccessorsMapsAndLists() {
        assertEquals("19,084 rows, auc 0.988, twice 0.1250, a 1,234, 2 items",
                fill("{count} rows, auc {nested.auc:0.000}, twice {twice:0.0000}, a {nested.byName.a}, {items.size} items"));
    }

    @Test
    void numberFormats() {
        assertEquals("6.3% 6% 6.25% 0.06", fill("{share:0.0%} {share:0%} {share:0.00%} {share:0.00}"));
        assertEquals("19084 19,084.0 p = 0.17", fill("{count:0} {count:#,##0.0} p {p:p}"));
        assertEquals("p < 0.001", section("p {x:p}").fill(Map.of("x", 0.0004)).text());
        assertEquals("3.2e-13 6.3e-02 2e+04", section("{x:0.0e0} {share:0.0e0} {count:0e0}")
                .fill(Map.of("x", 3.21e-13, "share", 0.0625, "count", 19084)).text());
        // The notebooks' String.format rounding (half up on the decimal value), not DecimalFormat's half even.
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", 0.25), section("{x:0.0}").fill(Map.of("x", 0.25)).text());
    }

    @Test
    void choicesPickWordsByAYesNoValueAndMayHoldPlaceholders() {
        assertEquals("high (19,084)!", fill("{high?high ({count})|low}!"));
        assertEquals("a", section("{no?b|{yes?a|c}}").fill(Map.of("yes", true, "no", false)).text());
        assertEquals("c!", section("{no?b|{yes?a|c}}!").fill(Map.of("yes", false, "no", false)).text());
        assertEquals("claim", section("claim{one?|s}").fill(Map.of("one", true)).text());
        assertEquals("{literal} braces", fill("{{literal}} braces"));
    }

    @Test
    void userTextStaysTextInHtml() {
        Prose p = section("Label: **{label}**");
        String html = p.fill(RESULT).toHTML();
        assertTrue(html.contains("<b>the &lt;b&gt;model&lt;/b&gt; $x$</b>"), html);
        assertFalse(html.contains("<b>model"));
    }

    @Test
    void unknownPlaceholderFailsNamingFileLineAndName() {
        ProseException e = assertThrows(ProseException.class, () -> fill("first line\nsecond {cuont} line"));
        assertTrue(e.getMessage().startsWith("test.md line 5: unknown placeholder {cuont}"), e.getMessage());
        assertTrue(e.getMessage().contains("count"), "lists the names there are: " + e.getMessage());
        ProseException nested = assertThrows(ProseException.class, () -> fill("{nested.byName.b}"));
        assertTrue(nested.getMessage().contains("{nested.byName.b}") && nested.getMessage().contains("(it has: a)"),
                nested.getMessage());
    }

    @Test
    void everyOtherMistakeFailsLoudly() {
        assertMessage("{share} needs", "is a decimal number");
        assertMessage("{label:0.00}", "a number format, but label is String");
        assertMessage("{count:0.0x}", "unknown format '0.0x'");
        assertMessage("{count?yes|no}", "chooses words by a yes/no value");
        assertMessage("{high?yes|no", "is not closed");
        assertMessage("{high?a|b|c}", "more than two sides");
        assertMessage("a } b", "without its '{'");
        assertMessage("{bad name}", "malformed placeholder");
        assertMessage("{count", "malformed placeholder");
        ProseException nul = assertThrows(ProseException.class, () -> section("{x}").fill(new Holder(null)));
        assertTrue(nul.getMessage().contains("{x} is null"), nul.getMessage());
    }

    record Holder(String x) {
    }

    private static void assertMessage(String body, String expected) {
        ProseException e = assertThrows(ProseException.class, () -> fill(body));
        assertTrue(e.getMessage().startsWith("test.md line 4: ") && e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void sectionsByHeadingAndTheirErrors() {
        Prose.Sections s = Prose.sections("f.md", "note\n## one\nA {x}\n\n## two-b\nB\n");
        assertEquals(List.of("one", "two-b"), s.ids());
        assertEquals("A 1", s.section("one").fill(Map.of("x", 1)).text());
        ProseException missing = assertThrows(ProseException.class, () -> s.section("three"));
        assertTrue(missing.getMessage().contains("no section '## three' (sections: one, two-b)"), missing.getMessage());
        assertThrows(ProseException.class, () -> Prose.sections("f.md", "## a\nx\n## a\ny\n"));
    }

    @Test
    void notebookNamesCannotLeaveTheProseFolder() {
        assertThrows(ProseException.class, () -> Prose.of("../secret", "s"));
        ProseException none = assertThrows(ProseException.class, () -> Prose.of("99-no-such-notebook", "s"));
        assertTrue(none.getMessage().contains("99-no-such-notebook.md"), none.getMessage());
    }

    /** Every placeholder of every committed prose file is well formed (filled against a value that has nothing). */
    @Test
    void committedProseFilesParse() throws Exception {
        try (var files = Files.list(Prose.folder())) {
            List<Path> md = files.filter(p -> p.toString().endsWith(".md")).toList();
            assertFalse(md.isEmpty(), "no prose files in " + Prose.folder());
            for (Path f : md) {
                Prose.Sections s = Prose.sections(f.getFileName().toString(), Files.readString(f));
                assertFalse(s.ids().isEmpty(), f + " has no sections");
                for (String id : s.ids()) {
                    ProseException e = assertThrows(ProseException.class, () -> s.section(id).fill(Map.of()));
                    assertTrue(e.getMessage().contains("unknown placeholder"), f + " ## " + id + ": " + e.getMessage());
                }
            }
        }
    }
}
