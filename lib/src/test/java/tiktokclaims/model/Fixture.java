package tiktokclaims.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tiktokclaims.TestData;

/**
 * Reads the JSON fixtures written by scripts/fixtures/model.py, and the CLI's JSON output (a minimal parser:
 * objects, arrays, numbers, strings, booleans, null).
 */
public final class Fixture {

    private final Object root;

    private Fixture(Object root) {
        this.root = root;
    }

    public static Fixture load(String name) {
        try {
            String text = Files.readString(TestData.resource("fixtures/model/" + name), StandardCharsets.UTF_8);
            return new Fixture(new Parser(text).value());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses JSON text. */
    public static Fixture parse(String json) {
        return new Fixture(new Parser(json).value());
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

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String k = string();
                    skip();
                    i++;
                    m.put(k, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            i++;
            return b.toString();
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
