package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiktokclaims.TestData;

/** A pipe (what {@code --data /dev/stdin} is under {@code |}) or a FIFO is read as a stream, not "no such file". */
class PipeInputTest {

    @TempDir
    Path dir;

    /** A FIFO that a background thread fills with {@code source} once a reader opens it. */
    private Path fifoWith(Path source) throws Exception {
        Path fifo = dir.resolve("fifo.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                Files.copy(source, out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return fifo;
    }

    @Test
    void validateAndLoadReadAPipeLikeTheFile() throws Exception {
        Path file = TestData.resource("data/ok_basic.csv");
        assertEquals(ClaimsData.validate(file).report().toString().replace(file.toString(), "F"),
                ClaimsData.validate(fifoWith(file)).report().toString().replace(dir.resolve("fifo.csv").toString(),
                        "F"));
        Files.delete(dir.resolve("fifo.csv"));
        assertEquals(ClaimsData.load(file).rowCount(), ClaimsData.load(fifoWith(file)).rowCount());
    }

    @Test
    void aFolderOrAMissingFileIsStillNamedAsSuch() {
        assertTrue(assertThrows(InputException.class, () -> ClaimsData.load(dir)).reason().contains("folder"));
        assertTrue(assertThrows(InputException.class, () -> ClaimsData.load(dir.resolve("none.csv"))).reason()
                .startsWith("no such file"));
    }
}
