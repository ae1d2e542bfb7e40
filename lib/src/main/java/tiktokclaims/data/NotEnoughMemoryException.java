package tiktokclaims.data;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A file too large to load into this JVM's heap as a table. Thrown before reading, so that a notebook cell or a
 * command says which setting to raise instead of running out of memory half-way: the setting is the system
 * property {@value #SETTING_PROPERTY} (the project's kernel sets it to {@code JJAVA_JVM_OPTS}, the launcher to
 * {@code TIKTOK_CLAIMS_JAVA_OPTS}). The streaming paths (validate, infer, claims score) need no such check.
 */
public final class NotEnoughMemoryException extends RuntimeException {

    /** System property naming the environment variable that sets the heap (e.g. {@code JJAVA_JVM_OPTS}). */
    public static final String SETTING_PROPERTY = "tiktokclaims.heapSetting";

    /** Heap bytes a loaded table needs per byte of file (measured: 152 MB file, about 600 MB of heap). */
    static final long HEAP_PER_FILE_BYTE = 4;

    private static final long MB = 1024 * 1024;

    NotEnoughMemoryException(String message) {
        super(message);
    }

    /** Throws when {@code fileBytes} of CSV would need more heap than {@code maxHeap} bytes. */
    static void check(Path file, long fileBytes, long maxHeap) {
        long need = fileBytes * HEAP_PER_FILE_BYTE;
        if (maxHeap == Long.MAX_VALUE || need <= maxHeap) {
            return;
        }
        long suggestGb = Math.max(1, (need + (1L << 30) - 1) >> 30) + 1;
        String setting = System.getProperty(SETTING_PROPERTY, "TIKTOK_CLAIMS_JAVA_OPTS");
        throw new NotEnoughMemoryException(String.format(Locale.ROOT,
                "%s (%,d MB) needs about %,d MB of heap to load, more than the %,d MB available: out of memory; "
                        + "raise the heap with %s=-Xmx%dg (or larger)%s",
                file, fileBytes / MB, need / MB, maxHeap / MB, setting, suggestGb,
                setting.equals("JJAVA_JVM_OPTS") ? " and restart the kernel" : ""));
    }
}
