package tiktokclaims.claims;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.SampleGenerator;

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

    /** {@code rows} rows of generated SAMPLE DATA (seed {@code seed}), written to a file in {@code dir} and read back. */
    static List<ClaimRecord> generated(Path dir, int rows, long seed) throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        SampleGenerator.write(csv, rows, seed);
        Path file = dir.resolve("sample-" + rows + "-" + seed + ".csv");
        Files.write(file, csv.toByteArray());
        return ClaimRecord.all(ClaimsData.load(file));
    }

    /** The labelled records among every other one (rows 0, 2, 4, ...), as a training split might hold. */
    static List<ClaimRecord> everyOtherLabelled(List<ClaimRecord> all) {
        List<ClaimRecord> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 2) {
            if (all.get(i).claimStatus() != null) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    static TrainingOptions options(long seed) {
        return TrainingOptions.defaults().withSeed(seed).withModels(SETTINGS);
    }
}
