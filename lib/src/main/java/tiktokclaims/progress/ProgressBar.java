package tiktokclaims.progress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tiktokclaims.report.Html;

/**
 * A one-line progress bar for a terminal: {@code [#########.....]  62%  6,200,000 rows}, redrawn in place with a
 * carriage return at most five times a second, ended with a newline. Use it only when stderr is a terminal
 * ({@link #stderrIsTerminal()}).
 */
public final class ProgressBar implements Progress {

    private static final int WIDTH = 30;
    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintStream err;
    private long last;
    private boolean drawn;

    /** A bar drawn on {@code err}. */
    public ProgressBar(PrintStream err) {
        this.err = err;
    }

    /**
     * Whether standard error is a terminal. Java cannot ask isatty(2) directly: on Linux the link
     * {@code /proc/self/fd/2} names the device ({@code /dev/pts/N} or {@code /dev/ttyN} for a terminal); elsewhere
     * fall back to {@link System#console()} (stdin and stdout both terminals).
     */
    public static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    @Override
    public void update(long bytesRead, long totalBytes, long rows) {
        long now = System.nanoTime();
        if (drawn && now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        drawn = true;
        double share = totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : 0;
        int filled = (int) Math.round(share * WIDTH);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format(java.util.Locale.ROOT, "%3d%%", Math.round(share * 100)) + "  "
                + Html.thousands(rows) + " rows");
        err.flush();
    }

    @Override
    public void finish(long rows) {
        err.print("\r[" + "#".repeat(WIDTH) + "] 100%  " + Html.thousands(rows) + " rows, ranking...\n");
        err.flush();
    }
}
