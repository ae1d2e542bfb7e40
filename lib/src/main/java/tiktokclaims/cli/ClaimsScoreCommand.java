package tiktokclaims.cli;

import tiktokclaims.output.UsageException;

import tiktokclaims.output.AtomicOutput;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import tiktokclaims.claims.ClaimsModel;
import tiktokclaims.claims.ScoringQueue;
import tiktokclaims.progress.Progress;
import tiktokclaims.progress.ProgressBar;
import tiktokclaims.report.Html;

/**
 * {@code claims score --model DIR --data FILE --out QUEUE.csv [--quiet]}: streams FILE through a saved model and
 * writes the review queue ({@link ScoringQueue}), with a progress bar on stderr when run in a terminal.
 */
public final class ClaimsScoreCommand implements Command {

    @Override
    public String name() {
        return "claims score";
    }

    @Override
    public String summary() {
        return "score a file of reports into a review queue, most likely claims first";
    }

    @Override
    public String usage() {
        return """
                usage: ./tiktok-claims claims score --model DIR --data FILE --out QUEUE.csv [--quiet]

                Scores every row of FILE (the dataset's columns; claim_status and # may be absent) with the model
                saved by 'claims train' and writes QUEUE.csv with one row per input row, in review order:
                  rank               1 = review first: highest claim probability; ties by reach (higher
                                     video_view_count first), then smaller video_id
                  video_id
                  claim_probability  the model's probability that the video makes a claim
                  predicted          claim or opinion, by the threshold chosen in training
                  imputed            columns that were empty and imputed from training medians (';'-separated);
                                     such rows are scored and ranked like the others, but on less evidence
                A row without a video_id is an error. FILE is streamed: memory is about 34 bytes a row (10 million
                rows: under 1 GB). Bad input stops with one line 'file:line: column X: reason' (as 'validate')
                and exit 2; a missing, corrupt or other-version model also exits 2 with one line.

                --quiet   no progress bar (it is shown on stderr only when running in a terminal)
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(words, Set.of("model", "data", "out"), Set.of("quiet"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
        }
        Path modelDir = args.path("model");
        Path data = args.path("data");
        Path queue = args.path("out");
        AtomicOutput.checkTarget(queue, data);
        ClaimsModel model = ClaimsModel.load(modelDir);
        boolean bar = !args.has("quiet") && err == System.err && ProgressBar.stderrIsTerminal();
        Progress progress = bar ? new ProgressBar(err) : Progress.NONE;
        ScoringQueue.Summary s = ScoringQueue.scoreFile(model, data, queue, progress);
        AtomicOutput.reportStream(queue, out).println("Scored " + Html.thousands(s.rows()) + " rows with the " + model.kind() + ": "
                + Html.thousands(s.predictedClaims()) + " predicted claims (probability >= "
                + Html.fixed(model.threshold(), 4) + "), " + Html.thousands(s.imputedRows())
                + " rows with imputed fields. Queue written to " + queue + ".");
        return Main.OK;
    }
}
