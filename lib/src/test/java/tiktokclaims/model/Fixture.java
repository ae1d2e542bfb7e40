package tiktokclaims.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import tiktokclaims.TestData;

/**
 * Reads the JSON fixtures written by scripts/fixtures/model.py, and the CLI's JSON output (read with
 * Jackson's untyped tree: maps, lists, numbers, strings, booleans, null).
 */
public final class Fixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Object root;

    private Fixture(Object root) {
        this.root = root;
    }

    public static Fixture load(String name) {
        try {
            String text = Files.readString(TestData.resource("fixtures/model/" + name), StandardCharsets.UTF_8);
            return read(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses JSON text. */
    public static Fixture parse(String json) {
        return read(json);
    }

    /** The value at a path of object keys. */
    public Object get(String... path) {
        Object o = root;
        for (String k : path) {
            o = ((Map<?, ?>) o).get(k);
            if (o == null) {
                throw new IllegalArgumentException("fixture has no " + String.join(".", path));
            }
        }
        return o;
    }

    public double number(String... path) {
        return ((Number) get(path)).doubleValue();
    }

    public double[] numbers(String... path) {
        List<?> l = (List<?>) get(path);
        double[] v = new double[l.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ((Number) l.get(i)).doubleValue();
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String... path) {
        return (List<String>) get(path);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> objects(String... path) {
        return (List<Map<String, Object>>) get(path);
    }

    private static Fixture read(String json) {
        try {
            return new Fixture(JSON.readValue(json, Object.class));
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }
}
