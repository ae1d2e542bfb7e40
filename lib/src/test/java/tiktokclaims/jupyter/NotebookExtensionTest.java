package tiktokclaims.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** What the notebook shows for a table: numbers readable in the text form as in the HTML form, data unchanged. */
class NotebookExtensionTest {

    @Test
    void aTableAsPlainTextShowsReadableNumbersAndKeepsTheData() {
        Table t = Table.create("views by status", StringColumn.create("status", "claim", "opinion"),
                DoubleColumn.create("mean", 501016.61793807824, 4956.43));
        DisplayData d = NotebookRenderers.installed().render(t);
        String text = (String) d.getData(MIMEType.TEXT_PLAIN);
        assertEquals("views by status\n"
                + "status         mean\n"
                + "-------------------\n"
                + "claim    501,016.62\n"
                + "opinion    4,956.43\n"
                + "2 rows x 2 columns\n", text);
        assertFalse(t.print().contains("501,016.62"), "Tablesaw's own print is raw; only our renderers format");
        assertTrue(t.print().contains("501016.61793807824"));
        assertEquals(501016.61793807824, t.doubleColumn("mean").get(0));
        assertTrue(((String) d.getData(MIMEType.TEXT_HTML)).contains("501,016.62"));
    }
}
