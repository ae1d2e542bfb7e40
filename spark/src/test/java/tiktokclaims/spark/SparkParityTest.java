package tiktokclaims.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiktokclaims.claims.ClaimsModel;
import tiktokclaims.claims.ScoringQueue;
import tiktokclaims.cli.Main;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.InputException;
import tiktokclaims.data.SampleGenerator;
import tiktokclaims.report.Json;

/**
 * Spark against the lib, in one local[2] session: infer's JSON (course data, a generated file read in many byte
 * ranges, the same file as Parquet), the review queue byte for byte, and bad CSV and Parquet refused with the
 * lib's kind of message. The lib's numbers come from the lib's own commands run in this JVM.
 */
class SparkParityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static Path generated;

    @BeforeAll
    static void start() throws Exception {
        spark = Sessions.builder("local[2]", false).config("spark.sql.shuffle.partitions", "4").getOrCreate();
        generated = dir.resolve("generated.csv");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(generated))) {
            SampleGenerator.write(out, 20_000, 11);
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Path courseData() {
        String env = System.getenv("TIKTOK_DATA");
        Path p = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("tiktokclaims.root", "..")).resolve("../shared/data/tiktok_dataset.csv");
        assertTrue(Files.isRegularFile(p), "course data not found at " + p + " (set TIKTOK_DATA)");
        return p.toAbsolutePath().normalize();
    }

    /** The lib's infer --json on a file, parsed. */
    private static JsonNode libInfer(Path data) throws Exception {
        Path json = Files.createTempFile(dir, "lib", ".json");
        int status = Main.run(new String[] {"infer", "--data", data.toString(), "--json", json.toString()},
                new PrintStream(OutputStream.nullOutputStream()), System.err);
        assertEquals(0, status);
        return JSON.readTree(json.toFile());
    }

    private static JsonNode sparkInfer(Path data) throws Exception {
        SparkInfer fit = SparkInfer.fit(ClaimsInput.read(spark, data, List.of(), false), data);
        return JSON.readTree(Json.write(fit.toMap()));
    }

    private static List<String> paths(JsonNode n, String prefix) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(prefix + e.getKey());
            out.addAll(paths(e.getValue(), prefix + e.getKey() + "."));
        }
        return out;
    }

    /** Same fields in the same order; estimates within 1e-6 and standard errors within 1e-5, relative. */
    private static void assertParity(JsonNode lib, JsonNode sp) {
        assertEquals(paths(lib, ""), paths(sp, ""));
        for (String f : List.of("n", "events", "dropped_incomplete_rows", "df_model")) {
            assertEquals(lib.get(f).asLong(), sp.get(f).asLong(), f);
        }
        assertEquals(lib.get("log_likelihood").asDouble(), sp.get("log_likelihood").asDouble(),
                1e-8 * Math.abs(lib.get("log_likelihood").asDouble()));
        for (String section : List.of("coefficients", "marginal_effects")) {
            String value = section.equals("coefficients") ? "estimate" : "dy_dx";
            for (Iterator<String> t = lib.get(section).fieldNames(); t.hasNext();) {
                String term = t.next();
                JsonNode a = lib.get(section).get(term);
                JsonNode b = sp.get(section).get(term);
                relative(a.get(value).asDouble(), b.get(value).asDouble(), 1e-6, section + " " + term);
                relative(a.get("std_error").asDouble(), b.get("std_error").asDouble(), 1e-5, section + " " + term);
                relative(a.get("p_value").asDouble(), b.get("p_value").asDouble(), 1e-4, section + " " + term);
            }
        }
    }

    private static void relative(double expected, double actual, double tol, String what) {
        assertTrue(Math.abs(expected - actual) <= tol * Math.abs(expected),
                what + ": lib " + expected + ", Spark " + actual);
    }

    @Test
    void inferMatchesTheLibOnTheCourseData() throws Exception {
        Path data = courseData();
        JsonNode lib = libInfer(data);
        assertEquals(19_084, lib.get("n").asLong());
        assertParity(lib, sparkInfer(data));
    }

    @Test
    void inferMatchesTheLibOnAGeneratedFileReadInManyRangesAndAsParquet() throws Exception {
        JsonNode lib = libInfer(generated);
        spark.conf().set(ClaimsInput.SPLIT_BYTES, "300000");
        try {
            assertTrue(Files.size(generated) > 5 * 300_000);
            assertParity(lib, sparkInfer(generated));
            Path parquet = dir.resolve("generated.parquet");
            ClaimsInput.writeParquet(ClaimsInput.readCsv(spark, generated, List.of(), false), parquet);
            assertParity(lib, sparkInfer(parquet));
        } finally {
            spark.conf().unset(ClaimsInput.SPLIT_BYTES);
        }
    }

    @Test
    void theQueueIsByteIdenticalToTheLibs() throws Exception {
        Path model = dir.resolve("model");
        Path training = dir.resolve("training.csv");
        try (OutputStream out = Files.newOutputStream(training)) {
            SampleGenerator.write(out, 4_000, 3);
        }
        assertEquals(0, Main.run(new String[] {"claims", "train", "--data", training.toString(), "--model",
            model.toString(), "--trees", "10"}, new PrintStream(OutputStream.nullOutputStream()), System.err));
        ClaimsModel m = ClaimsModel.load(model);
        Path lib = dir.resolve("queue-lib.csv");
        ScoringQueue.Summary expected = ScoringQueue.scoreFile(m, generated, lib, tiktokclaims.progress.Progress.NONE);
        spark.conf().set(ClaimsInput.SPLIT_BYTES, "500000");
        try {
            Path viaCsv = dir.resolve("queue-spark.csv");
            ScoringQueue.Summary s = SparkScore.write(SparkScore.queue(spark, model, ClaimsInput.read(spark, generated,
                    List.of(ClaimsSchema.ROW, ClaimsSchema.CLAIM_STATUS), true)), m, viaCsv);
            assertEquals(expected, s);
            assertArrayEquals(Files.readAllBytes(lib), Files.readAllBytes(viaCsv));
            Path parquet = dir.resolve("score.parquet");
            ClaimsInput.writeParquet(ClaimsInput.readCsv(spark, generated, List.of(), false), parquet);
            Path viaParquet = dir.resolve("queue-parquet.csv");
            SparkScore.write(SparkScore.queue(spark, model, ClaimsInput.read(spark, parquet,
                    List.of(ClaimsSchema.ROW, ClaimsSchema.CLAIM_STATUS), true)), m, viaParquet);
            assertArrayEquals(Files.readAllBytes(lib), Files.readAllBytes(viaParquet));
        } finally {
            spark.conf().unset(ClaimsInput.SPLIT_BYTES);
        }
    }

    /** A copy of the generated file with one field replaced on one line (1-based, the header is line 1). */
    private static Path corrupt(int line, int field, String value) throws Exception {
        List<String> lines = Files.readAllLines(generated, StandardCharsets.UTF_8);
        String[] f = lines.get(line - 1).split(",", -1);
        int k = field < 0 ? f.length + field : field;
        f[k] = value;
        lines.set(line - 1, String.join(",", f));
        Path bad = Files.createTempFile(dir, "bad", ".csv");
        Files.write(bad, lines, StandardCharsets.UTF_8);
        return bad;
    }

    private static InputException refusal(Path file) {
        Exception e = assertThrows(Exception.class,
                () -> ClaimsInput.read(spark, file, List.of(), false).count());
        InputException bad = SparkErrors.inputProblem(e);
        assertNotNull(bad, () -> "not an input error: " + e);
        return bad;
    }

    /** The one line the lib's validate prints for a file. */
    private static String libRefusal(Path file) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"validate", "--data", file.toString()},
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void aBadCsvValueIsRefusedWithTheLibsMessage() throws Exception {
        spark.conf().set(ClaimsInput.SPLIT_BYTES, "300000");
        try {
            Path early = corrupt(10, -5, "-5");
            assertEquals(libRefusal(early), refusal(early).oneLine());
            assertTrue(refusal(early).oneLine().startsWith(early + ":10: column video_view_count: "));
            Path late = corrupt(15_000, -5, "12x");
            InputException e = refusal(late);
            assertInstanceOf(ClaimsInput.ByteOffsetException.class, e);
            long offset = ((ClaimsInput.ByteOffsetException) e).offset();
            byte[] bytes = Files.readAllBytes(late);
            long newlines = 0;
            for (int i = 0; i < offset; i++) {
                newlines += bytes[i] == '\n' ? 1 : 0;
            }
            assertEquals(14_999, newlines, "the offset is the start of line 15000");
            assertEquals(libRefusal(late).replace(late + ":15000:", late + ":byte " + offset + ":"), e.oneLine());
        } finally {
            spark.conf().unset(ClaimsInput.SPLIT_BYTES);
        }
    }

    @Test
    void badParquetIsRefusedNamingTheColumn() throws Exception {
        Path typed = dir.resolve("typed.parquet");
        ClaimsInput.readCsv(spark, generated, List.of(), false).drop(ClaimsInput.ORDER)
                .withColumn(ClaimsSchema.VIEWS, functions.col(ClaimsSchema.VIEWS).cast("string"))
                .write().parquet(typed.toString());
        InputException wrongType = assertThrows(InputException.class,
                () -> ClaimsInput.read(spark, typed, List.of(), false));
        assertEquals(typed + ": column video_view_count: has type string, expected a numeric type",
                wrongType.oneLine());
        Path negative = dir.resolve("negative.parquet");
        Dataset<Row> rows = ClaimsInput.readCsv(spark, generated, List.of(), false).drop(ClaimsInput.ORDER);
        rows.withColumn(ClaimsSchema.SHARES, functions.col(ClaimsSchema.SHARES).minus(1e9)).write()
                .parquet(negative.toString());
        InputException bad = assertThrows(InputException.class,
                () -> ClaimsInput.read(spark, negative, List.of(), false));
        assertEquals(ClaimsSchema.SHARES, bad.column());
        Path junk = dir.resolve("junk.parquet");
        Files.writeString(junk, "PAR1 this is not a Parquet file PAR1");
        InputException corrupt = assertThrows(InputException.class,
                () -> ClaimsInput.read(spark, junk, List.of(), false));
        assertTrue(corrupt.oneLine().startsWith(junk + ": not a readable Parquet file: "), corrupt.oneLine());
        assertTrue(!corrupt.oneLine().contains("\n"));
    }
}
