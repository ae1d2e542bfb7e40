package tiktokclaims.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an output file through a temporary file in the same folder and renames it into place, so that a reader
 * never sees a half-written file and a failed run leaves no partial output behind.
 */
public final class AtomicOutput {

    /** Something that writes to a stream and may fail. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws Exception;
    }

    private AtomicOutput() {
    }

    /**
     * Throws {@link UsageException} when {@code target} cannot be written: its folder is missing, or it is a folder.
     * Commands call it before long work, so that a bad output path fails at once and leaves no other output.
     */
    public static void checkTarget(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException("output folder does not exist: " + dir);
        }
        if (Files.isDirectory(abs)) {
            throw new UsageException(target + " is a folder; give the output a file name");
        }
    }

    public static void write(Path target, Writer writer) throws Exception {
        checkTarget(target);
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        // Ctrl-C or a kill during a long write: the JVM's shutdown removes the temp file (after a rename, a no-op).
        tmp.toFile().deleteOnExit();
        boolean done = false;
        try {
            // createTempFile makes the file owner-only; an output file is an ordinary file (rw-r--r--).
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // best effort: the original error matters more
                }
            }
        }
    }

    /** Writes a string as UTF-8. */
    public static void writeString(Path target, String text) throws Exception {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
