package tiktokclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same data and seed give byte-identical outputs from every command, across two runs; a different seed gives
 * different output where randomness is used; and the seed is shown in the JSON and on the terminal.
 */
class ReproducibilityTest {

    static final String DATA = Corpus.get("ok_plain.csv").path().toString();

    @TempDir
    Path dir;

    private byte[] read(String name) throws Exception {
        return Files.readAllBytes(dir.resolve(name));
    }

    private String text(String name) throws Exception {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void inferJsonIsByteIdentical() throws Exception {
        Cli a = Cli.run("infer", "--data", DATA, "--json", dir.resolve("a.json").toString()).ok();
        Cli b = Cli.run("infer", "--data", DATA, "--json", dir.resolve("b.json").toString()).ok();
        assertArrayEquals(read("a.json"), read("b.json"));
        assertEquals(a.out(), b.out());
        assertTrue(text("a.json").contains("\"coefficients\""), text("a.json"));
    }

    @Test
    void evaluateJsonIsByteIdenticalForASeedAndShowsIt() throws Exception {
        for (String mode : List.of("honest", "exemplar")) {
            Cli a = Cli.run("evaluate", "--data", DATA, "--mode", mode, "--seed", "7", "--bootstrap", "100",
                    "--json", dir.resolve("a.json").toString()).ok();
            Cli b = Cli.run("evaluate", "--data", DATA, "--mode", mode, "--seed", "7", "--bootstrap", "100",
                    "--json", dir.resolve("b.json").toString()).ok();
            Cli.run("evaluate", "--data", DATA, "--mode", mode, "--seed", "8", "--bootstrap", "100", "--json",
                    dir.resolve("c.json").toString()).ok();
            assertArrayEquals(read("a.json"), read("b.json"), mode);
            assertEquals(a.out(), b.out(), mode);
            assertFalse(Arrays.equals(read("a.json"), read("c.json")), mode + ": the seed changes nothing");
            assertTrue(text("a.json").contains("\"seed\": 7") || text("a.json").contains("\"seed\":7"),
                    text("a.json"));
            assertTrue(a.out().contains("seed 7"), a::toString);
        }
    }

    @Test
    void claimsTrainingGivesTheSameModelAndJsonForASeedAndShowsIt() throws Exception {
        Cli a = Cli.run("claims", "train", "--data", DATA, "--seed", "5", "--model", dir.resolve("ma").toString(),
                "--json", dir.resolve("a.json").toString()).ok();
        Cli b = Cli.run("claims", "train", "--data", DATA, "--seed", "5", "--model", dir.resolve("mb").toString(),
                "--json", dir.resolve("b.json").toString()).ok();
        assertArrayEquals(read("a.json"), read("b.json"));
        assertEquals(a.out().replace("/ma ", "/mb "), b.out());
        assertEquals(Cli.list(dir.resolve("ma")), Cli.list(dir.resolve("mb")));
        for (String f : Cli.list(dir.resolve("ma"))) {
            assertArrayEquals(read("ma/" + f), read("mb/" + f), f);
        }
        assertTrue(text("a.json").contains("\"seed\": 5") || text("a.json").contains("\"seed\":5"), text("a.json"));
        assertTrue(a.out().contains("seed 5"), a::toString);
        assertTrue(text("ma/model.properties").contains("seed=5"), text("ma/model.properties"));

        Cli.run("claims", "score", "--model", dir.resolve("ma").toString(), "--data", DATA, "--out",
                dir.resolve("qa.csv").toString()).ok();
        Cli.run("claims", "score", "--model", dir.resolve("mb").toString(), "--data", DATA, "--out",
                dir.resolve("qb.csv").toString()).ok();
        assertArrayEquals(read("qa.csv"), read("qb.csv"));
        assertEquals(121, text("qa.csv").lines().count(), "a header and one line per input row");
    }

    @Test
    void generateGivesTheSameBytesForASeedAndShowsIt() throws Exception {
        Cli a = Cli.run("generate", "--rows", "500", "--seed", "11", "--out", dir.resolve("a.csv").toString()).ok();
        Cli.run("generate", "--rows", "500", "--seed", "11", "--out", dir.resolve("b.csv").toString()).ok();
        Cli.run("generate", "--rows", "500", "--seed", "12", "--out", dir.resolve("c.csv").toString()).ok();
        assertArrayEquals(read("a.csv"), read("b.csv"));
        assertFalse(Arrays.equals(read("a.csv"), read("c.csv")));
        assertTrue(a.out().contains("seed 11"), a::toString);
    }
}
