package tiktokclaims.cli;

import tiktokclaims.output.UsageException;

import tiktokclaims.output.AtomicOutput;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tiktokclaims.data.DataFiles;
import tiktokclaims.data.InputException;
import tiktokclaims.model.CourseModel;
import tiktokclaims.model.Logit;
import tiktokclaims.model.LogitResult;
import tiktokclaims.model.MarginalEffects;
import tiktokclaims.model.ModelFitException;
import tiktokclaims.report.Json;

/**
 * {@code infer [--data FILE] [--json OUT]}: the course model of verified_status fitted by maximum likelihood on
 * every complete row (likes and comments capped as the exemplar does; no split, no resampling), printed like
 * statsmodels' Logit summary, optionally written as JSON.
 */
public final class InferCommand implements Command {

    @Override
    public String name() {
        return "infer";
    }

    @Override
    public String summary() {
        return "fit the course logistic regression for inference (estimates, SEs, p-values, odds ratios)";
    }

    @Override
    public String usage() {
        return """
                usage: ./tiktok-claims infer [--data FILE] [--json OUT] [--timings]

                Fits the course model of verified_status (1 = verified) on video_duration_sec, video_view_count,
                video_share_count, video_download_count, video_comment_count, claim_status and author_ban_status
                (dummies claim_status_opinion, author_ban_status_banned, author_ban_status_under_review) by
                maximum likelihood on every complete row of FILE (default: $TIKTOK_DATA, else
                data/tiktok_dataset.csv), after capping likes and comments at Q3 + 1.5 IQR. No split and no
                resampling, so the standard errors and p-values are valid. Prints the summary and the average
                marginal effects; --json OUT also writes them as JSON (n, log_likelihood, coefficients by term
                with estimate, std_error, z, p_value, ci_low, ci_high, odds_ratio, and the other summary fields).
                --timings prints, on standard error, the seconds (wall and CPU) spent reading, checking and
                encoding the file and spent fitting (with the marginal effects), for benchmarks.
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(words, Set.of("data", "json"), Set.of("timings"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
        }
        Path file = args.has("data") ? args.path("data") : DataFiles.dataset();
        Path json = args.has("json") ? args.path("json") : null;
        if (json != null) {
            AtomicOutput.checkTarget(json, file);
        }
        long start = System.nanoTime();
        long startCpu = cpuNanos();
        CourseModel.Design clean = CourseModel.loadDesign(file);
        if (clean.design().rows() == 0) {
            throw new InputException(file, "no complete rows (every row has an empty field): nothing to fit");
        }
        long read = System.nanoTime();
        long readCpu = cpuNanos();
        LogitResult fit;
        try {
            fit = Logit.fit(clean.design());
        } catch (ModelFitException e) {
            throw new InputException(file, "cannot fit the course model: " + e.getMessage());
        }
        MarginalEffects ame = fit.marginalEffects();
        long fitted = System.nanoTime();
        long fittedCpu = cpuNanos();
        if (args.has("timings")) {
            err.printf(Locale.ROOT, "infer timings: read, check and encode %.3f s wall, %.3f s CPU; fit and marginal"
                    + " effects %.3f s wall, %.3f s CPU; fit / read %.3f wall, %.3f CPU%n", (read - start) / 1e9,
                    (readCpu - startCpu) / 1e9, (fitted - read) / 1e9, (fittedCpu - readCpu) / 1e9,
                    (double) (fitted - read) / (read - start), (double) (fittedCpu - readCpu) / (readCpu - startCpu));
        }
        report(fit, ame, clean.droppedRows(), json, out);
        return Main.OK;
    }

    /**
     * What infer shows after its fit, whichever engine fitted it: the summary and the average marginal effects on
     * {@code out}, and with {@code json} ({@value AtomicOutput#STDOUT}: standard output, then nothing else there)
     * the JSON of {@link #json}.
     */
    public static void report(LogitResult fit, MarginalEffects ame, long droppedRows, Path json, PrintStream out)
            throws Exception {
        PrintStream report = AtomicOutput.reportStream(json, out);
        report.print(fit);
        report.println();
        report.print(ame);
        if (json != null) {
            AtomicOutput.writeString(json, out, Json.write(json(fit, ame, droppedRows)));
        }
    }

    /** CPU time of the whole process (every thread), or 0 where the platform does not tell. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /**
     * infer's JSON fields: model, dropped_incomplete_rows, the fit's {@link LogitResult#toMap()}, and
     * marginal_effects ({@link MarginalEffects#toMap()}).
     */
    public static Map<String, Object> json(LogitResult fit, MarginalEffects ame, long droppedRows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", "logit");
        m.put("dropped_incomplete_rows", droppedRows);
        m.putAll(fit.toMap());
        m.put("marginal_effects", ame.toMap());
        return m;
    }
}
