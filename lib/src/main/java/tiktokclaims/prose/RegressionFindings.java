package tiktokclaims.prose;

import java.util.Arrays;
import tech.tablesaw.api.Table;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.eda.Shares;
import tiktokclaims.evaluate.Metric;
import tiktokclaims.model.Effect;
import tiktokclaims.model.LogitResult;
import tiktokclaims.model.PipelineResult;

/**
 * The named values of the regression stage's prose (notebooks/prose/04-execute.md, 05-executive-summary.md), all
 * taken from typed results: the unpenalised fit on the complete rows, the honest and the course's (exemplar) evaluation, and the
 * complete rows. Placeholders reach these components and their accessors by name ({@code {honest.metrics.recall:0%}}).
 *
 * @param fit                    the unpenalised course model on all complete rows
 * @param honest                 split first, class weights on the training rows, scored at the real prevalence
 * @param exemplar               the course's procedure (upsampling before the split)
 * @param completeRows           complete rows
 * @param verifiedRows           complete rows of verified accounts
 * @param opinionShareVerified   share of opinions among the videos of verified accounts
 * @param opinionShareUnverified share of opinions among the videos of unverified accounts
 */
public record RegressionFindings(LogitResult fit, PipelineResult honest, PipelineResult exemplar, long completeRows,
        long verifiedRows, double opinionShareVerified, double opinionShareUnverified) {

    /** The findings from the complete rows and the three results. */
    public static RegressionFindings of(Table complete, LogitResult fit, PipelineResult honest, PipelineResult exemplar) {
        return new RegressionFindings(fit, honest, exemplar, complete.rowCount(),
                complete.stringColumn(ClaimsSchema.VERIFIED_STATUS).isEqualTo("verified").size(),
                Shares.within(complete, ClaimsSchema.VERIFIED_STATUS, "verified", ClaimsSchema.CLAIM_STATUS, "opinion"),
                Shares.within(complete, ClaimsSchema.VERIFIED_STATUS, "not verified", ClaimsSchema.CLAIM_STATUS,
                        "opinion"));
    }

    /** verifiedRows / completeRows. */
    public double verifiedShare() {
        return (double) verifiedRows / completeRows;
    }

    /** The effect of an opinion against a claim. */
    public Effect opinion() {
        return fit.effect("claim_status_opinion");
    }

    /** The effect of one second of video duration. */
    public Effect duration() {
        return fit.effect(ClaimsSchema.DURATION);
    }

    /** Seconds from the shortest to the longest video of the fit. */
    public double durationRange() {
        double[] d = fit.design().column(ClaimsSchema.DURATION);
        return Arrays.stream(d).max().orElseThrow() - Arrays.stream(d).min().orElseThrow();
    }

    /** The duration effect from the shortest to the longest video. */
    public Effect durationOverRange() {
        return duration().times(durationRange());
    }

    /** The course's procedure's (penalised) coefficient of one second of duration. */
    public double exemplarDuration() {
        return exemplar.model().estimate(ClaimsSchema.DURATION);
    }

    /** Lower end of the bootstrap interval of the honest precision. */
    public double honestPrecisionLow() {
        return honest.intervals().low(Metric.PRECISION);
    }

    /** Upper end of the bootstrap interval of the honest precision. */
    public double honestPrecisionHigh() {
        return honest.intervals().high(Metric.PRECISION);
    }
}
