package tiktokclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class TableFormatTest {

    @Test
    void doublesGetGroupingAndFixedDecimalsValuesUnchanged() {
        Table t = Table.create("t", DoubleColumn.create("x", 257503.8712, 0.5), IntColumn.create("n", 19084, 1));
        TableFormat.decimals(t, 2);
        assertEquals("257,503.87", t.doubleColumn("x").getString(0));
        assertEquals("0.50", t.doubleColumn("x").getString(1));
        assertEquals(257503.8712, t.doubleColumn("x").get(0));
        assertEquals("19084", t.intColumn("n").getString(0));
        assertEquals("257,504", TableFormat.decimals(t, 0).doubleColumn("x").getString(0));
    }

    @Test
    void negativeDecimalsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TableFormat.decimals(Table.create("t"), -1));
    }
}
