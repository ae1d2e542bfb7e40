package tiktokclaims.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import tiktokclaims.claims.ClaimsModel;
import tiktokclaims.claims.ScoringQueue;
import tiktokclaims.cli.Args;
import tiktokclaims.cli.InferCommand;
import tiktokclaims.output.AtomicOutput;
import tiktokclaims.cli.Main;
import tiktokclaims.output.UsageException;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.DataFiles;
import tiktokclaims.data.InputException;
import tiktokclaims.report.Html;

/**
 * {@code ./tiktok-claims COMMAND --engine spark [--master URL] ...}: the commands that run on Spark, with the
 * lib's options, outputs and exit statuses (0 ok, 2 bad arguments or input with one line, 3 out of memory,
 * 1 internal error with one line).
 * <ul>
 * <li>{@code infer --data F [--json OUT]}: the course Logit ({@link SparkInfer})</li>
 * <li>{@code claims score --model DIR --data F --out QUEUE.csv}: the review queue ({@link SparkScore})</li>
 * <li>{@code convert --data F.csv --out DIR.parquet}: the CSV, validated, as Parquet</li>
 * </ul>
 * F may be CSV or Parquet (a .parquet file or folder). The launcher sends a command here when it has
 * {@code --engine spark} (and always for {@code convert}); {@code spark-submit} can run this class directly.
 */
public final class SparkMain {

    private SparkMain() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    /** Runs a command and returns its exit status; never throws. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(List.of(argv));
        String name = words.size() >= 2 && words.get(0).equals("claims") ? "claims " + words.get(1)
                : words.isEmpty() ? "" : words.get(0);
        words = words.subList(Math.min(words.size(), name.split(" ").length), words.size());
        if (words.contains("--help") || words.contains("-h") || name.isEmpty()) {
            out.print(usage());
            return name.isEmpty() ? Main.BAD_INPUT : Main.OK;
        }
        try {
            Args args = Args.parse(words, Set.of("engine", "master", "data", "json", "model", "out"), Set.of("quiet"));
            if (!args.get("engine", "spark").equals("spark")) {
                throw new UsageException("this entry point runs --engine spark only");
            }
            if (!args.positional().isEmpty()) {
                throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
            }
            return switch (name) {
                case "infer" -> infer(args, out);
                case "claims score" -> score(args, out);
                case "convert" -> convert(args, out);
                default -> throw new UsageException("unknown command for --engine spark: '" + name
                        + "' (infer, claims score, convert)");
            };
        } catch (UsageException e) {
            err.println("tiktok-claims " + name + ": " + e.getMessage() + " (try --help)");
            return Main.BAD_INPUT;
        } catch (AtomicOutput.OutputException e) {
            err.println("tiktok-claims " + name + ": " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("tiktok-claims " + name + ": " + Main.OUT_OF_MEMORY_HINT);
            return Main.OUT_OF_MEMORY;
        } catch (Exception | Error e) {
            InputException bad = SparkErrors.inputProblem(e);
            if (bad != null) {
                err.println(bad.oneLine());
                return Main.BAD_INPUT;
            }
            if (e instanceof java.nio.file.NoSuchFileException f) {
                err.println(f.getFile() + ": no such file");
                return Main.BAD_INPUT;
            }
            err.println("tiktok-claims " + name + ": internal error (Spark): " + SparkErrors.firstLine(e));
            return Main.FAILED;
        }
    }

    /** Work on a session. */
    @FunctionalInterface
    private interface SparkWork {
        void run(SparkSession spark) throws Exception;
    }

    /** Runs the work on a session on --master (default local[*]) and stops the session. */
    private static int onSpark(Args args, SparkWork work) throws Exception {
        SparkSession spark = Sessions.start(args.get("master", null));
        try {
            work.run(spark);
        } finally {
            spark.stop();
        }
        return Main.OK;
    }

    private static int infer(Args args, PrintStream out) throws Exception {
        Path file = args.has("data") ? args.path("data") : DataFiles.dataset();
        Path json = args.has("json") ? args.path("json") : null;
        if (json != null) {
            AtomicOutput.checkTarget(json, file);
        }
        return onSpark(args, spark -> {
            SparkInfer fit = SparkInfer.fit(ClaimsInput.read(spark, file, List.of(), false), file);
            InferCommand.report(fit.result(), fit.marginalEffects(), fit.droppedRows(), json, out);
        });
    }

    private static int score(Args args, PrintStream out) throws Exception {
        Path modelDir = args.path("model");
        Path data = args.path("data");
        Path queue = args.path("out");
        AtomicOutput.checkTarget(queue, data);
        ClaimsModel model = ClaimsModel.load(modelDir);
        return onSpark(args, spark -> {
            Dataset<Row> rows = ClaimsInput.read(spark, data, List.of(ClaimsSchema.ROW, ClaimsSchema.CLAIM_STATUS), true);
            ScoringQueue.Summary s = SparkScore.write(SparkScore.queue(spark, modelDir, rows), model, queue, out);
            AtomicOutput.reportStream(queue, out).println("Scored " + Html.thousands(s.rows()) + " rows on Spark with the " + model.kind() + ": "
                    + Html.thousands(s.predictedClaims()) + " predicted claims (probability >= "
                    + Html.fixed(model.threshold(), 4) + "), " + Html.thousands(s.imputedRows())
                    + " rows with imputed fields. Queue written to " + queue + ".");
        });
    }

    private static int convert(Args args, PrintStream out) throws Exception {
        Path data = args.path("data");
        Path target = args.path("out");
        if (ClaimsInput.isParquet(data)) {
            throw new UsageException(data + " is Parquet already; convert reads CSV");
        }
        return onSpark(args, spark -> {
            ClaimsInput.writeParquet(ClaimsInput.readCsv(spark, data, List.of(ClaimsSchema.ROW,
                    ClaimsSchema.CLAIM_STATUS), false), target);
            out.println("wrote " + data + " as Parquet to " + target);
        });
    }

    static String usage() {
        return """
                usage: ./tiktok-claims infer --engine spark [--master URL] [--data FILE] [--json OUT]
                       ./tiktok-claims claims score --engine spark [--master URL] --model DIR --data FILE --out QUEUE.csv
                       ./tiktok-claims convert [--master URL] --data FILE.csv --out DIR.parquet

                The same commands, options, outputs and exit statuses as on one machine, run on Apache Spark.
                --master   local[*] by default (embedded, every core here, nothing to install); or
                           spark://HOST:7077, yarn, k8s://https://HOST:443 (the job jar
                           spark/target/tiktok-claims-spark-job.jar goes to the executors by itself)
                FILE       CSV (checked by the lib's rules inside the tasks: a bad value stops the run with one
                           line naming the file, the line or byte offset, and the column) or Parquet (a .parquet
                           file or folder, e.g. from 'convert'), readable at the same path by every executor.
                OUT, QUEUE.csv  '-' writes the JSON or the queue to standard output and nothing else there.
                convert    writes the CSV, validated, as a new Parquet folder (never replaces one).
                Spark settings: TIKTOK_CLAIMS_JAVA_OPTS='-Dspark.executor.memory=8g ...' (any spark.* property).
                """;
    }
}
