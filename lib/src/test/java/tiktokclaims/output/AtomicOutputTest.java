package tiktokclaims.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class AtomicOutputTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileGetsTheModeOfAnyNewFileAndNoTempFileIsLeft() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain")); // 0666 & ~umask, whatever the umask is
        Path out = dir.resolve("result.json");
        AtomicOutput.writeString(out, "{}\n");
        assertEquals("{}\n", Files.readString(out));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
        assertEquals(List.of("plain", "result.json"), names());
    }

    @Test
    void aReplacedFileKeepsItsMode() throws Exception {
        for (String mode : List.of("rw-------", "rwxr-x---", "rw-rw-rw-")) {
            Path out = dir.resolve("kept-" + mode);
            Files.writeString(out, "old");
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(mode));
            AtomicOutput.writeString(out, "new");
            assertEquals("new", Files.readString(out));
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
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
        assertEquals(List.of(), names());
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
    void anIoFailureIsOneLineWithTheCauseAndKeepsTheOldFile() throws Exception {
        Path out = dir.resolve("result.csv");
        Files.writeString(out, "old");
        AtomicOutput.OutputException e = assertThrows(AtomicOutput.OutputException.class,
                () -> AtomicOutput.write(out, s -> {
                    throw new IOException("No space left on device");
                }));
        assertEquals("cannot write " + out + ": No space left on device", e.getMessage());
        assertEquals("old", Files.readString(out));
        assertEquals(List.of("result.csv"), names());
    }

    @Test
    void aMissingOutputFolderIsAUsageError() {
        assertThrows(UsageException.class, () -> AtomicOutput.writeString(dir.resolve("nope/x.json"), "{}"));
    }

    @Test
    void theInputItselfOrALinkToItIsRefused() throws Exception {
        Path data = Files.writeString(dir.resolve("data.csv"), "precious");
        Path hard = Files.createLink(dir.resolve("hard.csv"), data);
        Path soft = Files.createSymbolicLink(dir.resolve("soft.csv"), data);
        Path dotted = dir.resolve(".").resolve("data.csv");
        for (Path target : List.of(data, hard, soft, dotted)) {
            UsageException e = assertThrows(UsageException.class, () -> AtomicOutput.checkTarget(target, data));
            assertTrue(e.getMessage().contains("is the input"), e.getMessage());
        }
        AtomicOutput.checkTarget(dir.resolve("other.csv"), data);
        assertEquals("precious", Files.readString(data));
    }

    /**
     * A character device to write at: a copy of /dev/null made in {@code dir} when we may (root), so that a broken
     * AtomicOutput run as root replaces the copy and not the system's /dev/null; else /dev/null itself, which a
     * user other than root cannot replace.
     */
    public static Path device(Path dir) throws Exception {
        Path copy = dir.resolve("null-device");
        Process p = new ProcessBuilder("mknod", copy.toString(), "c", "1", "3").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0 ? copy : Path.of("/dev/null");
    }

    @Test
    void aTargetThatIsNotARegularFileIsRefusedAndLeftAsItWas() throws Exception {
        Path device = device(dir);
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path toDevice = Files.createSymbolicLink(dir.resolve("null-link"), device);
        Path toFolder = Files.createSymbolicLink(dir.resolve("folder-link"), folder);
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("missing"));
        for (Path target : List.of(device, fifo, folder, toDevice, toFolder, dangling)) {
            assertThrows(UsageException.class, () -> AtomicOutput.writeString(target, "x"), target.toString());
        }
        assertTrue(Files.isSymbolicLink(toDevice) && Files.isSymbolicLink(dangling));
        assertFalse(Files.isRegularFile(fifo));
        assertFalse(Files.isRegularFile(device));
    }

    @Test
    void aSymbolicLinkToAFileStaysALinkAndItsFileIsReplaced() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path real = Files.writeString(sub.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        AtomicOutput.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of("link.csv", "sub"), names());
    }

    @Test
    void dashIsStandardOutputAndCreatesNoFile() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        AtomicOutput.writeString(Path.of("-"), stdout, "queue\n");
        assertEquals("queue\n", stdout.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(Path.of("-")));
        AtomicOutput.checkTarget(Path.of("-"), Path.of("-"));
    }

    @Test
    void staleTempFilesOfDeadRunsAreRemovedAndNothingElse() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long dead = p.pid();
        Path stale = Files.writeString(dir.resolve(".queue.csv.tiktok-claims-" + dead + ".tmp"), "half");
        Path live = Files.writeString(dir.resolve(".queue.csv.tiktok-claims-1.tmp"), "being written");
        Path other = Files.writeString(dir.resolve(".queue.csv.other-" + dead + ".tmp"), "not ours");
        Path user = Files.writeString(dir.resolve("notes.tiktok-claims-" + dead + ".tmp"), "the user's");
        AtomicOutput.writeString(dir.resolve("result.json"), "{}");
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(live) && Files.exists(other) && Files.exists(user));
    }

    @Test
    void theTempFileIsHiddenAndNamedForTheTargetAndThisProcess() throws Exception {
        Path out = dir.resolve("q.csv");
        String[] seen = new String[1];
        AtomicOutput.write(out, s -> {
            try (var files = Files.list(dir)) {
                seen[0] = files.map(f -> f.getFileName().toString()).findFirst().orElse("");
            }
        });
        assertEquals(".q.csv.tiktok-claims-" + ProcessHandle.current().pid() + ".tmp", seen[0]);
    }
}
