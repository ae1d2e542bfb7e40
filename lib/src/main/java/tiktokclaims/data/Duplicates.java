package tiktokclaims.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.LongColumn;

/**
 * Repeated video ids.
 *
 * @param extraRows rows whose id already appeared on an earlier row (0 when all ids are distinct)
 * @param examples  up to {@link #MAX_EXAMPLES} of the repeated ids, smallest first
 */
public record Duplicates(long extraRows, List<Long> examples) {

    /** How many repeated ids are kept as examples. */
    public static final int MAX_EXAMPLES = 5;

    /** The repeated ids of a column (missing values are ignored). */
    public static Duplicates of(LongColumn ids) {
        long[] v = new long[ids.size()];
        int n = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.isMissing(i)) {
                v[n++] = ids.getLong(i);
            }
        }
        Arrays.sort(v, 0, n);
        long extra = 0;
        List<Long> examples = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (v[i] == v[i - 1]) {
                extra++;
                if ((i < 2 || v[i - 2] != v[i]) && examples.size() < MAX_EXAMPLES) {
                    examples.add(v[i]);
                }
            }
        }
        return new Duplicates(extra, List.copyOf(examples));
    }
}
