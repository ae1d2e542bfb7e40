package tiktokclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tiktokclaims.data.ClaimsData;

/**
 * Bad arguments and unusable output places, for every command, {@code generate} included: exit 2 and one line,
 * never an internal error; nothing written and existing files left as they were.
 */
class ArgumentsTest {

    @TempDir
    static Path shared;
    static Path model;
    static String data;

    @BeforeAll
    static void trainModel() {
        data = Corpus.get("ok_plain.csv").path().toString();
        model = shared.resolve("model");
        Cli.run("claims", "train", "--data", data, "--model", model.toString()).ok();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--rows 0", "--rows -5", "--rows abc", "--rows 1.5", "--rows 99999999999999",
        "--rows 10000000000000000000000", "--rows", "--seed x --rows 5", "--rows 5 --seed", "--rows 5 --bogus",
        "--rows 5 extra", "--seed 3"})
    void generateRefusesBadArgumentsAndWritesNothing(String words, @TempDir Path dir) {
        String[] argv = (words + " --out " + dir.resolve("g.csv")).split(" ");
        String[] full = new String[argv.length + 1];
        full[0] = "generate";
        System.arraycopy(argv, 0, full, 1, argv.length);
        Cli.run(full).refused("tiktok-claims generate: ");
        assertEquals(List.of(), Cli.list(dir));
    }

    @Test
    void generateWithoutOutOrIntoAMissingFolder(@TempDir Path dir) {
        Cli.run("generate", "--rows", "5").refused("tiktok-claims generate: missing required option --out");
        Cli.run("generate", "--rows", "5", "--out", dir.resolve("no/such/g.csv").toString())
                .refused("tiktok-claims generate: output folder does not exist");
        assertEquals(List.of(), Cli.list(dir));
    }

    @Test
    void generateWritesAFileTheLoaderAccepts(@TempDir Path dir) {
        Path out = dir.resolve("g.csv");
        Cli r = Cli.run("generate", "--rows", "300", "--seed", "5", "--out", out.toString()).ok();
        assertTrue(r.out().contains("seed 5"), r::toString);
        assertEquals(List.of("g.csv"), Cli.list(dir));
        assertEquals(300, ClaimsData.read(out).report().rows());
        assertTrue(ClaimsData.read(out).report().isSample());
    }

    /** Every command with an output, its output pointed at {@code target}. */
    static List<String[]> withOutput(String target) {
        return List.of(
                new String[] {"generate", "--rows", "5", "--out", target},
                new String[] {"infer", "--data", data, "--json", target},
                new String[] {"evaluate", "--data", data, "--bootstrap", "20", "--json", target},
                new String[] {"claims", "train", "--data", data, "--model", target},
                new String[] {"claims", "score", "--model", model.toString(), "--data", data, "--out", target});
    }

    @Test
    void anOutputThatIsAFolderIsRefusedAndTheFolderIsLeftAlone(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Files.writeString(folder.resolve("keep.txt"), "mine");
        for (String[] argv : withOutput(folder.toString())) {
            Cli.run(argv).refused();
            assertEquals(List.of("folder"), Cli.list(dir), String.join(" ", argv));
            assertEquals(List.of("keep.txt"), Cli.list(folder), String.join(" ", argv));
        }
    }

    @Test
    void anEmptyFolderAsOutputIsNotReplacedByAFile(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("empty"));
        for (String[] argv : withOutput(folder.toString())) {
            if (argv[0].equals("claims") && argv[1].equals("train")) {
                continue; // an empty folder is a fine place for a model
            }
            Cli.run(argv).refused();
            assertTrue(Files.isDirectory(folder), String.join(" ", argv));
            assertEquals(List.of("empty"), Cli.list(dir), String.join(" ", argv));
        }
    }

    @Test
    void aFailedRunLeavesTheEarlierOutputUntouched(@TempDir Path dir) throws Exception {
        String bad = Corpus.get("bad_late_label_after_newlines.csv").path().toString();
        byte[] old = "earlier output\n".getBytes(StandardCharsets.UTF_8);
        Path json = dir.resolve("out.json");
        Path queue = dir.resolve("queue.csv");
        Files.write(json, old);
        Files.write(queue, old);
        Cli.run("infer", "--data", bad, "--json", json.toString()).refused(bad + ":");
        Cli.run("evaluate", "--data", bad, "--json", json.toString()).refused(bad + ":");
        Cli.run("claims", "train", "--data", bad, "--model", dir.resolve("m").toString(), "--json",
                json.toString()).refused(bad + ":");
        Cli.run("claims", "score", "--model", model.toString(), "--data", bad, "--out", queue.toString())
                .refused(bad + ":");
        assertArrayEquals(old, Files.readAllBytes(json));
        assertArrayEquals(old, Files.readAllBytes(queue));
        assertEquals(List.of("out.json", "queue.csv"), Cli.list(dir));
    }

    @Test
    void aBadOutputPathIsReportedBeforeAnyWork(@TempDir Path dir) throws Exception {
        // The data file is bad too, near its end: the output path must be checked first.
        String bad = Corpus.get("bad_late_label_after_newlines.csv").path().toString();
        Path folder = Files.createDirectory(dir.resolve("folder"));
        String f = folder.toString();
        for (String[] argv : List.of(new String[] {"infer", "--data", bad, "--json", f},
                new String[] {"evaluate", "--data", bad, "--json", f},
                new String[] {"claims", "train", "--data", bad, "--model", dir.resolve("m").toString(), "--json", f},
                new String[] {"claims", "score", "--model", model.toString(), "--data", bad, "--out", f})) {
            Cli r = Cli.run(argv).refused("tiktok-claims ");
            assertTrue(r.err().contains(f + " is a folder"), r::toString);
        }
        assertEquals(List.of("folder"), Cli.list(dir));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate --mode x", "evaluate --threshold 1", "evaluate --threshold nan",
        "evaluate --threshold -0.5", "evaluate --bootstrap 0", "evaluate --bootstrap 1e3", "evaluate --seed 1.5",
        "evaluate --mode exemplar --balancing none", "evaluate --balancing x", "infer --bogus", "infer extra",
        "validate --data", "claims train --seed x --model m", "claims train", "claims score --quiet=yes",
        "claims score --data d.csv --out q.csv", "claims", "claims bogus", "bogus", "--bogus"})
    void badArgumentsGiveExitTwoAndOneLine(String words) {
        Cli.run(words.split(" ")).refused("tiktok-claims");
    }

    @Test
    void missingOrUnreadableModelsAndDataFiles(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        String queue = dir.resolve("q.csv").toString();
        Cli.run("claims", "score", "--model", dir.resolve("none").toString(), "--data", data, "--out", queue)
                .refused(dir.resolve("none") + ": ");
        Cli.run("claims", "score", "--model", file.toString(), "--data", data, "--out", queue)
                .refused(file + ": ");
        Cli.run("claims", "score", "--model", empty.toString(), "--data", data, "--out", queue)
                .refused(empty + ": ");
        for (String command : List.of("validate", "infer", "evaluate")) {
            Cli.run(command, "--data", dir.resolve("none.csv").toString()).refused(dir.resolve("none.csv") + ": ");
            Cli.run(command, "--data", empty.toString()).refused(empty + ": is a folder");
        }
        Cli.run("claims", "score", "--model", model.toString(), "--data", empty.toString(), "--out", queue)
                .refused(empty + ": is a folder");
        assertEquals(List.of("empty", "file"), Cli.list(dir));
    }
}
