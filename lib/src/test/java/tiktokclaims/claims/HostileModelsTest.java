package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiktokclaims.data.InputException;

/**
 * Issue 12's hostile model folders, built here: each is refused with one line naming the file, without
 * deserialising anything, connecting anywhere, hanging or exhausting memory. (A hang would fail by the
 * preemptive time-out, which is a guard against hanging, not a speed requirement.)
 */
class HostileModelsTest {

    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void everyPayloadIsRefusedAsVersion1AndAsVersion2WithoutAConnection(@TempDir Path dir) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Map<String, byte[]> payloads = HostileModels.payloads(listener.getLocalPort());
            assertEquals(5, payloads.size());
            for (Map.Entry<String, byte[]> e : payloads.entrySet()) {
                Path v1 = HostileModels.version1(dir.resolve("v1-" + e.getKey()), e.getValue());
                InputException one = refused(v1);
                assertEquals(v1.resolve(ModelFiles.MANIFEST) + ": model format version 1 (Java serialisation) is no"
                        + " longer read, because loading it could run code named by the file; retrain with"
                        + " ./tiktok-claims claims train", one.oneLine(), e.getKey());
                Path v2 = HostileModels.version2(dir.resolve("v2-" + e.getKey()), e.getValue());
                InputException two = refused(v2);
                assertEquals(v2.resolve(ModelFiles.PAYLOAD) + ":1: not a valid model: not a claims model file",
                        two.oneLine(), e.getKey());
            }
            listener.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, listener::accept, "the RMI payload connected");
        }
    }

    @Test
    void theRmiPayloadReallyPointsAtTheListener() throws Exception {
        // The payload is no dud: its stream names the listener's port right after the host.
        byte[] b = HostileModels.rmiProxy(54321);
        String text = new String(b, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("java.rmi.server.RemoteObjectInvocationHandler"), "handler class");
        assertTrue(text.contains("127.0.0.1\u0000\u0000\u00d4\u0031"), "host and port 54321");
    }

    @Test
    void version1FolderIsRefusedWithoutOpeningModelBin(@TempDir Path dir) throws Exception {
        // model.bin is a FIFO with no writer: opening it would block, so a refusal proves it was never opened.
        Path v1 = HostileModels.version1(dir.resolve("m"), new byte[] {1});
        Files.delete(v1.resolve(ModelFiles.LEGACY_PAYLOAD));
        mkfifo(v1.resolve(ModelFiles.LEGACY_PAYLOAD));
        assertTrue(refused(v1).oneLine().contains("version 1"));
    }

    @Test
    void version1ModelBinLinkedToDevZeroIsRefused(@TempDir Path dir) throws Exception {
        Path v1 = HostileModels.version1(dir.resolve("m"), new byte[] {1});
        Files.delete(v1.resolve(ModelFiles.LEGACY_PAYLOAD));
        Files.createSymbolicLink(v1.resolve(ModelFiles.LEGACY_PAYLOAD), Path.of("/dev/zero"));
        assertTrue(refused(v1).oneLine().contains("version 1"));
    }

    @Test
    void modelFilesThatAreLinksFifosOrDevicesAreRefusedBeforeOpening(@TempDir Path dir) throws Exception {
        for (String file : List.of(ModelFiles.PAYLOAD, ModelFiles.MANIFEST)) {
            Path zero = HostileModels.version2(dir.resolve("zero-" + file), new byte[] {1});
            Files.delete(zero.resolve(file));
            Files.createSymbolicLink(zero.resolve(file), Path.of("/dev/zero"));
            assertEquals(zero.resolve(file) + ": is a symbolic link; a model file must be a regular file",
                    refused(zero).oneLine());

            Path fifo = HostileModels.version2(dir.resolve("fifo-" + file), new byte[] {1});
            Files.delete(fifo.resolve(file));
            mkfifo(fifo.resolve(file));
            assertEquals(fifo.resolve(file) + ": is not a regular file (a FIFO, device or folder); a model file must"
                    + " be a regular file", refused(fifo).oneLine());

            Path folder = HostileModels.version2(dir.resolve("dir-" + file), new byte[] {1});
            Files.delete(folder.resolve(file));
            Files.createDirectory(folder.resolve(file));
            assertTrue(refused(folder).oneLine().contains("is not a regular file"));
        }
    }

    @Test
    void oversizedFilesAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path m = HostileModels.version2(dir.resolve("m"), new byte[] {1});
        try (var f = new java.io.RandomAccessFile(m.resolve(ModelFiles.PAYLOAD).toFile(), "rw")) {
            f.setLength(ModelFiles.MAX_PAYLOAD + 1); // sparse: no disk used
        }
        assertTrue(refused(m).oneLine().contains("more than the " + ModelFiles.MAX_PAYLOAD + " a model file may"));
        try (var f = new java.io.RandomAccessFile(m.resolve(ModelFiles.MANIFEST).toFile(), "rw")) {
            f.setLength(1L << 40);
        }
        assertTrue(refused(m).oneLine().startsWith(m.resolve(ModelFiles.MANIFEST) + ": is "));
    }

    @Test
    void countsLargerThanTheFileAreRefusedBeforeAllocating(@TempDir Path dir) throws Exception {
        String head = "tiktok-claims-model 2\nkind RANDOM_FOREST\nthreshold 0.5\nrule r\nseed 1\ntext 1 2 5 100 TFIDF\n"
                + "medians 1.0 1.0 1.0 1.0 1.0 1.0\n";
        String[] bodies = {
            "terms 100\n",
            "terms 0\nfeatures 11\n" + "importance 1.0\n".repeat(11) + "trees 2147483647\n",
            "terms 0\nfeatures 11\n" + "importance 1.0\n".repeat(11) + "trees 1\ntree 2147483647\nleaf 0.5\n",
            "terms 0\nfeatures 2147483647\n",
        };
        for (int i = 0; i < bodies.length; i++) {
            Path m = HostileModels.version2(dir.resolve("m" + i), (head + bodies[i]).getBytes(StandardCharsets.UTF_8));
            String line = refused(m).oneLine();
            assertTrue(line.contains("not a valid model"), line);
        }
    }

    @Test
    void malformedTreesAreRefusedWithTheirLine(@TempDir Path dir) throws Exception {
        String head = "tiktok-claims-model 2\nkind RANDOM_FOREST\nthreshold 0.5\nrule r\nseed 1\ntext 1 2 5 100 TFIDF\n"
                + "medians 1.0 1.0 1.0 1.0 1.0 1.0\nterms 0\nfeatures 11\n" + "importance 1.0\n".repeat(11);
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("trees 1\ntree 2\nleaf 0.5\nleaf 0.5\nend\n", "the tree is complete before its 2 nodes");
        cases.put("trees 1\ntree 2\nsplit 0 1.0\nleaf 0.5\nend\n", "the tree has branches without nodes");
        cases.put("trees 1\ntree 3\nsplit 11 1.0\nleaf 0.5\nleaf 0.5\nend\n", "from 0 to 10");
        cases.put("trees 1\ntree 3\nsplit 0 NaN\nleaf 0.5\nleaf 0.5\nend\n", "not a number");
        cases.put("trees 1\ntree 3\nsplit 0 0x1p3\nleaf 0.5\nleaf 0.5\nend\n", "not a number");
        cases.put("trees 1\ntree 1\nleaf -1.0\nend\n", "number out of range: '-1.0'");
        cases.put("trees 1\ntree 1\nleaf 1.5\nend\n", "number out of range: '1.5'");
        cases.put("trees 1\ntree 1 1.0\nleaf 0.5\nend\n", "expected 'tree' and 1 value");
        cases.put("trees 1\ntree 1\nleaf 1 1\nend\n", "expected 'leaf' and 1 value");
        cases.put("trees 1\ntree 1\nleaf 0.5\nend\ntrailing\n", "text after 'end'");
        StringBuilder deep = new StringBuilder("trees 1\ntree " + (2 * 300 + 1) + "\n");
        deep.append("split 0 1.0\n".repeat(300)).append("leaf 0.5\n".repeat(301)).append("end\n");
        cases.put(deep.toString(), "tree deeper than " + ModelText.MAX_DEPTH + " levels");
        int i = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path m = HostileModels.version2(dir.resolve("t" + i++), (head + c.getKey())
                    .getBytes(StandardCharsets.UTF_8));
            String line = refused(m).oneLine();
            assertTrue(line.contains(c.getValue()), c.getValue() + " <- " + line);
        }
    }

    @Test
    void theLibNeverDeserialises() throws IOException {
        // Model folders are data: no class of the lib reads Java serialisation (the root of the RMI, URL,
        // nested-set, array and BigMatrix findings).
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains("ObjectInputStream") || text.contains("readObject("), f.toString());
            }
        }
    }

    private static InputException refused(Path folder) {
        InputException e = assertTimeoutPreemptively(HANG, () -> assertThrows(InputException.class,
                () -> ClaimsModel.load(folder)));
        assertFalse(e.oneLine().contains("\n"), e.oneLine());
        return e;
    }

    private static void mkfifo(Path p) throws Exception {
        Process proc = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, proc.waitFor());
    }
}
