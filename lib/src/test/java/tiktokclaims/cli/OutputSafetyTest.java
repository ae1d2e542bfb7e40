package tiktokclaims.cli;

import tiktokclaims.output.AtomicOutputTest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiktokclaims.TestData;
import tiktokclaims.cli.ValidateCommandTest.Run;

/** Every command that writes refuses to write over its input (or a link to it), before any work. */
class OutputSafetyTest {

    @TempDir
    Path dir;

    @Test
    void everyWritingCommandRefusesItsInputAsOutputAndLeavesItAsItWas() throws Exception {
        Path data = dir.resolve("data.csv");
        Files.copy(TestData.resource("data/ok_basic.csv"), data);
        Path hard = Files.createLink(dir.resolve("hard.csv"), data);
        Path soft = Files.createSymbolicLink(dir.resolve("soft.csv"), data);
        byte[] before = Files.readAllBytes(data);
        for (Path target : List.of(data, hard, soft)) {
            String d = data.toString();
            String t = target.toString();
            for (String[] argv : List.of(
                    new String[] {"infer", "--data", d, "--json", t},
                    new String[] {"evaluate", "--data", d, "--json", t, "--bootstrap", "1"},
                    new String[] {"claims", "train", "--data", d, "--model", dir.resolve("m").toString(), "--json", t},
                    new String[] {"claims", "score", "--model", dir.resolve("m").toString(), "--data", d, "--out", t})) {
                Run r = Run.of(argv);
                assertEquals(2, r.status(), String.join(" ", argv) + ": " + r.err());
                assertEquals("", r.out());
                assertTrue(r.err().contains("is the input") && r.err().indexOf('\n') == r.err().length() - 1,
                        r.err());
                assertArrayEquals(before, Files.readAllBytes(data));
            }
        }
        assertTrue(Files.notExists(dir.resolve("m")), "refused before training");
    }

    @Test
    void aDeviceAsOutputIsRefusedBeforeWork() throws Exception {
        Path device = AtomicOutputTest.device(dir);
        Run r = Run.of("generate", "--rows", "5", "--out", device.toString());
        assertEquals(2, r.status());
        assertTrue(Files.exists(device) && !Files.isRegularFile(device));
        assertEquals("tiktok-claims generate: output " + device + " is not a regular file (a device, FIFO or socket);"
                + " refusing to replace it (use - for standard output) (try --help)\n", r.err());
    }

    @Test
    void argumentsWithControlCharactersAreEscapedOnStderr() {
        for (String[] argv : List.of(new String[] {"frob\u001b[2J\u009b"}, new String[] {"validate", "--x\u001b\u202e"},
                new String[] {"validate", "--data", dir.resolve("no\u001b]0;t\u0007\u0085.csv").toString()})) {
            Run r = Run.of(argv);
            assertEquals(2, r.status());
            assertTrue(r.err().endsWith("\n") && r.err().indexOf('\n') == r.err().length() - 1, r.err());
            for (char c : r.err().substring(0, r.err().length() - 1).toCharArray()) {
                assertTrue(c >= 0x20 && !(c >= 0x7f && c <= 0x9f) && c != 0x202e, String.format("U+%04X: %s",
                        (int) c, r.err()));
            }
        }
    }

    @Test
    void dashWritesTheJsonToStandardOutputAlone() {
        Path data = dir.resolve("sample.csv");
        assertEquals(0, Run.of("generate", "--rows", "5000", "--out", data.toString()).status());
        Run r = Run.of("infer", "--data", data.toString(), "--json", "-");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("{") && r.out().endsWith("}\n"), r.out());
    }
}
