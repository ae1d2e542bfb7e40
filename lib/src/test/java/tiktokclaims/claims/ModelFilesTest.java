package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiktokclaims.output.UsageException;
import tiktokclaims.data.InputException;

class ModelFilesTest {

    private static ClaimsModel forest;
    private static ClaimsModel boosted;
    private static ClaimsModel logistic;

    @BeforeAll
    static void train() {
        TrainingResult r = ClaimsTraining.train(Small.records(), Small.options(11));
        ClaimFeatures f = r.model().features();
        List<ClaimRecord> train = ClaimsTraining.pick(r.labelled(), r.splits().train());
        double[][] x = f.matrix(train);
        int[] y = ClaimsTraining.labels(train);
        forest = new ClaimsModel(f, ClaimClassifier.fit(ModelKind.RANDOM_FOREST, x, y, Small.SETTINGS, 5), 0.5,
                "test", 11);
        boosted = new ClaimsModel(f, ClaimClassifier.fit(ModelKind.GRADIENT_BOOSTING, x, y, Small.SETTINGS, 5),
                0.5, "test", 11);
        logistic = new ClaimsModel(f, ClaimClassifier.fit(ModelKind.LOGISTIC_REGRESSION, x, y, Small.SETTINGS, 5),
                0.5, "test", 11);
    }

    @Test
    void everyKindRoundTripsWithTheSameScores(@TempDir Path dir) throws IOException {
        for (ClaimsModel m : List.of(forest, boosted, logistic)) {
            Path folder = dir.resolve(m.kind().name());
            m.save(folder);
            ClaimsModel back = ClaimsModel.load(folder);
            assertEquals(m.kind(), back.kind());
            assertEquals(m.threshold(), back.threshold());
            assertEquals(m.features().names(), back.features().names());
            assertArrayEquals(m.probabilities(Small.records()), back.probabilities(Small.records()), 0.0,
                    m.kind().label());
        }
    }

    @Test
    void envelopeNamesFormatVersionAndChecksum(@TempDir Path dir) throws IOException {
        logistic.save(dir.resolve("m"));
        String manifest = Files.readString(dir.resolve("m").resolve(ModelFiles.MANIFEST));
        assertTrue(manifest.contains("\nformat=tiktok-claims-model\n"), manifest);
        assertTrue(manifest.contains("\nversion=2\n"), manifest);
        assertTrue(manifest.contains("\nkind=LOGISTIC_REGRESSION\n"), manifest);
        assertTrue(manifest.matches("(?s).*\nsha256=[0-9a-f]{64}\n.*"), manifest);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("m")), files.toList(), "no temporary folder left behind");
        }
    }

    @Test
    void savingAgainReplacesTheModelAsAWhole(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("m");
        forest.save(folder);
        logistic.save(folder);
        assertEquals(ModelKind.LOGISTIC_REGRESSION, ClaimsModel.load(folder).kind());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary or old folder left behind");
        }
    }

    @Test
    void refusesToReplaceAFolderThatIsNotAModel(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        UsageException e = assertThrows(UsageException.class, () -> logistic.save(dir));
        assertEquals("refusing to replace " + dir + ": it holds 'notes.txt', which a model folder does not; give a"
                + " new or empty folder", e.getMessage());
        assertTrue(Files.exists(dir.resolve("notes.txt")));
    }

    @Test
    void aModelFolderWithOtherFilesInItIsNotReplaced(@TempDir Path dir) throws IOException {
        // Issue 12: a folder holding model.properties used to be emptied whole, the user's files with it.
        Path folder = dir.resolve("m");
        forest.save(folder);
        Files.writeString(folder.resolve("notes.txt"), "keep me");
        Files.createDirectory(folder.resolve("plots"));
        assertThrows(UsageException.class, () -> logistic.save(folder));
        assertEquals("keep me", Files.readString(folder.resolve("notes.txt")));
        assertTrue(Files.isDirectory(folder.resolve("plots")));
        assertEquals(ModelKind.RANDOM_FOREST, ClaimsModel.load(folder).kind());
    }

    @Test
    void aFolderWithOnlyAForeignModelPropertiesIsNotReplaced(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("m");
        Files.createDirectory(folder);
        Files.writeString(folder.resolve(ModelFiles.MANIFEST), "someone=else\n");
        assertThrows(UsageException.class, () -> logistic.save(folder));
        assertEquals("someone=else\n", Files.readString(folder.resolve(ModelFiles.MANIFEST)));
    }

    @Test
    void aVersion1FolderIsReplacedAndOnlyItsOwnFilesGo(@TempDir Path dir) throws Exception {
        Path folder = HostileModels.version1(dir.resolve("m"), new byte[] {1, 2, 3});
        logistic.save(folder);
        try (var files = Files.list(folder)) {
            assertEquals(List.of(ModelFiles.MANIFEST, ModelFiles.PAYLOAD),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(ModelKind.LOGISTIC_REGRESSION, ClaimsModel.load(folder).kind());
    }

    @Test
    void linksAndFilesAsTheTargetAreRefused(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertThrows(UsageException.class, () -> logistic.save(link));
        assertTrue(Files.isSymbolicLink(link));
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThrows(UsageException.class, () -> logistic.save(file));
        assertEquals("x", Files.readString(file));
        assertThrows(UsageException.class, () -> ModelFiles.checkTarget(dir.resolve("no/such/m")));
    }

    @Test
    void aReplacedModelFolderKeepsItsPermissions(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("m");
        logistic.save(folder);
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        forest.save(folder);
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder)));
    }

    @Test
    void corruptPayloadIsNamed(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("m");
        logistic.save(folder);
        Path bin = folder.resolve(ModelFiles.PAYLOAD);
        byte[] bytes = Files.readAllBytes(bin);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(bin, bytes);
        InputException e = assertThrows(InputException.class, () -> ClaimsModel.load(folder));
        assertEquals(bin + ": corrupt model: its size or SHA-256 does not match model.properties", e.oneLine());
    }

    @Test
    void truncatedPayloadIsNamed(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("m");
        logistic.save(folder);
        Path bin = folder.resolve(ModelFiles.PAYLOAD);
        Files.write(bin, new byte[] {1, 2, 3});
        InputException e = assertThrows(InputException.class, () -> ClaimsModel.load(folder));
        assertTrue(e.oneLine().contains("corrupt model"), e.oneLine());
    }

    @Test
    void payloadThatMatchesItsChecksumButIsNotAModelIsRefused(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("m");
        logistic.save(folder);
        byte[] junk = "not serialised".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(ModelFiles.PAYLOAD), junk);
        Path manifest = folder.resolve(ModelFiles.MANIFEST);
        String text = Files.readString(manifest)
                .replaceAll("bytes=\\d+", "bytes=" + junk.length)
                .replaceAll("sha256=[0-9a-f]+", "sha256=" + sha256(junk));
        Files.writeString(manifest, text);
        InputException e = assertThrows(InputException.class, () -> ClaimsModel.load(folder));
        assertEquals(folder.resolve(ModelFiles.PAYLOAD) + ":1: not a valid model: not a claims model file",
                e.oneLine());
    }

    @Test
    void otherFormatVersionIsNamed(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("m");
        logistic.save(folder);
        Path manifest = folder.resolve(ModelFiles.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\nversion=2\n", "\nversion=3\n"));
        InputException e = assertThrows(InputException.class, () -> ClaimsModel.load(folder));
        assertEquals(manifest + ": model format version 3, but this program reads version 2 (retrain with "
                + "./tiktok-claims claims train)", e.oneLine());
    }

    @Test
    void missingOrForeignFoldersAreNamed(@TempDir Path dir) throws IOException {
        InputException missing = assertThrows(InputException.class, () -> ClaimsModel.load(dir.resolve("nope")));
        assertTrue(missing.oneLine().contains("no such model folder"), missing.oneLine());
        InputException empty = assertThrows(InputException.class, () -> ClaimsModel.load(dir));
        assertTrue(empty.oneLine().contains("not a claims model folder"), empty.oneLine());
        Files.writeString(dir.resolve(ModelFiles.MANIFEST), "format=something-else\nversion=1\n");
        InputException foreign = assertThrows(InputException.class, () -> ClaimsModel.load(dir));
        assertTrue(foreign.oneLine().contains("not a claims model (format is 'something-else'"), foreign.oneLine());
        assertFalse(foreign.oneLine().contains("\n"));
    }

    private static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
