package tiktokclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void paragraphsLineBreaksAndBold() {
        String html = Markdown.of("The **answer** is here.\nSecond line.\n\nNext paragraph.").toHTML();
        assertEquals("<div class=\"tc-markdown\"><p>The <b>answer</b> is here.<br/>Second line.</p>"
                + "<p>Next paragraph.</p></div>", html);
    }

    @Test
    void bulletList() {
        String html = Markdown.of("- one\n- **two**").toHTML();
        assertEquals("<div class=\"tc-markdown\"><ul><li>one</li><li><b>two</b></li></ul></div>", html);
    }

    @Test
    void everythingElseIsEscaped() {
        String html = Markdown.of("<script>alert('x')</script> & [link](javascript:x) <b>not bold</b>").toHTML();
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<b>not"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; [link](javascript:x)"));
    }

    @Test
    void boldCannotSmuggleMarkup() {
        String html = Markdown.of("**<img src=x onerror=alert(1)>**").toHTML();
        assertEquals("<div class=\"tc-markdown\"><p><b>&lt;img src=x onerror=alert(1)&gt;</b></p></div>", html);
    }

    @Test
    void codeSpansAreEscapedCode() {
        assertEquals("<div class=\"tc-markdown\"><p>master <code>local[*]</code> and <b><code>&lt;b&gt;</code></b>, "
                + "a ` alone</p></div>", Markdown.of("master `local[*]` and **`<b>`**, a ` alone").toHTML());
    }

    @Test
    void unpairedMarkersStayText() {
        assertEquals("<div class=\"tc-markdown\"><p>a ** b</p></div>", Markdown.of("a ** b").toHTML());
    }

    @Test
    void formatUsesADecimalPointInEveryLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("precision 0.103", Markdown.format("precision %.3f", 0.1034).text());
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void textFormDropsMarkersAndControlCharacters() {
        assertEquals("the answer \u241b[31m", Markdown.of("the **answer** \u001b[31m").toString());
    }
}
