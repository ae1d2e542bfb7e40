package tiktokclaims.eda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SharesTest {

    private static final Table T = Table.create("t",
            StringColumn.create("verified_status", "verified", "verified", "verified", "not verified",
                    "not verified", "", "verified"),
            StringColumn.create("claim_status", "opinion", "opinion", "claim", "claim", "opinion", "opinion", ""));

    @Test
    void sharesPerGroupCountedByHand() {
        Table s = Shares.of(T, "verified_status", "claim_status", "opinion");
        assertEquals(List.of("verified_status", "rows", "share opinion"), s.columnNames());
        assertEquals(List.of("not verified", "verified"), s.stringColumn(0).asList());
        assertEquals(List.of(2, 3), s.intColumn(1).asList());
        assertEquals(0.5, s.doubleColumn(2).get(0), 0.0);
        assertEquals(2.0 / 3, s.doubleColumn(2).get(1), 1e-15);
    }

    @Test
    void withinOneGroup() {
        assertEquals(2.0 / 3, Shares.within(T, "verified_status", "verified", "claim_status", "opinion"), 1e-15);
        assertTrue(Double.isNaN(Shares.within(T, "verified_status", "unknown", "claim_status", "opinion")));
    }
}
