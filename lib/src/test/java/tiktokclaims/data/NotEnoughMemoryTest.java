package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NotEnoughMemoryTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aFileThatFitsPasses() {
        assertDoesNotThrow(() -> NotEnoughMemoryException.check(Path.of("f.csv"), 100 * MB, 400 * MB));
        assertDoesNotThrow(() -> NotEnoughMemoryException.check(Path.of("f.csv"), 100 * MB, Long.MAX_VALUE));
    }

    @Test
    void aFileTooLargeNamesTheSettingAndASize() {
        String before = System.getProperty(NotEnoughMemoryException.SETTING_PROPERTY);
        try {
            System.setProperty(NotEnoughMemoryException.SETTING_PROPERTY, "JJAVA_JVM_OPTS");
            NotEnoughMemoryException e = assertThrows(NotEnoughMemoryException.class,
                    () -> NotEnoughMemoryException.check(Path.of("big.csv"), 1500 * MB, 1024 * MB));
            // 1,500 MB x 4 = 6,000 MB needed: 6 GB rounded up, plus 1 GB of room.
            assertEquals("big.csv (1,500 MB) needs about 6,000 MB of heap to load, more than the 1,024 MB available: "
                    + "out of memory; raise the heap with JJAVA_JVM_OPTS=-Xmx7g (or larger) and restart the kernel",
                    e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(NotEnoughMemoryException.SETTING_PROPERTY);
            } else {
                System.setProperty(NotEnoughMemoryException.SETTING_PROPERTY, before);
            }
        }
    }
}
