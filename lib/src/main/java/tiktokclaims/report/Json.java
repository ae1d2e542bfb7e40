package tiktokclaims.report;

import java.util.Collection;
import java.util.Map;

/**
 * A minimal, deterministic JSON writer for our results: maps keep their insertion order (use LinkedHashMap),
 * doubles print in Java's shortest round-trip form, NaN and infinities become {@code null}. The same input gives
 * byte-identical output.
 *
 * <p>Written by hand: no JSON library on the runtime classpath (Jackson is test-only), and outputs must be
 * byte-identical run to run.
 */
public final class Json {

    private Json() {
    }

    /** Pretty-printed JSON with two-space indents and a trailing newline. */
    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, 0);
        return b.append('\n').toString();
    }

    private static void write(StringBuilder b, Object v, int indent) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                b.append("null");
            } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                b.append((long) d).append(".0");
            } else {
                b.append(Double.toString(d));
            }
        } else if (v instanceof Number) {
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                pad(b, indent + 1);
                string(b, String.valueOf(e.getKey()));
                b.append(": ");
                write(b, e.getValue(), indent + 1);
                b.append(++i < m.size() ? ",\n" : "\n");
            }
            pad(b, indent);
            b.append('}');
        } else if (v instanceof Collection<?> c) {
            writeArray(b, c.toArray(), indent);
        } else if (v instanceof double[] a) {
            Object[] boxed = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                boxed[i] = a[i];
            }
            writeArray(b, boxed, indent);
        } else if (v instanceof int[] a) {
            Object[] boxed = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                boxed[i] = a[i];
            }
            writeArray(b, boxed, indent);
        } else if (v instanceof long[] a) {
            Object[] boxed = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                boxed[i] = a[i];
            }
            writeArray(b, boxed, indent);
        } else if (v instanceof Object[] a) {
            writeArray(b, a, indent);
        } else {
            string(b, v.toString());
        }
    }

    private static void writeArray(StringBuilder b, Object[] a, int indent) {
        boolean flat = true;
        for (Object o : a) {
            if (o instanceof Map || o instanceof Collection || (o != null && o.getClass().isArray())) {
                flat = false;
                break;
            }
        }
        if (flat) {
            b.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                write(b, a[i], indent);
            }
            b.append(']');
            return;
        }
        b.append("[\n");
        for (int i = 0; i < a.length; i++) {
            pad(b, indent + 1);
            write(b, a[i], indent + 1);
            b.append(i + 1 < a.length ? ",\n" : "\n");
        }
        pad(b, indent);
        b.append(']');
    }

    private static void pad(StringBuilder b, int indent) {
        b.append("  ".repeat(indent));
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '<' || c == '>' || c == '&') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
