package tiktokclaims;

import java.nio.file.Files;
import java.nio.file.Path;
import tiktokclaims.data.DataFiles;

/**
 * Where tests find the real dataset, in the order {@code make test} uses (scripts/dataset.sh --real):
 * {@code $TIKTOK_DATA}, else {@code data/tiktok_dataset.csv} in the project, else the shared copy beside it,
 * {@code ../shared/data/tiktok_dataset.csv}.
 */
public final class TestData {

    private TestData() {
    }

    /** The real dataset; fails (not skips) when it is missing, because CI always has it. */
    public static Path realDataset() {
        String env = System.getenv("TIKTOK_DATA");
        if (env != null && !env.isBlank()) {
            return existing(Path.of(env), "$TIKTOK_DATA");
        }
        Path own = DataFiles.projectRoot().resolve("data").resolve("tiktok_dataset.csv");
        if (Files.isRegularFile(own)) {
            return own;
        }
        return existing(DataFiles.projectRoot().resolve("../shared/data/tiktok_dataset.csv").normalize(),
                "neither " + own + " nor");
    }

    private static Path existing(Path p, String where) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("real dataset not found (" + where + " " + p
                    + "): put tiktok_dataset.csv in data/ or set TIKTOK_DATA");
        }
        return p;
    }

    /** A test resource as a path. */
    public static Path resource(String name) {
        try {
            return Path.of(TestData.class.getResource("/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
