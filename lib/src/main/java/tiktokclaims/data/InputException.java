package tiktokclaims.data;

import java.nio.file.Path;
import tiktokclaims.report.Html;

/**
 * Input that cannot be used: names the file, and where known the line and column (1-based), so that the CLI can
 * print it as one line and the notebooks as one sentence. Never carries a stack trace to the user.
 */
public class InputException extends RuntimeException {

    private final String file;
    private final long line;
    private final String column;

    /** @param line 1-based physical line in the file, or 0 when the problem is not tied to a line */
    public InputException(Path file, long line, String column, String message) {
        super(message);
        this.file = file == null ? "<input>" : file.toString();
        this.line = line;
        this.column = column;
    }

    public InputException(Path file, String message) {
        this(file, 0, null, message);
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    /** The reason alone, without file, line and column. */
    public String reason() {
        return super.getMessage();
    }

    /**
     * The {@linkplain #oneLine() one line}, so that a notebook, which shows the message of a cell's exception, names
     * the file, line and column too.
     */
    @Override
    public String getMessage() {
        return oneLine();
    }

    /**
     * {@code FILE:LINE: column COL: message}, the one line the CLI prints. Every part may come from the file
     * (header names, values) or the command line: control characters (C0, DEL, C1 such as CSI U+009B, bidi
     * overrides) are shown escaped ({@link Html#plain}), so a CSV cannot drive the terminal.
     */
    public String oneLine() {
        return Html.plain(raw()).replace("\n", "\u2424");
    }

    private String raw() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (column != null) {
            b.append("column ").append(column).append(": ");
        }
        b.append(reason().replace('\n', ' '));
        return b.toString();
    }

    @Override
    public String toString() {
        return oneLine();
    }
}
