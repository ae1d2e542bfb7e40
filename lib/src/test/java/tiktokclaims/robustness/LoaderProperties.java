package tiktokclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.ClaimsRowReader;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.InputException;

/**
 * The loader on random input: random valid rows (any values in range, missing fields, any quoting, column order,
 * BOM, line ends) round-trip exactly; random corruptions of a valid file are either read or refused with an
 * {@link InputException} that has a reason and a line inside the file, never another exception and never a hang,
 * and the streaming {@link ClaimsRowReader} comes to the same verdict. Each try is built from its seed, which jqwik
 * prints on failure.
 */
class LoaderProperties {

    private static final List<String> COLUMNS = ClaimsSchema.COLUMNS;
    private static final String TEXT_CHARS = "ab z,\"\n\r'\t;<>&$\\\u00e9\u2019\u4e2d\u001b";
    private static final Duration LIMIT = Duration.ofSeconds(10);

    /** One random row: the value of each column as the loader should give it (null = missing). */
    private static Object[] randomRow(Random rnd) {
        Object[] v = new Object[COLUMNS.size()];
        for (int c = 0; c < v.length; c++) {
            if (rnd.nextInt(12) == 0) {
                continue;
            }
            String name = COLUMNS.get(c);
            if (name.equals(ClaimsSchema.ROW)) {
                v[c] = rnd.nextInt(Integer.MAX_VALUE);
            } else if (name.equals(ClaimsSchema.VIDEO_ID)) {
                v[c] = 1 + (long) (rnd.nextDouble() * 999_999_999_999_999L);
            } else if (name.equals(ClaimsSchema.DURATION)) {
                v[c] = 1 + rnd.nextInt(3600);
            } else if (ClaimsSchema.COUNTS.contains(name)) {
                v[c] = (double) (rnd.nextBoolean() ? rnd.nextInt(1000) : (long) (rnd.nextDouble() * 1e11));
            } else if (name.equals(ClaimsSchema.CLAIM_STATUS)) {
                v[c] = pick(rnd, ClaimsSchema.CLAIM_LABELS);
            } else if (name.equals(ClaimsSchema.VERIFIED_STATUS)) {
                v[c] = pick(rnd, ClaimsSchema.VERIFIED_LABELS);
            } else if (name.equals(ClaimsSchema.BAN_STATUS)) {
                v[c] = pick(rnd, ClaimsSchema.BAN_LABELS);
            } else {
                StringBuilder b = new StringBuilder();
                int n = 1 + rnd.nextInt(25);
                for (int i = 0; i < n; i++) {
                    b.append(TEXT_CHARS.charAt(rnd.nextInt(TEXT_CHARS.length())));
                }
                v[c] = rnd.nextInt(20) == 0 ? "NA" : b.toString();
            }
        }
        return v;
    }

    private static String pick(Random rnd, List<String> labels) {
        return labels.get(rnd.nextInt(labels.size()));
    }

    /** The CSV text of a value: numbers in one of their accepted spellings, quoted when needed or at random. */
    private static String field(Random rnd, Object v) {
        String s;
        if (v == null) {
            return rnd.nextInt(4) == 0 ? "\"\"" : "";
        } else if (v instanceof Double d) {
            long w = d.longValue();
            s = switch (rnd.nextInt(3)) {
                case 0 -> Long.toString(w);
                case 1 -> w + ".0";
                default -> w + ".000";
            };
        } else {
            s = v.toString();
        }
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs || rnd.nextInt(8) == 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** A valid CSV of the rows, with a random column order, BOM and line end. */
    private static byte[] csv(Random rnd, List<Object[]> rows) {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            order.add(c);
        }
        if (rnd.nextBoolean()) {
            Collections.shuffle(order, rnd);
        }
        String eol = rnd.nextBoolean() ? "\r\n" : "\n";
        StringBuilder b = new StringBuilder(rnd.nextBoolean() ? "\ufeff" : "");
        b.append(String.join(",", order.stream().map(COLUMNS::get).toList())).append(eol);
        for (Object[] r : rows) {
            for (int k = 0; k < order.size(); k++) {
                b.append(k > 0 ? "," : "").append(field(rnd, r[order.get(k)]));
            }
            b.append(eol);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Object[]> rows(Random rnd, int n) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(randomRow(rnd));
        }
        return rows;
    }

    @Property(tries = 200)
    void randomValidRowsRoundTrip(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n) {
        Random rnd = new Random(seed);
        List<Object[]> rows = rows(rnd, n);
        byte[] bytes = csv(rnd, rows);
        Table t = ClaimsData.read(new ByteArrayInputStream(bytes), Path.of("random.csv")).table();
        assertEquals(n, t.rowCount());
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column<?> col = t.column(COLUMNS.get(c));
            for (int i = 0; i < n; i++) {
                Object expected = rows.get(i)[c];
                if (expected == null) {
                    assertTrue(col.isMissing(i), COLUMNS.get(c) + " row " + i);
                } else {
                    Object actual = col.get(i);
                    if (expected instanceof Double d) {
                        assertEquals(d, ((Number) actual).doubleValue(), 0.0, COLUMNS.get(c));
                    } else if (expected instanceof Number x) {
                        assertEquals(x.longValue(), ((Number) actual).longValue(), COLUMNS.get(c));
                    } else {
                        assertEquals(expected, actual, COLUMNS.get(c));
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void corruptedFilesAreReadOrRefusedWithAReasonAndALine(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 4) int corruptions) {
        Random rnd = new Random(seed);
        byte[] bytes = csv(rnd, rows(rnd, 1 + rnd.nextInt(6)));
        for (int k = 0; k < corruptions; k++) {
            bytes = corrupt(rnd, bytes);
        }
        byte[] input = bytes;
        long lines = 1;
        for (byte b : input) {
            lines += b == '\n' || b == '\r' ? 1 : 0;
        }
        long maxLine = lines;
        String loaded = assertTimeoutPreemptively(LIMIT, () -> verdict(() -> "ok " + ClaimsData.read(
                new ByteArrayInputStream(input), Path.of("c.csv")).report().rows(), maxLine));
        String streamed = assertTimeoutPreemptively(LIMIT, () -> verdict(() -> {
            try (ClaimsRowReader r = ClaimsRowReader.open(new ByteArrayInputStream(input), Path.of("c.csv"),
                    List.of())) {
                long n = 0;
                while (r.next()) {
                    n++;
                }
                return "ok " + n;
            }
        }, maxLine));
        assertEquals(loaded, streamed, "ClaimsData and ClaimsRowReader disagree");
    }

    interface Read {
        String get() throws IOException;
    }

    /** "ok ROWS", or the refusal's one line after checking it has a reason and a line within the file. */
    private static String verdict(Read read, long maxLine) throws IOException {
        try {
            return read.get();
        } catch (InputException e) {
            assertFalse(e.reason() == null || e.reason().isBlank(), "no reason");
            assertTrue(e.line() >= 1 || e.reason().startsWith("empty file"), () -> "no line: " + e.oneLine());
            assertTrue(e.line() <= maxLine, () -> "line beyond the file (" + maxLine + " lines): " + e.oneLine());
            assertFalse(e.oneLine().contains("\n"), e::oneLine);
            return e.oneLine();
        }
    }

    /** One random damage: truncate, flip a byte, drop a byte, or insert a separator, quote, line end or odd byte. */
    private static byte[] corrupt(Random rnd, byte[] b) {
        if (b.length == 0) {
            return b;
        }
        int at = rnd.nextInt(b.length);
        byte[] inserts = {',', '"', '\n', '\r', ';', 0, (byte) 0xff, (byte) 0xc3, '-', '.', 'e'};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (rnd.nextInt(5)) {
            case 0 -> out.write(b, 0, at);
            case 1 -> {
                byte[] c = b.clone();
                c[at] = (byte) rnd.nextInt(256);
                return c;
            }
            case 2 -> {
                out.write(b, 0, at);
                out.write(b, at + 1, b.length - at - 1);
            }
            case 3 -> {
                int sep = indexOfAny(b, at, rnd.nextBoolean() ? ',' : '"');
                out.write(b, 0, sep);
                out.write(b, sep, b.length - sep);
                if (sep < b.length) {
                    byte[] c = out.toByteArray();
                    byte[] d = Arrays.copyOf(c, c.length + 1);
                    System.arraycopy(c, sep, d, sep + 1, c.length - sep);
                    return d;
                }
            }
            default -> {
                out.write(b, 0, at);
                out.write(inserts[rnd.nextInt(inserts.length)]);
                out.write(b, at, b.length - at);
            }
        }
        return out.toByteArray();
    }

    /** The first position at or after {@code from} holding {@code c}, or the length. */
    private static int indexOfAny(byte[] b, int from, char c) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return b.length;
    }
}
