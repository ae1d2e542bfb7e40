package tiktokclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/** Html.plain (terminals) and Html.escape (pages) let no control character through. */
class HtmlTest {

    /** C0 but newline and tab, DEL, C1, bidi controls and the line/paragraph separators: never output as such. */
    private static boolean dangerous(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c == 0x061c || c == 0x200e
                || c == 0x200f || c >= 0x2028 && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    @Test
    void rawDoublesAreShownReadablyWithoutChangingTheDataAndOwnFormatsAreKept() {
        double[] v = {501016.61793807824, 4956.432249894471, 0.61538461538, 5.0, -1234.5};
        Table t = Table.create("t", DoubleColumn.create("x", v), LongColumn.create("id", 9859838091L, 1L, 2L, 3L, 4L));
        String html = Html.table(t);
        for (String shown : new String[] {">501,016.62<", ">4,956.43<", ">0.6154<", ">5<", ">-1,234.5<", ">9859838091<"}) {
            assertTrue(html.contains(shown), shown + " in " + html);
        }
        assertEquals(501016.61793807824, t.doubleColumn("x").get(0), 0.0);
        String own = Html.table(TableFormat.decimals(Table.create("u", DoubleColumn.create("x", v)), 1));
        assertTrue(own.contains(">501,016.6<") && own.contains(">0.6<"), own);
        String tiny = Html.table(Table.create("d", DoubleColumn.create("rel_diff", 2.4849476705630194E-14, -1.6344518874208886E-7, 0.0)));
        for (String shown : new String[] {">2.485e-14<", ">-1.634e-07<", ">0<"}) {
            assertTrue(tiny.contains(shown), shown + " in " + tiny);
        }
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
