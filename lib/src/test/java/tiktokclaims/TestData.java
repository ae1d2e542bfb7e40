package tiktokclaims;

import java.nio.file.Files;
import java.nio.file.Path;
import tiktokclaims.data.DataFiles;

/** Where tests find the real dataset: {@code $TIKTOK_DATA}, else {@code ../shared/data/tiktok_dataset.csv}. */
public final class TestData {

    private TestData() {
    }

    /** The real dataset; fails (not skips) when it is missing, because CI always has it. */
    public static Path realDataset() {
        String env = System.getenv("TIKTOK_DATA");
        Path p = env != null && !env.isBlank() ? Path.of(env)
                : DataFiles.projectRoot().resolve("../shared/data/tiktok_dataset.csv").normalize();
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("real dataset not found at " + p
                    + " (set TIKTOK_DATA or place it at ../shared/data/tiktok_dataset.csv)");
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
