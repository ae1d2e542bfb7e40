package tiktokclaims.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the dataset is: {@code $TIKTOK_DATA}, else {@code data/tiktok_dataset.csv} under the project root (found
 * by walking up from the working directory to the folder that holds {@code lib/pom.xml}), so that notebooks
 * (which run in {@code notebooks/}) and the CLI (which runs anywhere in the project) agree.
 */
public final class DataFiles {

    /** The environment variable that names the dataset. */
    public static final String ENV = "TIKTOK_DATA";

    private DataFiles() {
    }

    /** The dataset path, whether or not the file exists. */
    public static Path dataset() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return projectRoot().resolve("data").resolve("tiktok_dataset.csv");
    }

    /**
     * The project root: {@code $TIKTOK_CLAIMS_HOME} (set by the project's kernel), else the nearest folder upwards
     * from the working directory that has {@code lib/pom.xml}, else the working directory.
     */
    public static Path projectRoot() {
        String home = System.getenv("TIKTOK_CLAIMS_HOME");
        if (home != null && !home.isBlank() && Files.isDirectory(Path.of(home))) {
            return Path.of(home).toAbsolutePath();
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("lib").resolve("pom.xml"))) {
                return p;
            }
        }
        return here;
    }

    /**
     * Throws {@link InputException} unless {@code file} exists and is not a folder. A regular file is the usual
     * case; a pipe ({@code --data /dev/stdin} fed by {@code |}), a FIFO or a character device is read as a stream,
     * once, from its start (without the size check a regular file gets before loading).
     */
    public static void requireFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputException(file, "is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new InputException(file, "no such file (set TIKTOK_DATA or put the dataset in data/)");
        }
    }
}
