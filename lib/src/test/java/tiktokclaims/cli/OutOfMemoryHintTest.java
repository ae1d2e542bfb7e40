package tiktokclaims.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import tiktokclaims.data.DataFiles;

/** The launcher's out-of-memory line (scripts/out-of-memory) says what Main says in-process. */
class OutOfMemoryHintTest {

    @Test
    void launcherScriptPrintsTheSameHint() throws IOException {
        String script = Files.readString(DataFiles.projectRoot().resolve("scripts/out-of-memory"));
        assertTrue(script.contains("tiktok-claims: " + Main.OUT_OF_MEMORY_HINT), script);
        String launcher = Files.readString(DataFiles.projectRoot().resolve("tiktok-claims"));
        assertTrue(launcher.contains("-XX:+ExitOnOutOfMemoryError")
                && launcher.contains("-XX:OnOutOfMemoryError=\"$root/scripts/out-of-memory\""), "launcher flags");
    }
}
