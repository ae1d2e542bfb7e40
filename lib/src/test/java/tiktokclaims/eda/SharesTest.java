package tiktokclaims.eda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SharesTest {

    private static final Table T = Table.create("t",
            StringColumn.create("verified_status", "verified", "verified", "verified", "not verified",
                    "not verified", "", "verified"),
            StringColumn.create("claim_status", "opinion", "opinion", "claim", "claim", "opinion", "opinion", ""));

    @Test
    void withinOneGroup() {
        assertEquals(2.0 / 3, Shares.within(T, "verified_status", "verified", "claim_status", "opinion"), 1e-15);
        assertEquals(0.5, Shares.within(T, "verified_status", "not verified", "claim_status", "opinion"), 0.0);
        assertEquals(0.0, Shares.within(T, "verified_status", "not verified", "claim_status", "other"), 0.0);
        assertTrue(Double.isNaN(Shares.within(T, "verified_status", "unknown", "claim_status", "opinion")));
    }
}
