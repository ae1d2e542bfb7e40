package tiktokclaims.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A small, fast RFC 4180 record reader over UTF-8 bytes: comma separator, optional BOM, LF or CRLF line ends,
 * quoted fields with commas, doubled quotes and embedded newlines. It streams (a 64 KiB buffer), keeps the bytes of
 * the current record only, and tracks the physical line on which every field starts, so errors name the line.
 * Blank lines are skipped. Bytes are checked as UTF-8 only when asked ({@link #checkUtf8}, {@link #string}).
 *
 * <p>Written by hand: Tablesaw reads a whole file into memory, guesses types and names no line; this streams in
 * bounded memory and names the file, line and column of a bad field.
 */
final class CsvRecords implements Closeable {

    /** Byte kinds for {@link #copyUntil}: an ordinary byte is 0. */
    private static final byte STOP = 1;
    private static final byte NUL = 2;
    private static final byte LINE = 3;
    /** Outside quotes: a comma or line end ends the field. */
    private static final byte[] UNQUOTED = new byte[256];
    /** Inside quotes: a quote ends the run; a line feed is a line of the file. */
    private static final byte[] IN_QUOTES = new byte[256];

    static {
        UNQUOTED[','] = STOP;
        UNQUOTED['\n'] = STOP;
        UNQUOTED['\r'] = STOP;
        UNQUOTED[0] = NUL;
        IN_QUOTES['"'] = STOP;
        IN_QUOTES['\n'] = LINE;
        IN_QUOTES[0] = NUL;
    }

    private final InputStream in;
    private final Path file;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private boolean started;
    /** Byte offset in the file of {@code buf[0]}. */
    private long bufStart;

    private byte[] bytes = new byte[4096];
    private int len;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private long[] lines = new long[16];
    private boolean[] high = new boolean[16];
    private int count;
    /** Whether the record is a single quoted empty field ({@code ""}), which is a row, not a blank line. */
    private boolean quotedEmpty;
    private long line = 1;
    private java.util.List<String> names;

    CsvRecords(InputStream in, Path file) {
        this.in = in;
        this.file = file;
    }

    /**
     * Reads records from the middle of a file: {@code in} starts at byte {@code offset}, which is the start of a
     * record on physical line {@code line}; no byte-order mark is skipped there.
     */
    CsvRecords(InputStream in, Path file, long offset, long line) {
        this(in, file);
        this.started = true;
        this.bufStart = offset;
        this.line = line;
    }

    /** Reads the next non-blank record; false at the end of the input. */
    boolean next() throws IOException {
        if (!started) {
            started = true;
            skipBom();
        }
        while (true) {
            if (peek() < 0) {
                return false;
            }
            readRecord();
            if (count == 1 && ends[0] == starts[0] && !quotedEmpty) {
                continue;
            }
            return true;
        }
    }

    private void readRecord() throws IOException {
        count = 0;
        len = 0;
        quotedEmpty = false;
        while (true) {
            if (count == starts.length) {
                grow();
            }
            starts[count] = len;
            lines[count] = line;
            int hi;
            int b;
            if (peek() == '"') {
                pos++;
                hi = quoted();
                b = read();
                if (b != ',' && b != '\n' && b != '\r' && b >= 0) {
                    // Named where the quote opened: a quote that closes lines later is most likely unclosed.
                    throw new InputException(file, lines[count], name(count), "unexpected character '"
                            + Suggest.clip(String.valueOf((char) b), 1) + "' after a closing quote"
                            + (line > lines[count] ? " on line " + line + ": the quoted field that opens here"
                                    + " runs over " + (line - lines[count]) + " line break(s) (an unclosed quote?)"
                                    : " (quotes inside a quoted field must be doubled)"));
                }
                quotedEmpty = count == 0 && len == starts[0];
            } else {
                hi = copyUntil(UNQUOTED);
                b = read();
            }
            ends[count] = len;
            high[count] = (hi & 0x80) != 0;
            count++;
            if (b == ',') {
                continue;
            }
            if (b == '\r') {
                if (peek() == '\n') {
                    read();
                }
                line++;
            } else if (b == '\n') {
                line++;
            }
            return;
        }
    }

    /**
     * Copies a quoted field (after its opening quote) up to and including its closing quote, which is consumed;
     * doubled quotes become one. Returns the OR of its bytes.
     */
    private int quoted() throws IOException {
        int hi = 0;
        while (true) {
            hi |= copyUntil(IN_QUOTES);
            if (pos == lim) {
                throw new InputException(file, lines[count], name(count),
                        "unterminated quote: the quoted field that starts on this line never closes");
            }
            pos++;
            if (peek() != '"') {
                return hi;
            }
            pos++;
            append('"');
        }
    }

    /**
     * Copies input bytes to the record, scanning the buffer in runs and refilling it, up to (not including) the
     * next byte that {@code kinds} marks {@link #STOP}, or to the end of the input ({@code pos == lim} then). A NUL
     * byte is an error; a {@link #LINE} byte counts a line. Returns the OR of the bytes copied.
     */
    private int copyUntil(byte[] kinds) throws IOException {
        int hi = 0;
        while (true) {
            int p = pos;
            int l = lim;
            byte[] in = buf;
            while (p < l) {
                int u = in[p] & 0xff;
                byte kind = kinds[u];
                if (kind != 0) {
                    if (kind == STOP) {
                        break;
                    }
                    if (kind == NUL) {
                        throw binary();
                    }
                    line++;
                }
                hi |= u;
                p++;
            }
            appendRun(p);
            if (p < l || !fill()) {
                return hi;
            }
        }
    }

    /** Appends the input bytes from {@code pos} to {@code end} to the record and moves {@code pos} there. */
    private void appendRun(int end) {
        int n = end - pos;
        if (len + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, len + n));
        }
        System.arraycopy(buf, pos, bytes, len, n);
        len += n;
        pos = end;
    }

    private InputException binary() {
        return new InputException(file, line, null, "NUL byte: this is a binary file, not a CSV text file");
    }

    private void append(int b) {
        if (len == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[len++] = (byte) b;
    }

    private void grow() {
        int n = starts.length * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        lines = Arrays.copyOf(lines, n);
        high = Arrays.copyOf(high, n);
    }

    private void skipBom() throws IOException {
        if (peek() == 0xEF) {
            fill();
            if (lim - pos >= 3 && (buf[pos + 1] & 0xff) == 0xBB && (buf[pos + 2] & 0xff) == 0xBF) {
                pos += 3;
            }
        }
    }

    private int read() throws IOException {
        if (pos < lim) {
            return buf[pos++] & 0xff;
        }
        return fill() ? buf[pos++] & 0xff : -1;
    }

    private int peek() throws IOException {
        if (pos < lim) {
            return buf[pos] & 0xff;
        }
        return fill() ? buf[pos] & 0xff : -1;
    }

    /** Makes at least 3 bytes available when the input has them (for the BOM check); false at the end. */
    private boolean fill() throws IOException {
        if (eof) {
            return pos < lim;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            bufStart += pos;
            pos = 0;
        }
        while (lim < 3 && !eof) {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
            } else {
                lim += n;
            }
        }
        if (!eof && lim < buf.length) {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
            } else {
                lim += n;
            }
        }
        return pos < lim;
    }

    /** The header's names, for messages about a field ({@link #name}); set once the header is read. */
    void names(java.util.List<String> headerNames) {
        this.names = headerNames;
    }

    /** The header name of field {@code i}, or null (no header yet, or more fields than names). */
    private String name(int i) {
        return names != null && i < names.size() ? names.get(i) : null;
    }

    /** The byte offset in the file of the next byte to read: after {@link #next}, where the next line starts. */
    long offset() {
        return bufStart + pos;
    }

    /** The physical line (1-based) on which the next record would start. */
    long nextLine() {
        return line;
    }

    /** Fields in the current record. */
    int count() {
        return count;
    }

    /** The physical line (1-based) on which the current record starts. */
    long recordLine() {
        return lines[0];
    }

    /** The physical line on which field {@code i} starts. */
    long line(int i) {
        return lines[i];
    }

    boolean isEmpty(int i) {
        return starts[i] == ends[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The raw bytes of the current record; field {@code i} is {@code [start(i), end(i))}. */
    byte[] bytes() {
        return bytes;
    }

    /** Whether field {@code i} has a byte above 0x7F (i.e. is not plain ASCII). */
    boolean nonAscii(int i) {
        return high[i];
    }

    /**
     * Field {@code i} as a string, decoded strictly as UTF-8.
     *
     * @param column the column name for the error message
     */
    String string(int i, String column) {
        checkUtf8(i, column);
        return decode(i);
    }

    /** Field {@code i} as a string, once {@link #checkUtf8} has passed it. */
    String decode(int i) {
        return new String(bytes, starts[i], ends[i] - starts[i],
                high[i] ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    /**
     * Throws {@link InputException} unless field {@code i} is valid UTF-8, without decoding it.
     *
     * @param column the column name for the error message
     */
    void checkUtf8(int i, String column) {
        int s = starts[i];
        int e = ends[i];
        if (high[i] && !Utf8.isValid(bytes, s, e)) {
            int bad = s;
            while (bad < e && bytes[bad] >= 0) {
                bad++;
            }
            throw new InputException(file, lines[i], column, String.format(
                    "bytes that are not valid UTF-8 (0x%02X; the file must be saved as UTF-8, not Latin-1)",
                    bytes[bad] & 0xff));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
