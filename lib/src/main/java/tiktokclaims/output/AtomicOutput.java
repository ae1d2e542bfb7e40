package tiktokclaims.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiktokclaims.report.Html;

/**
 * The one way every command writes an output file. It never destroys what the user has:
 * <ul>
 * <li>{@link #checkTarget(Path, Path...)} (called before any work) refuses a target that is one of the inputs (the
 *     same path, or a hard or symbolic link to it), a target that exists and is not a regular file (a device such
 *     as {@code /dev/full}, a FIFO, a folder, a symbolic link to any of these, a dangling link), and a folder that
 *     is missing or cannot be written;</li>
 * <li>{@link #write} writes a temporary file {@code .NAME.tiktok-claims-PID.tmp} in the target's folder and
 *     renames it over the target, so a reader never sees half a file and a failure leaves the old file as it
 *     was. A symbolic link to a regular file stays a link: the file it points to is replaced, in its own
 *     folder;</li>
 * <li>a new file gets the mode the umask gives a new file ({@code 0666 & ~umask}); a replaced file keeps its
 *     mode;</li>
 * <li>a run killed with SIGKILL can leave its temporary file; the next write into that folder deletes temporary
 *     files of exactly this naming whose process is gone (never anything else);</li>
 * <li>{@value #STDOUT} means standard output: nothing is renamed and no file is touched;</li>
 * <li>an I/O failure (read-only folder, full disk) is an {@link OutputException}: one line with the cause.</li>
 * </ul>
 */
public final class AtomicOutput {

    /** The output name that means standard output. */
    public static final String STDOUT = "-";

    private static final String TAG = ".tiktok-claims-";
    /** {@code .NAME.tiktok-claims-PID.tmp}: the only files {@link #removeStaleTemps} may delete. */
    private static final Pattern TEMP = Pattern.compile("\\..+\\.tiktok-claims-([0-9]{1,19})\\.tmp");

    /** Something that writes to a stream and may fail. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws Exception;
    }

    private AtomicOutput() {
    }

    /** True when {@code target} is {@value #STDOUT}, standard output. */
    public static boolean isStdout(Path target) {
        return target != null && target.toString().equals(STDOUT);
    }

    /**
     * Throws {@link UsageException} when {@code target} must not or cannot be written: it is one of
     * {@code inputs} (or a link to one), it exists and is not a regular file (or a link to one), or its folder is
     * missing or not writable. Commands call it before any work. {@value #STDOUT} always passes.
     */
    public static void checkTarget(Path target, Path... inputs) {
        if (isStdout(target)) {
            return;
        }
        String shown = Html.plain(target.toString());
        for (Path in : inputs) {
            if (in != null && sameFile(target, in)) {
                throw new UsageException("output " + shown + " is the input " + Html.plain(in.toString())
                        + "; refusing to overwrite it");
            }
        }
        boolean link = Files.isSymbolicLink(target);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) || link) {
            if (!Files.exists(target)) {
                throw new UsageException("output " + shown + " is a symbolic link to nothing; refusing to write");
            }
            if (Files.isDirectory(target)) {
                throw new UsageException("output " + shown + " is a folder; give the output a file name");
            }
            if (!Files.isRegularFile(target)) {
                throw new UsageException("output " + shown + " is not a regular file (a device, FIFO or socket"
                        + (link ? ", through a symbolic link" : "") + "); refusing to replace it"
                        + " (use - for standard output)");
            }
        }
        Path dir = folder(resolved(target));
        if (!Files.isDirectory(dir)) {
            throw new UsageException("output folder does not exist: " + Html.plain(dir.toString()));
        }
        if (!Files.isWritable(dir)) {
            throw new UsageException("output folder is not writable: " + Html.plain(dir.toString()));
        }
    }

    /**
     * Where a command prints its report: {@code out}, or nowhere when {@code target} is {@value #STDOUT} (standard
     * output then carries the output file's bytes only).
     */
    public static java.io.PrintStream reportStream(Path target, java.io.PrintStream out) {
        return isStdout(target) ? new java.io.PrintStream(OutputStream.nullOutputStream()) : out;
    }

    /** Writes {@code target} through a temporary file and a rename; {@value #STDOUT} writes to System.out. */
    public static void write(Path target, Writer writer) throws Exception {
        write(target, System.out, writer);
    }

    /**
     * Writes {@code target} through a temporary file in its folder and an atomic rename, after
     * {@link #checkTarget}; {@value #STDOUT} writes to {@code stdout} instead (flushed, not closed).
     *
     * @throws OutputException when the file system fails (no space, read-only, permission): one line, the cause
     */
    public static void write(Path target, OutputStream stdout, Writer writer) throws Exception {
        if (isStdout(target)) {
            writer.write(new NonClosing(stdout));
            stdout.flush();
            return;
        }
        checkTarget(target);
        Path real = resolved(target);
        Path dir = folder(real);
        removeStaleTemps(dir);
        Path tmp = dir.resolve("." + real.getFileName() + TAG + ProcessHandle.current().pid() + ".tmp");
        // Ctrl-C or SIGTERM during a long write: the JVM's shutdown removes the temp file (after a rename, a no-op).
        tmp.toFile().deleteOnExit();
        boolean done = false;
        try {
            // A file of our naming with our PID is left by a dead process that had the same PID.
            Files.deleteIfExists(tmp);
            // No file attributes given: the temp gets 0666 & ~umask, the mode of any new file.
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                keepMode(real, tmp);
                writer.write(out);
            }
            try {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw new OutputException(target, e);
        } catch (UncheckedIOException e) {
            throw new OutputException(target, e.getCause());
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
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes a string as UTF-8; {@value #STDOUT} writes to {@code stdout}. */
    public static void writeString(Path target, OutputStream stdout, String text) throws Exception {
        write(target, stdout, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Deletes, in {@code dir}, the temporary files of {@link #write} ({@code .NAME.tiktok-claims-PID.tmp},
     * regular files) whose process no longer runs. Nothing else is touched; errors are ignored.
     */
    static void removeStaleTemps(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*" + TAG + "*.tmp")) {
            for (Path f : files) {
                Matcher m = TEMP.matcher(f.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a folder we cannot list gives its own error when the temp file is created
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file a symbolic link finally points to (the target itself when it is not a link or does not exist). */
    private static Path resolved(Path target) {
        Path abs = target.toAbsolutePath();
        if (!Files.isSymbolicLink(abs)) {
            return abs;
        }
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            return abs;
        }
    }

    private static Path folder(Path abs) {
        Path dir = abs.getParent();
        return dir == null ? abs.getRoot() : dir;
    }

    /** The replaced file's permission bits on the temp file, so that replacing a file keeps its mode. */
    private static void keepMode(Path real, Path tmp) throws IOException {
        if (!Files.isRegularFile(real)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(tmp, view.readAttributes().permissions());
        }
    }

    /** Standard output must stay open for the command's own lines. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** An output file could not be written: the file system's reason, as one line. */
    public static final class OutputException extends RuntimeException {
        /** {@code cannot write TARGET: REASON}; also used when saving a model folder. */
        public OutputException(Path target, IOException cause) {
            super("cannot write " + Html.plain(target.toString()) + ": " + reason(cause), cause);
        }

        /** The file system's reason for an I/O failure, escaped, e.g. {@code No space left on device}. */
        public static String reason(IOException e) {
            if (e instanceof java.nio.file.AccessDeniedException) {
                return "permission denied";
            }
            if (e instanceof FileSystemException f && f.getReason() != null) {
                return Html.plain(f.getReason());
            }
            String m = e.getMessage();
            return m == null ? e.getClass().getSimpleName() : Html.plain(m.replace('\n', ' '));
        }
    }
}
