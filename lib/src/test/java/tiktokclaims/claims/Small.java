package tiktokclaims.claims;

import java.util.ArrayList;
import java.util.List;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;

/** A quick training set-up for tests: every 6th row of the real dataset and small forests. */
final class Small {

    static final ModelSettings SETTINGS = new ModelSettings(0.1, 30, 12, 2, 30, 6, 6, 0.1, 0.7);

    private static List<ClaimRecord> records;

    private Small() {
    }

    /** Every 6th row of the real dataset (about 3,200 rows, some of them unlabelled and incomplete). */
    static synchronized List<ClaimRecord> records() {
        if (records == null) {
            List<ClaimRecord> all = ClaimRecord.all(ClaimsData.load(TestData.realDataset()));
            records = new ArrayList<>();
            for (int i = 0; i < all.size(); i += 6) {
                records.add(all.get(i));
            }
        }
        return records;
    }

    static TrainingOptions options(long seed) {
        return TrainingOptions.defaults().withSeed(seed).withModels(SETTINGS);
    }
}
