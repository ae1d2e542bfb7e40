package tiktokclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Fixed-width and HTML tables of formatted cells, compared with tables written out by hand. */
class TextTableTest {

    @Test
    void alignedPadsTheFirstColumnRightAndTheOthersLeft() {
        String[][] rows = {{"metric", "mean"}, {"f1", "0.9000"}, {"auc"}};
        assertEquals("metric    mean\nf1      0.9000\nauc   \n", TextTable.aligned(rows));
    }

    @Test
    void headedAddsARuleAndMakesCellsTerminalSafe() {
        String[] header = {"term", "coef"};
        List<String[]> rows = List.of(new String[] {"a\u001b[31m", "1.5"}, new String[] {"bb", "-0.25"});
        String expected = "term     coef\n"
                + "-------------\n"
                + "a\u241b[31m    1.5\n"
                + "bb      -0.25\n";
        assertEquals(expected, TextTable.headed(header, rows));
    }

    @Test
    void htmlEscapesEveryCell() {
        List<String[]> rows = List.<String[]>of(new String[] {"<b>", "1"});
        assertEquals("<table class=\"tc-table\"><thead><tr><th>P&gt;|z|</th><th>x</th></tr></thead><tbody>"
                + "<tr><td style=\"text-align:left\">&lt;b&gt;</td><td style=\"text-align:right\">1</td></tr>"
                + "</tbody></table>", TextTable.html(new String[] {"P>|z|", "x"}, rows));
    }

    @Test
    void aTablesawTableShowsHeadAndTailRowsReadableNumbersAndItsShape() {
        double[] v = new double[25];
        String[] s = new String[25];
        for (int i = 0; i < v.length; i++) {
            v[i] = i + 0.123456789;
            s[i] = i == 0 ? "\u001b[31mred" : "r" + i;
        }
        Table t = Table.create(StringColumn.create("name", s), DoubleColumn.create("x", v), IntColumn.create("n", new int[25]));
        t.doubleColumn("x").setMissing(1);
        String text = TextTable.of(t, 4);
        assertEquals("name            x  n\n"
                + "--------------------\n"
                + "\u241b[31mred   0.1235  0\n"
                + "r1                 0\n"
                + "... 21 more rows ...\n"
                + "r23       23.1235  0\n"
                + "r24       24.1235  0\n"
                + "25 rows x 3 columns\n", text);
    }
}
