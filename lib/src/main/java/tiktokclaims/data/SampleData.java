package tiktokclaims.data;

import tech.tablesaw.api.LongColumn;

/**
 * Synthetic sample data. Every generated row has a <em>sample video id</em>: a 12-digit number starting with
 * {@code 999} ({@value #FIRST_ID} to {@value #LAST_ID}); real video ids have 10 digits, so the two never meet. A
 * dataset whose video ids all carry this mark is sample data ({@link LoadReport#isSample()}), and results computed
 * from it should say SAMPLE DATA.
 */
public final class SampleData {

    /** The smallest sample video id. */
    public static final long FIRST_ID = 999_000_000_000L;
    /** The largest sample video id. */
    public static final long LAST_ID = 999_999_999_999L;

    private SampleData() {
    }

    /** Whether {@code id} is in the generator's range. */
    public static boolean isSampleId(long id) {
        return id >= FIRST_ID && id <= LAST_ID;
    }

    /** Whether the column has at least one id and every non-missing id is a sample id. */
    public static boolean isSample(LongColumn ids) {
        boolean any = false;
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.isMissing(i)) {
                if (!isSampleId(ids.getLong(i))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
