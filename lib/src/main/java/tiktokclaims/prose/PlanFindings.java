package tiktokclaims.prose;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.Cleaning;
import tiktokclaims.data.LoadReport;
import tiktokclaims.eda.Describe;

/**
 * The named values of the plan notebook's prose (notebooks/prose/01-plan.md), taken from the loader's report and
 * the rows it read. Placeholders reach the report's accessors too ({@code {report.missing.claim_status}}).
 *
 * @param report               what the loader found
 * @param completeRows         rows left after dropping every row with an empty field
 * @param completeVerifiedRows complete rows of verified accounts
 * @param likes                the likes column of {@link Describe} (count, mean, std, min, 25%, 50%, 75%, max)
 */
public record PlanFindings(LoadReport report, long completeRows, long completeVerifiedRows, DoubleColumn likes) {

    /** The findings of one load. */
    public static PlanFindings of(LoadReport report, Table raw) {
        Table complete = Cleaning.dropIncomplete(raw);
        return new PlanFindings(report, complete.rowCount(),
                complete.stringColumn(ClaimsSchema.VERIFIED_STATUS).isEqualTo("verified").size(),
                Describe.of(raw, List.of(ClaimsSchema.LIKES)).doubleColumn(ClaimsSchema.LIKES));
    }

    /** Share of the rows read that have an empty field. */
    public double incompleteShare() {
        return (double) report.incompleteRows() / report.rows();
    }

    /** Rows of verified accounts. */
    public long verifiedRows() {
        return report.classCount(ClaimsSchema.VERIFIED_STATUS, "verified");
    }

    /** Share of verified accounts among the rows read. */
    public double verifiedShare() {
        return (double) verifiedRows() / report.rows();
    }

    /** Share of verified accounts among the complete rows. */
    public double completeVerifiedShare() {
        return (double) completeVerifiedRows / completeRows;
    }

    /** Mean likes. */
    public double likesMean() {
        return likes.get(Describe.STATISTICS.indexOf("mean"));
    }

    /** Median likes. */
    public double likesMedian() {
        return likes.get(Describe.STATISTICS.indexOf("50%"));
    }

    /** Third quartile of likes. */
    public double likesQ3() {
        return likes.get(Describe.STATISTICS.indexOf("75%"));
    }

    /** Most likes. */
    public double likesMax() {
        return likes.get(Describe.STATISTICS.indexOf("max"));
    }

    /** True when no video id occurs twice. */
    public boolean noDuplicates() {
        return report.duplicates().extraRows() == 0;
    }
}
