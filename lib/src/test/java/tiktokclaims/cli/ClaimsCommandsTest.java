package tiktokclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tiktokclaims.TestData;
import tiktokclaims.claims.ClaimsTraining;
import tiktokclaims.claims.ModelFiles;
import tiktokclaims.claims.ModelKind;
import tiktokclaims.claims.TrainingOptions;
import tiktokclaims.cli.ValidateCommandTest.Run;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.SampleGenerator;

class ClaimsCommandsTest {

    @TempDir
    static Path shared;
    private static Path model;

    @BeforeAll
    static void trainAQuickModel() throws IOException {
        model = shared.resolve("model");
        ClaimsTraining.train(ClaimsData.load(TestData.realDataset()),
                TrainingOptions.defaults().withKinds(List.of(ModelKind.LOGISTIC_REGRESSION))).model().save(model);
    }

    static Stream<String> badFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestData.resource("data"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("bad_")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badInputGivesTheSameExitAndLineAsValidate(String name, @TempDir Path dir) {
        String file = TestData.resource("data/" + name).toString();
        Run validate = Run.of("validate", "--data", file);
        assertEquals(2, validate.status(), validate.err());
        Path queue = dir.resolve("queue.csv");
        Run score = Run.of("claims", "score", "--model", model.toString(), "--data", file, "--out",
                queue.toString());
        if (validate.err().contains("column claim_status: missing from the header")) {
            assertEquals(0, score.status(), "scoring does not need claim_status: " + score.err());
        } else {
            assertEquals(validate.status(), score.status());
            assertEquals(validate.err(), score.err());
            assertEquals("", score.out());
            assertFalse(Files.exists(queue), "no queue from bad input");
        }
        Run train = Run.of("claims", "train", "--data", file, "--model", dir.resolve("m").toString());
        assertEquals(validate.status(), train.status());
        assertEquals(validate.err(), train.err());
        assertFalse(Files.exists(dir.resolve("m")), "no model from bad input");
    }

    @Test
    void corruptModelGivesExitTwoAndOneLine(@TempDir Path dir) throws IOException {
        Path copy = copyModel(dir);
        Path bin = copy.resolve(ModelFiles.PAYLOAD);
        byte[] b = Files.readAllBytes(bin);
        b[b.length - 10] ^= 1;
        Files.write(bin, b);
        Run r = score(copy, dir);
        assertEquals(2, r.status());
        assertEquals(bin + ": corrupt model: its size or SHA-256 does not match model.properties\n", r.err());
    }

    @Test
    void modelOfAnotherVersionGivesExitTwoAndOneLine(@TempDir Path dir) throws IOException {
        Path copy = copyModel(dir);
        Path manifest = copy.resolve(ModelFiles.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\nversion=" + ModelFiles.VERSION + "\n", "\nversion=7\n"));
        Run r = score(copy, dir);
        assertEquals(2, r.status());
        assertEquals(manifest + ": model format version 7, but this program reads version " + ModelFiles.VERSION + " (retrain with "
                + "./tiktok-claims claims train)\n", r.err());
    }

    @Test
    void missingModelGivesExitTwoAndOneLine(@TempDir Path dir) {
        Run r = score(dir.resolve("none"), dir);
        assertEquals(2, r.status());
        assertEquals(dir.resolve("none") + ": no such model folder (train one with ./tiktok-claims claims train)\n",
                r.err());
    }

    @Test
    void trainThenScoreASampleFile(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("sample.csv");
        try (OutputStream out = Files.newOutputStream(data)) {
            SampleGenerator.write(out, 3000, 1);
        }
        Path m = dir.resolve("m");
        Path json = dir.resolve("metrics.json");
        Run train = Run.of("claims", "train", "--data", data.toString(), "--model", m.toString(), "--seed", "3",
                "--json", json.toString());
        assertEquals(0, train.status(), train.err());
        assertEquals("", train.err());
        assertTrue(train.out().contains("Held-out test set"), train.out());
        assertTrue(train.out().contains("Model saved to " + m + " (format version " + ModelFiles.VERSION + ")."), train.out());
        Run again = Run.of("claims", "train", "--data", data.toString(), "--model", dir.resolve("m2").toString(),
                "--seed", "3");
        assertEquals(0, again.status(), again.err());
        assertEquals(train.out().replace(m.toString(), "M"), again.out().replace(dir.resolve("m2").toString(), "M"));
        assertEquals(Files.readString(m.resolve(ModelFiles.MANIFEST)),
                Files.readString(dir.resolve("m2").resolve(ModelFiles.MANIFEST)), "same seed, byte-identical model");
        String metrics = Files.readString(json);
        assertTrue(metrics.contains("\"test_claims\": {"), metrics);
        assertTrue(metrics.contains("\"seed\": 3,"), metrics);

        Path queue = dir.resolve("queue.csv");
        Run score = Run.of("claims", "score", "--model", m.toString(), "--data", data.toString(), "--out",
                queue.toString());
        assertEquals(0, score.status(), score.err());
        assertEquals("", score.err(), "no progress bar when not on a terminal");
        assertTrue(score.out().startsWith("Scored 3,000 rows with the "), score.out());
        List<String> lines = Files.readAllLines(queue);
        assertEquals(3001, lines.size());
        assertEquals("rank,video_id,claim_probability,predicted,imputed", lines.get(0));
        assertTrue(lines.get(1).startsWith("1,999"), lines.get(1));
    }

    @Test
    void trainingOnOneClassGivesExitTwoAndOneLine(@TempDir Path dir) throws IOException {
        StringBuilder b = new StringBuilder(String.join(",", tiktokclaims.data.ClaimsSchema.COLUMNS)).append('\n');
        for (int i = 1; i <= 30; i++) {
            b.append(i).append(",claim,").append(1000 + i)
                    .append(",30,someone told me a fact,not verified,active,900000,1,1,1,1\n");
        }
        Path data = dir.resolve("claims-only.csv");
        Files.writeString(data, b);
        Run r = Run.of("claims", "train", "--data", data.toString(), "--model", dir.resolve("m").toString());
        assertEquals(2, r.status());
        assertEquals(data + ": cannot train on this file: needs at least 10 claims and 10 opinions, found 30 and 0\n",
                r.err());
    }

    @Test
    void argumentsAreChecked(@TempDir Path dir) {
        Run noModel = Run.of("claims", "train", "--data", TestData.realDataset().toString());
        assertEquals(2, noModel.status());
        assertEquals("tiktok-claims claims train: missing required option --model (try --help)\n", noModel.err());
        Run noOut = Run.of("claims", "score", "--model", model.toString(), "--data", "x.csv");
        assertEquals(2, noOut.status());
        assertEquals("tiktok-claims claims score: missing required option --out (try --help)\n", noOut.err());
        Run seed = Run.of("claims", "train", "--model", dir.toString(), "--seed", "abc");
        assertEquals(2, seed.status());
        assertTrue(seed.err().contains("--seed must be an integer"), seed.err());
    }

    @Test
    void helpListsBothCommands() {
        Run help = Run.of("--help");
        assertTrue(help.out().contains("claims train"), help.out());
        assertTrue(help.out().contains("claims score"), help.out());
        Run usage = Run.of("claims", "score", "--help");
        assertEquals(0, usage.status());
        assertTrue(usage.out().startsWith("usage: ./tiktok-claims claims score"), usage.out());
    }

    private static Run score(Path modelDir, Path dir) {
        return Run.of("claims", "score", "--model", modelDir.toString(), "--data",
                TestData.realDataset().toString(), "--out", dir.resolve("q.csv").toString());
    }

    private static Path copyModel(Path dir) throws IOException {
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        for (String f : List.of(ModelFiles.MANIFEST, ModelFiles.PAYLOAD)) {
            Files.copy(model.resolve(f), copy.resolve(f));
        }
        return copy;
    }
}
