package tiktokclaims.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tiktokclaims.TestData;

/** One case written by scripts/fixtures/evaluate.py: lines of {@code key value value ...}. */
final class Fixture {

    static final double TOL = 1e-12;

    final String name;
    private final Map<String, String[]> values = new LinkedHashMap<>();

    private Fixture(Path file) {
        name = file.getFileName().toString().replace(".txt", "");
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split(" ");
                values.put(parts[0], Arrays.copyOfRange(parts, 1, parts.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every case in the fixture directory, sorted by name. */
    static Stream<Fixture> all() {
        Path dir = TestData.resource("fixtures/evaluate");
        try (Stream<Path> files = Files.list(dir)) {
            List<Fixture> list = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Fixture::new).toList();
            assertTrue(list.size() >= 8, "expected the evaluate fixtures, found " + list.size());
            return list.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    double[] doubles(String key) {
        String[] v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException(name + ": no key " + key);
        }
        return Arrays.stream(v).mapToDouble(Double::parseDouble).toArray();
    }

    double scalar(String key) {
        double[] v = doubles(key);
        assertEquals(1, v.length, key);
        return v[0];
    }

    int[] ints(String key) {
        return Arrays.stream(doubles(key)).mapToInt(d -> (int) d).toArray();
    }

    @Override
    public String toString() {
        return name;
    }

    /** Element-wise equality within {@link #TOL}; NaN matches NaN and infinities match exactly. */
    static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], what + "[" + i + "]");
        }
    }

    static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, what);
        } else {
            assertEquals(expected, actual, TOL, what);
        }
    }
}
