package tiktokclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claims train} writes a model and its metrics: both or neither. */
class ClaimsTrainOutputsTest {

    static final String DATA = Corpus.get("ok_plain.csv").path().toString();

    @Test
    void trainingWhoseJsonCannotBeWrittenSavesNoModel(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Files.writeString(folder.resolve("keep.txt"), "mine");
        Cli.run("claims", "train", "--data", DATA, "--model", dir.resolve("m").toString(), "--json",
                folder.toString()).refused();
        Cli.run("claims", "train", "--data", DATA, "--model", dir.resolve("m").toString(), "--json",
                dir.resolve("no/such/t.json").toString()).refused();
        assertEquals(List.of("folder"), Cli.list(dir), "a model without its metrics is a half-written output");
    }
}
