package tiktokclaims.claims;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import tiktokclaims.cli.UsageException;
import tiktokclaims.data.InputException;

/**
 * The on-disk form of a {@link ClaimsModel}: a folder with two files.
 * <ul>
 *   <li>{@code model.properties}: a versioned envelope, UTF-8 {@code key=value} lines: {@code format} (always
 *   {@value #FORMAT}), {@code version} ({@value #VERSION}), {@code kind}, {@code threshold}, {@code features},
 *   {@code text_terms}, {@code seed}, {@code bytes} and {@code sha256} of {@code model.bin}.</li>
 *   <li>{@code model.bin}: the model (features with vocabulary and medians, classifier, threshold) in Java
 *   serialization.</li>
 * </ul>
 * Saving writes both files into a new temporary folder beside the target and renames it into place (a previous
 * model in the target folder is replaced as a whole), so a reader never sees half a model. Loading checks the
 * format name, the version, the size and the SHA-256 before deserialising, and deserialises only classes of this
 * project, Smile and the JDK; every problem is an {@link InputException} (one line, exit status 2 in the CLI).
 */
public final class ModelFiles {

    /** The format name in {@code model.properties}. */
    public static final String FORMAT = "tiktok-claims-model";
    /** The format version this program writes and reads; bump it when the serialised classes change. */
    public static final int VERSION = 2;
    /** The envelope file. */
    public static final String MANIFEST = "model.properties";
    /** The serialised model. */
    public static final String PAYLOAD = "model.bin";

    private static final ObjectInputFilter FILTER =
            ObjectInputFilter.Config.createFilter("maxdepth=200;tiktokclaims.**;smile.**;java.**;!*");

    private ModelFiles() {
    }

    /** Saves {@code model} as folder {@code dir}; the parent folder must exist. */
    public static void save(ClaimsModel model, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("output folder does not exist: " + parent);
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UsageException(dir + " exists and is not a folder");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MANIFEST)) && !isEmpty(target)) {
            throw new UsageException("refusing to replace " + dir + ": it is a folder with other files, not a model");
        }
        byte[] payload = serialise(model);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        boolean done = false;
        try {
            Files.write(tmp.resolve(PAYLOAD), payload);
            Files.writeString(tmp.resolve(MANIFEST), manifest(model, payload), StandardCharsets.UTF_8);
            Path old = null;
            if (Files.exists(target)) {
                old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
                Files.delete(old);
                move(target, old);
            }
            move(tmp, target);
            done = true;
            if (old != null) {
                deleteTree(old);
            }
        } finally {
            if (!done) {
                deleteTree(tmp);
            }
        }
    }

    /** Loads the model in folder {@code dir}; throws {@link InputException} naming the problem. */
    public static ClaimsModel load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, Files.exists(dir) ? "is a file, not a model folder"
                    : "no such model folder (train one with ./tiktok-claims claims train)");
        }
        Path manifestFile = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new InputException(dir, "not a claims model folder (no " + MANIFEST + ")");
        }
        Map<String, String> m = readManifest(manifestFile);
        if (!FORMAT.equals(m.get("format"))) {
            throw new InputException(manifestFile, "not a claims model (format is '" + m.get("format")
                    + "', expected '" + FORMAT + "')");
        }
        if (!String.valueOf(VERSION).equals(m.get("version"))) {
            throw new InputException(manifestFile, "model format version " + m.get("version")
                    + ", but this program reads version " + VERSION + " (retrain with ./tiktok-claims claims train)");
        }
        Path payloadFile = dir.resolve(PAYLOAD);
        byte[] payload;
        try {
            payload = Files.readAllBytes(payloadFile);
        } catch (IOException e) {
            throw new InputException(payloadFile, "cannot read the model: " + e.getMessage());
        }
        if (!String.valueOf(payload.length).equals(m.get("bytes")) || !sha256(payload).equals(m.get("sha256"))) {
            throw new InputException(payloadFile, "corrupt model: its size or SHA-256 does not match " + MANIFEST);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            in.setObjectInputFilter(FILTER);
            Object o = in.readObject();
            if (!(o instanceof ClaimsModel model)) {
                throw new InputException(payloadFile, "corrupt model: it holds a " + o.getClass().getName());
            }
            return model;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(payloadFile, "cannot read the model (" + e.getClass().getSimpleName()
                    + "): written by an incompatible version? Retrain with ./tiktok-claims claims train");
        }
    }

    private static byte[] serialise(ClaimsModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        return bytes.toByteArray();
    }

    private static String manifest(ClaimsModel model, byte[] payload) {
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
        StringBuilder b = new StringBuilder("# tiktok-claims claims model: envelope of model.bin; do not edit\n");
        m.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    private static Map<String, String> readManifest(Path file) {
        Map<String, String> m = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    m.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file, "not a claims model envelope (unreadable or not UTF-8 text)");
        }
        return m;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
