package tiktokclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiktokclaims.TestData;

class ClaimsTrainOptionsTest {

    @TempDir
    Path dir;

    @Test
    void treesOutOfRangeIsAUsageErrorAndTrainsNothing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"claims", "train", "--data", TestData.realDataset().toString(),
            "--model", dir.resolve("m").toString(), "--trees", "0"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String line = err.toString(StandardCharsets.UTF_8).trim();
        assertEquals(Main.BAD_INPUT, status);
        assertTrue(line.contains("--trees must be between 1 and 10000"), line);
        assertTrue(!Files.exists(dir.resolve("m")));
    }

    @Test
    void usageNamesTheTreesOption() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(Main.OK, Main.run(new String[] {"claims", "train", "--help"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--trees N"));
    }
}
