package tiktokclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void writesThroughATempFileWithOrdinaryPermissions() throws Exception {
        Path out = dir.resolve("result.json");
        AtomicOutput.writeString(out, "{}\n");
        assertEquals("{}\n", Files.readString(out));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temp file is left behind");
        }
    }

    @Test
    void aFailedWriteLeavesNeitherOutputNorTempFile() throws IOException {
        Path out = dir.resolve("result.csv");
        assertThrows(IllegalStateException.class, () -> AtomicOutput.write(out, s -> {
            s.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("boom");
        }));
        assertFalse(Files.exists(out));
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aFailedWriteKeepsThePreviousOutput() throws Exception {
        Path out = dir.resolve("result.csv");
        AtomicOutput.writeString(out, "old");
        assertThrows(IllegalStateException.class, () -> AtomicOutput.write(out, s -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("old", Files.readString(out));
    }

    @Test
    void aMissingOutputFolderIsAUsageError() {
        assertThrows(UsageException.class, () -> AtomicOutput.writeString(dir.resolve("nope/x.json"), "{}"));
    }
}
