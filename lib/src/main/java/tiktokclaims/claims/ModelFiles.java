package tiktokclaims.claims;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import tiktokclaims.output.AtomicOutput;
import tiktokclaims.output.UsageException;
import tiktokclaims.data.InputException;
import tiktokclaims.report.Html;

/**
 * The on-disk form of a {@link ClaimsModel}: a folder with two text files (format version {@value #VERSION};
 * layout and guarantees in {@code docs/model-files.md}).
 * <ul>
 *   <li>{@code model.properties}: the envelope, UTF-8 {@code key=value} lines: {@code format} (always
 *   {@value #FORMAT}), {@code version}, {@code kind}, {@code threshold}, {@code features}, {@code text_terms},
 *   {@code seed}, and the {@code bytes} and {@code sha256} of the payload.</li>
 *   <li>{@code model.txt}: the payload, every number the model scores with, as text ({@link ModelText}).</li>
 * </ul>
 * A model is data: loading reads these two regular files (never through a link, never more than
 * {@link #MAX_PAYLOAD} bytes) and parses them with our own strict reader; nothing is deserialised, no class is
 * named by the file, no network is reached. The checksum catches accidents (a truncated copy); it is no
 * protection against someone who can edit the folder. Version-1 folders ({@code model.bin}, Java serialisation)
 * are refused with a line asking to retrain. Every problem is an {@link InputException} (one line, exit 2).
 *
 * <p>Saving writes both files into a new hidden folder beside the target and renames it into place, so a reader
 * never sees half a model; a previous model folder is replaced only when it holds nothing but model files, and
 * only those files are deleted.
 */
public final class ModelFiles {

    /** The format name in {@code model.properties}. */
    public static final String FORMAT = "tiktok-claims-model";
    /** The format version this program writes and reads. */
    public static final int VERSION = 2;
    /** The envelope file. */
    public static final String MANIFEST = "model.properties";
    /** The model itself (format version 2). */
    public static final String PAYLOAD = "model.txt";
    /** The Java-serialised model of format version 1, no longer read. */
    public static final String LEGACY_PAYLOAD = "model.bin";
    /** Largest {@code model.txt} read or written (the default model is about 0.1 to 1 MB). */
    public static final long MAX_PAYLOAD = 64L << 20;
    /** Largest {@code model.properties} read. */
    static final long MAX_MANIFEST = 64 << 10;

    /** The files a model folder written by this project (any version) holds; nothing else is ever deleted. */
    private static final Set<String> OWN_FILES = Set.of(MANIFEST, PAYLOAD, LEGACY_PAYLOAD);

    private ModelFiles() {
    }

    // ------------------------------------------------------------------------------------------------ saving

    /**
     * Checks, before any long work, that a model can be saved as folder {@code dir}: its parent folder exists and
     * is writable, and {@code dir} is absent, an empty folder, or a model folder this project wrote (holding only
     * its files). Throws {@link UsageException} or {@link InputException} (one line) otherwise.
     */
    public static void checkTarget(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new UsageException("give the model a folder name, not " + Html.plain(dir.toString()));
        }
        if (!Files.isDirectory(parent)) {
            throw new UsageException("output folder does not exist: " + Html.plain(parent.toString()));
        }
        if (!Files.isWritable(parent)) {
            throw new UsageException("output folder is not writable: " + Html.plain(parent.toString()));
        }
        if (Files.isSymbolicLink(target)) {
            throw new UsageException(Html.plain(dir.toString()) + " is a symbolic link; give the model folder itself");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(Html.plain(dir.toString()) + " exists and is not a folder");
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(target)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException e) {
            throw new InputException(dir, "cannot read the folder: " + AtomicOutput.OutputException.reason(e));
        }
        if (names.isEmpty()) {
            return;
        }
        for (String name : names.stream().sorted().toList()) {
            if (!OWN_FILES.contains(name) || !Files.isRegularFile(target.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("refusing to replace " + Html.plain(dir.toString()) + ": it holds '"
                        + Html.plain(name) + "', which a model folder does not; give a new or empty folder");
            }
        }
        if (!names.contains(MANIFEST)
                || !FORMAT.equals(readManifest(target.resolve(MANIFEST)).get("format"))) {
            throw new UsageException("refusing to replace " + Html.plain(dir.toString())
                    + ": it is a folder with other files, not a model");
        }
    }

    /**
     * Saves {@code model} as folder {@code dir} (see {@link #checkTarget}); an I/O failure (read-only folder, full
     * disk) is an {@link AtomicOutput.OutputException} naming its cause, and leaves any previous model in place.
     */
    public static void save(ClaimsModel model, Path dir) {
        checkTarget(dir);
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        byte[] payload = ModelText.write(model).getBytes(StandardCharsets.UTF_8);
        if (payload.length > MAX_PAYLOAD) {
            throw new InputException(dir, "the model is " + payload.length + " bytes, more than the "
                    + MAX_PAYLOAD + " a model file may have; train fewer or smaller trees");
        }
        // What is written must read back: the same checks as any model from elsewhere.
        ModelText.read(target.resolve(PAYLOAD), payload);
        byte[] manifest = manifest(model, payload).getBytes(StandardCharsets.UTF_8);
        String name = target.getFileName().toString();
        Path tmp = null;
        Path old = null;
        try {
            tmp = createHidden(parent, name, "new");
            copyPermissions(target, tmp);
            writeNew(tmp.resolve(PAYLOAD), payload);
            writeNew(tmp.resolve(MANIFEST), manifest);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = hiddenName(parent, name, "old");
                move(target, old);
            }
            try {
                move(tmp, target);
            } catch (IOException e) {
                if (old != null) {
                    move(old, target);
                    old = null;
                }
                throw e;
            }
            tmp = null;
        } catch (IOException e) {
            throw new AtomicOutput.OutputException(dir, e);
        } finally {
            deleteOwn(tmp);
            deleteOwn(old);
        }
    }

    private static void writeNew(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            out.write(bytes);
        }
    }

    /** A new folder beside the target; created without explicit permissions, so the umask applies. */
    private static Path createHidden(Path parent, String name, String what) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = hiddenName(parent, name, what);
            try {
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static Path hiddenName(Path parent, String name, String what) {
        return parent.resolve("." + name + "." + what + "-" + Long.toHexString(new SplittableRandom().nextLong()));
    }

    /** A replaced model folder keeps its permissions. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view != null && Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }

    /** Deletes a folder this class made: only the model files in it, then the folder if it is empty. */
    private static void deleteOwn(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            for (String f : OWN_FILES) {
                Files.deleteIfExists(dir.resolve(f));
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // Left for the user to see: something else is in it, or the disk refuses; the model itself is saved.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static String manifest(ClaimsModel model, byte[] payload) {
        StringBuilder b = new StringBuilder("# tiktok-claims claims model: the envelope of " + PAYLOAD
                + " (see docs/model-files.md); do not edit\n");
        envelope(model, payload).forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    /** The envelope's entries, in order. */
    private static Map<String, String> envelope(ClaimsModel model, byte[] payload) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", String.valueOf(VERSION));
        m.put("kind", model.kind().name());
        m.put("threshold", String.valueOf(model.threshold()));
        m.put("features", String.valueOf(model.features().size()));
        m.put("text_terms", String.valueOf(model.features().text().size()));
        m.put("seed", String.valueOf(model.seed()));
        m.put("bytes", String.valueOf(payload.length));
        m.put("sha256", sha256(payload));
        return m;
    }

    // ----------------------------------------------------------------------------------------------- loading

    /** Loads the model in folder {@code dir}; throws {@link InputException} (one line) naming the problem. */
    public static ClaimsModel load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, Files.exists(dir) ? "is a file, not a model folder"
                    : "no such model folder (train one with ./tiktok-claims claims train)");
        }
        Path manifestFile = dir.resolve(MANIFEST);
        if (!Files.exists(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(dir, "not a claims model folder (no " + MANIFEST + ")");
        }
        Map<String, String> m = readManifest(manifestFile);
        if (!FORMAT.equals(m.get("format"))) {
            throw new InputException(manifestFile, "not a claims model (format is '" + shown(m.get("format"))
                    + "', expected '" + FORMAT + "')");
        }
        String version = m.get("version");
        if ("1".equals(version)) {
            throw new InputException(manifestFile, "model format version 1 (Java serialisation) is no longer read,"
                    + " because loading it could run code named by the file; retrain with ./tiktok-claims claims"
                    + " train");
        }
        if (!String.valueOf(VERSION).equals(version)) {
            throw new InputException(manifestFile, "model format version " + shown(version)
                    + ", but this program reads version " + VERSION + " (retrain with ./tiktok-claims claims train)");
        }
        Path payloadFile = dir.resolve(PAYLOAD);
        byte[] payload = readRegularFile(payloadFile, MAX_PAYLOAD);
        if (!String.valueOf(payload.length).equals(m.get("bytes")) || !sha256(payload).equals(m.get("sha256"))) {
            throw new InputException(payloadFile, "corrupt model: its size or SHA-256 does not match " + MANIFEST);
        }
        ClaimsModel model = ModelText.read(payloadFile, payload);
        Map<String, String> expected = envelope(model, payload);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (!e.getValue().equals(m.get(e.getKey()))) {
                throw new InputException(manifestFile, "corrupt model: '" + e.getKey() + "' does not match "
                        + PAYLOAD);
            }
        }
        return model;
    }

    private static Map<String, String> readManifest(Path file) {
        byte[] bytes = readRegularFile(file, MAX_MANIFEST);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file, "not a claims model envelope (not UTF-8 text)");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n", -1)) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                m.putIfAbsent(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return m;
    }

    /**
     * The bytes of {@code file}, which must be a regular file (not a link, FIFO, device or folder: checked before
     * it is opened, and opened without following links) of at most {@code max} bytes (checked before reading, and
     * no more than {@code max + 1} bytes are ever read, in case it grows).
     */
    static byte[] readRegularFile(Path file, long max) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "missing from the model folder");
        } catch (IOException e) {
            throw new InputException(file, "cannot read the model: " + AtomicOutput.OutputException.reason(e));
        }
        if (a.isSymbolicLink()) {
            throw new InputException(file, "is a symbolic link; a model file must be a regular file");
        }
        if (!a.isRegularFile()) {
            throw new InputException(file, "is not a regular file (a FIFO, device or folder); a model file must be"
                    + " a regular file");
        }
        if (a.size() > max) {
            throw new InputException(file, "is " + a.size() + " bytes, more than the " + max
                    + " a model file may have");
        }
        try (SeekableByteChannel ch = Files.newByteChannel(file,
                Set.<java.nio.file.OpenOption>of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(max + 1, a.size() + 1));
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                if (!buf.hasRemaining() && buf.capacity() <= max) {
                    ByteBuffer bigger = ByteBuffer.allocate((int) Math.min(max + 1, (long) buf.capacity() * 2));
                    buf.flip();
                    bigger.put(buf);
                    buf = bigger;
                }
            }
            if (buf.position() > max) {
                throw new InputException(file, "is more than the " + max + " bytes a model file may have");
            }
            byte[] out = new byte[buf.position()];
            buf.flip();
            buf.get(out);
            return out;
        } catch (IOException e) {
            throw new InputException(file, "cannot read the model: " + AtomicOutput.OutputException.reason(e));
        }
    }

    /** A value from the envelope, shortened for a message. */
    private static String shown(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(40).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
