package tiktokclaims.prose;

import java.util.Arrays;
import tech.tablesaw.api.Table;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.Cleaning;
import tiktokclaims.eda.Shares;
import tiktokclaims.evaluate.Calibration;
import tiktokclaims.evaluate.CrossValidationResult;
import tiktokclaims.evaluate.Metric;
import tiktokclaims.model.CourseModel;
import tiktokclaims.model.Effect;
import tiktokclaims.model.Logit;
import tiktokclaims.model.LogitResult;
import tiktokclaims.model.PipelineResult;

/**
 * The named values of the regression stage's prose (notebooks/prose/04-execute.md, 05-executive-summary.md), all
 * taken from typed results. Placeholders reach these components and their accessors by name
 * ({@code {honest.metrics.recall:0%}}, {@code {opinion.oddsRatio:0.0}}). The cross-validation, calibration and
 * chosen-threshold results join as the notebook computes them ({@link #with(CrossValidationResult)} ...); until
 * then they are null and a placeholder naming them fails.
 *
 * @param fit                    the unpenalised course model on all complete rows
 * @param honest                 split first, class weights on the training rows, scored at the real prevalence
 * @param exemplar               the course's procedure (upsampling before the split)
 * @param completeRows           complete rows
 * @param verifiedRows           complete rows of verified accounts
 * @param opinionShareVerified   share of opinions among the videos of verified accounts
 * @param opinionShareUnverified share of opinions among the videos of unverified accounts
 * @param cv                     the honest procedure cross-validated, or null
 * @param calibration            the honest model's calibration on its test rows, or null
 * @param chosen                 the honest procedure at the chosen threshold, or null
 */
public record RegressionFindings(LogitResult fit, PipelineResult honest, PipelineResult exemplar, long completeRows,
        long verifiedRows, double opinionShareVerified, double opinionShareUnverified, CrossValidationResult cv,
        Calibration calibration, PipelineResult chosen) {

    /** The findings from the raw rows (their complete rows, the unpenalised course model) and both procedures. */
    public static RegressionFindings of(Table raw, PipelineResult honest, PipelineResult exemplar) {
        return of(Cleaning.dropIncomplete(raw), Logit.fit(CourseModel.spec().design(CourseModel.prepare(raw))),
                honest, exemplar);
    }

    /** The findings from the complete rows, the unpenalised fit and both procedures. */
    public static RegressionFindings of(Table complete, LogitResult fit, PipelineResult honest,
            PipelineResult exemplar) {
        return new RegressionFindings(fit, honest, exemplar, complete.rowCount(),
                complete.stringColumn(ClaimsSchema.VERIFIED_STATUS).isEqualTo("verified").size(),
                Shares.within(complete, ClaimsSchema.VERIFIED_STATUS, "verified", ClaimsSchema.CLAIM_STATUS, "opinion"),
                Shares.within(complete, ClaimsSchema.VERIFIED_STATUS, "not verified", ClaimsSchema.CLAIM_STATUS,
                        "opinion"), null, null, null);
    }

    /** These findings with the cross-validation of the honest procedure. */
    public RegressionFindings with(CrossValidationResult folds) {
        return new RegressionFindings(fit, honest, exemplar, completeRows, verifiedRows, opinionShareVerified,
                opinionShareUnverified, folds, calibration, chosen);
    }

    /** These findings with the calibration of the honest model. */
    public RegressionFindings with(Calibration curve) {
        return new RegressionFindings(fit, honest, exemplar, completeRows, verifiedRows, opinionShareVerified,
                opinionShareUnverified, cv, curve, chosen);
    }

    /** These findings with the honest procedure run at the chosen threshold. */
    public RegressionFindings withChosen(PipelineResult atChosen) {
        return new RegressionFindings(fit, honest, exemplar, completeRows, verifiedRows, opinionShareVerified,
                opinionShareUnverified, cv, calibration, atChosen);
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

    /** How many fold standard deviations the held-out split's AUC lies from the cross-validated mean AUC. */
    public double aucGap() {
        return Math.abs(honest.metrics().auc() - cv.mean(Metric.AUC)) / cv.sd(Metric.AUC);
    }

    /** True when the held-out split's AUC lies within 2 fold standard deviations of the mean. */
    public boolean typicalSplit() {
        return aucGap() < 2;
    }

    /** The honest model's mean predicted probability on its test rows. */
    public double meanScore() {
        return Arrays.stream(honest.scores()).average().orElse(Double.NaN);
    }

    /** True when the mean predicted probability is more than twice the share of positives (weights inflate it). */
    public boolean overstated() {
        return meanScore() > 2 * honest.testPrevalence();
    }
}
