package tiktokclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.ClaimsRowReader;
import tiktokclaims.data.InputException;
import tiktokclaims.data.LoadReport;

/**
 * Every command that reads a dataset, on every file of the corpus: a bad file gives exit 2 and one line naming the
 * file, line and column the manifest expects, and leaves the output folder empty (no output, no temp file); an
 * odd-but-valid file is read with the expected number of rows and every command succeeds on it, writing exactly its
 * outputs; on a valid file too small or uniform to fit, a model command either succeeds or says so in one line. The
 * loader and the streaming row reader agree on every file.
 */
class CorpusCommandsTest {

    @TempDir
    static Path shared;
    /** A model trained once, on a valid file, for {@code claims score}. */
    static Path model;

    @BeforeAll
    static void trainModel() {
        model = shared.resolve("model");
        Cli.run("claims", "train", "--data", Corpus.get("ok_plain.csv").path().toString(), "--model",
                model.toString()).ok();
    }

    /** A command line for a data file, with every output under {@code dir}, and the names it writes there. */
    record Command(String name, Function<Path, List<String>> outputs, Invocation argv) {
    }

    interface Invocation {
        String[] of(Path data, Path dir);
    }

    static List<Command> commands() {
        return List.of(
                new Command("validate", dir -> List.of(), (data, dir) -> new String[] {"validate", "--data",
                        data.toString()}),
                new Command("infer", dir -> List.of("infer.json"), (data, dir) -> new String[] {"infer", "--data",
                        data.toString(), "--json", dir.resolve("infer.json").toString()}),
                new Command("evaluate", dir -> List.of("evaluate.json"), (data, dir) -> new String[] {"evaluate",
                        "--data", data.toString(), "--bootstrap", "50", "--json",
                        dir.resolve("evaluate.json").toString()}),
                new Command("claims train", dir -> List.of("model", "train.json"), (data, dir) -> new String[] {
                        "claims", "train", "--data", data.toString(), "--model", dir.resolve("model").toString(),
                        "--json", dir.resolve("train.json").toString()}),
                new Command("claims score", dir -> List.of("queue.csv"), (data, dir) -> new String[] {"claims",
                        "score", "--model", model.toString(), "--data", data.toString(), "--out",
                        dir.resolve("queue.csv").toString(), "--quiet"}));
    }

    @TestFactory
    Stream<DynamicTest> badFilesAreRefusedByEveryCommandWithOneLineAndNoOutput() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Corpus.Entry e : Corpus.bad()) {
            for (Command c : commands()) {
                tests.add(DynamicTest.dynamicTest(c.name() + " " + e, () -> {
                    Path dir = Files.createTempDirectory(shared, "out");
                    Cli r = Cli.run(c.argv().of(e.path(), dir)).refused(e.expectedPrefix());
                    assertTrue(r.err().contains(e.reason()), () -> "expected '" + e.reason() + "': " + r);
                    assertEquals(List.of(), Cli.list(dir), "output or temp files left after a failure");
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> oddButValidFilesWorkWithEveryCommand() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Corpus.Entry e : Corpus.ok()) {
            for (Command c : commands()) {
                tests.add(DynamicTest.dynamicTest(c.name() + " " + e, () -> {
                    Path dir = Files.createTempDirectory(shared, "out");
                    Cli r = Cli.run(c.argv().of(e.path(), dir)).ok();
                    assertEquals(c.outputs().apply(dir), Cli.list(dir), "exactly the outputs, no temp files");
                    if (c.name().equals("validate")) {
                        assertTrue(r.out().contains(String.format("%,d rows", e.rows())), r::toString);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> validFilesTooSmallToFitAreReadAndModelsFailWithOneLine() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Corpus.Entry e : Corpus.unfit()) {
            for (Command c : commands()) {
                tests.add(DynamicTest.dynamicTest(c.name() + " " + e, () -> {
                    Path dir = Files.createTempDirectory(shared, "out");
                    Cli r = Cli.run(c.argv().of(e.path(), dir));
                    if (c.name().equals("validate") || c.name().equals("claims score") || r.status() == 0) {
                        r.ok();
                        assertEquals(c.outputs().apply(dir), Cli.list(dir), "exactly the outputs, no temp files");
                    } else {
                        r.refused(e.path() + ": ");
                        assertEquals(List.of(), Cli.list(dir), "output or temp files left after a failure");
                        if (e.name().equals("unfit_all_incomplete.csv") && !c.name().startsWith("claims")) {
                            assertTrue(r.err().contains("no complete rows"), r::toString);
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> loaderReadsTheExpectedRowsAndTheRowReaderAgreesOnEveryFile() {
        return Corpus.entries().stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            String loaded;
            try {
                LoadReport report = ClaimsData.read(e.path()).report();
                loaded = "ok " + report.rows();
                assertTrue(e.ok(), () -> "accepted a bad file: " + e);
                assertEquals(e.rows(), report.rows());
                assertEquals(e.incomplete(), report.incompleteRows());
            } catch (InputException x) {
                loaded = x.oneLine();
                assertTrue(!e.ok() && loaded.startsWith(e.expectedPrefix()) && loaded.contains(e.reason()),
                        "unexpected refusal: " + loaded);
            }
            assertEquals(loaded, streamed(e.path()), "ClaimsRowReader and ClaimsData disagree");
        }));
    }

    private static String streamed(Path file) throws IOException {
        try (ClaimsRowReader rows = ClaimsRowReader.open(file, List.of())) {
            long n = 0;
            while (rows.next()) {
                n++;
            }
            return "ok " + n;
        } catch (InputException x) {
            return x.oneLine();
        }
    }
}
