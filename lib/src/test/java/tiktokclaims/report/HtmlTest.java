package tiktokclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Html.plain (terminals) and Html.escape (pages) let no control character through. */
class HtmlTest {

    /** C0 but newline and tab, DEL, C1, bidi controls and the line/paragraph separators: never output as such. */
    private static boolean dangerous(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c == 0x061c || c == 0x200e
                || c == 0x200f || c >= 0x2028 && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    @Test
    void noCharacterComesOutAsAControl() {
        for (int c = 0; c <= 0xffff; c++) {
            String s = String.valueOf((char) c);
            for (String out : new String[] {Html.plain(s), Html.escape(s).replace("\r", "")}) {
                for (char o : out.toCharArray()) {
                    assertTrue(!dangerous(o), String.format("U+%04X gave U+%04X", c, (int) o));
                }
            }
        }
    }

    @Test
    void controlsAreShownByName() {
        assertEquals("\u241b[31mred", Html.plain("\u001b[31mred"));
        assertEquals("[U+009B]31mred", Html.plain("\u009b31mred"));
        assertEquals("[U+202E]txt.exe", Html.plain("\u202etxt.exe"));
        assertEquals("&#x241b;[2J&lt;b&gt;[U+009B]2J[U+2066]", Html.escape("\u001b[2J<b>\u009b2J\u2066"));
        assertEquals("caf\u00e9 \u00a0ok\n\ttab", Html.plain("caf\u00e9 \u00a0ok\n\ttab"));
    }
}
