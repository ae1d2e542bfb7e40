package tiktokclaims.eda;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tiktokclaims.TestData;

/** Reads the pandas fixtures of scripts/fixtures/eda.py (plain CSV, no quoted fields). */
public final class Fixtures {

    private Fixtures() {
    }

    /** The rows of {@code fixtures/eda/NAME} as header-keyed maps. */
    public static List<Map<String, String>> rows(String name) {
        try {
            List<String> lines = Files.readAllLines(path(name));
            String[] header = lines.get(0).split(",", -1);
            List<Map<String, String>> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], f[i]);
                }
                out.add(row);
            }
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path path(String name) {
        return TestData.resource("fixtures/eda/" + name);
    }

    /** Asserts {@code actual} equals {@code expected} to 1e-9 relative (plus 1e-12 absolute for values near zero), or both NaN. */
    public static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected) && Double.isNaN(actual)) {
            return;
        }
        double tol = 1e-9 * Math.abs(expected) + 1e-12;
        if (!(Math.abs(expected - actual) <= tol)) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual);
        }
    }
}
