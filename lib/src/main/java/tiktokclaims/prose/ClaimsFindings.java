package tiktokclaims.prose;

import tech.tablesaw.api.Table;
import tiktokclaims.claims.ClaimRecord;
import tiktokclaims.claims.Candidate;
import tiktokclaims.claims.TrainingResult;
import tiktokclaims.evaluate.ConfusionMatrix;
import tiktokclaims.report.Html;

/**
 * The named values of the claims notebook's prose (notebooks/prose/06-claims.md), all taken from typed results: the
 * training result, the scored queue and the measured training time. Placeholders reach these components and their
 * accessors by name ({@code {result.model.kind.label}}, {@code {test.recall:0.00%}}).
 *
 * @param result       the training run (splits, candidates, the chosen model, its test scores)
 * @param rows         rows of the data the queue scored
 * @param queuedClaims rows of the queue predicted to be claims
 * @param trainSeconds wall time of the training run, in seconds
 */
public record ClaimsFindings(TrainingResult result, long rows, long queuedClaims, double trainSeconds) {

    /** The findings of a training run and the queue scored with its model. */
    public static ClaimsFindings of(TrainingResult result, Table queue, double trainSeconds) {
        return new ClaimsFindings(result, queue.rowCount(),
                queue.stringColumn("predicted").isEqualTo("claim").size(), trainSeconds);
    }

    /** The chosen model's confusion matrix on the test rows. */
    public ConfusionMatrix test() {
        return result.testConfusion();
    }

    /** Share of claims among the test rows. */
    public double testPrevalence() {
        ConfusionMatrix t = test();
        return (double) t.positives() / t.total();
    }

    /** Rows with a claim status (split into training, validation and test rows). */
    public long labelled() {
        return result.labelled().size();
    }

    /** Rows without a claim status (left out of training and testing). */
    public long unlabelled() {
        return rows - labelled();
    }

    /** Training rows. */
    public long trainRows() {
        return result.splits().train().length;
    }

    /** Validation rows. */
    public long validationRows() {
        return result.splits().validation().length;
    }

    /** The first training transcript's record, the notebook's worked example. */
    public ClaimRecord example() {
        return result.labelled().get(result.splits().train()[0]);
    }

    /** Vocabulary terms in the example's transcript. */
    public long exampleTerms() {
        return result.model().features().text().termsIn(example().transcript());
    }

    /** Terms of the transcript vocabulary. */
    public long vocabulary() {
        return result.model().features().text().size();
    }

    /** Features per report: the vocabulary and the video and account columns. */
    public long features() {
        return result.model().features().size();
    }

    /** The video and account columns. */
    public long videoFeatures() {
        return features() - vocabulary();
    }

    /** True when the candidates' validation ROC AUCs print the same to four decimals. */
    public boolean sameAuc() {
        TrainingResult.Selection s = result.selection();
        return Html.fixed(s.minAuc(), 4).equals(Html.fixed(s.maxAuc(), 4));
    }

    /** True when another candidate reaches the chosen one's validation recall and precision. */
    public boolean tied() {
        return result.selection().tiedCandidates() > 1;
    }

    /** True when every candidate's validation recall is within 0.01 of the chosen one's. */
    public boolean closeCandidates() {
        double best = result.selection().chosen().point().recall();
        return result.candidates().stream().map(Candidate::point).allMatch(p -> best - p.recall() <= 0.01);
    }

    /** Test ROC AUC of at least 0.99. */
    public boolean almostPerfect() {
        return result.testRoc().auc() >= 0.99;
    }

    /** Test ROC AUC of at least 0.9. */
    public boolean good() {
        return result.testRoc().auc() >= 0.9;
    }

    /** Share of the total importance carried by the most important feature. */
    public double topShare() {
        return importance().doubleColumn("share").get(0);
    }

    /** The most important feature. */
    public String topFeature() {
        return importance().stringColumn("feature").get(0);
    }

    /** Share of the total importance carried by the five most important features. */
    public double top5Share() {
        return importance().first(5).doubleColumn("share").sum();
    }

    private Table importance() {
        return result.featureImportance();
    }

    /** Share of the total importance carried by the video and account features (1 − the transcript's share). */
    public double videoShare() {
        return 1 - result.model().textShare();
    }

    /** True when the model gets every test row right. */
    public boolean noErrors() {
        return errors() == 0;
    }

    /** True when exactly one test row is misclassified. */
    public boolean oneError() {
        return errors() == 1;
    }

    /** True when exactly one test claim is missed. */
    public boolean oneMissed() {
        return missedClaims() == 1;
    }

    /** True when exactly one test opinion is flagged. */
    public boolean oneWrongFlag() {
        return wrongFlags() == 1;
    }

    /** Misclassified test rows. */
    public long errors() {
        return result.errors().rowCount();
    }

    /** Test claims predicted to be opinions. */
    public long missedClaims() {
        return result.errors().stringColumn("actual").isEqualTo("claim").size();
    }

    /** Test opinions predicted to be claims. */
    public long wrongFlags() {
        return errors() - missedClaims();
    }
}
