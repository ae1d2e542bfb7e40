package tiktokclaims.prose;

import java.util.List;
import tech.tablesaw.api.Table;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.Cleaning;
import tiktokclaims.data.OutlierLimits;
import tiktokclaims.eda.Correlations;
import tiktokclaims.eda.Shares;
import tiktokclaims.eda.Vif;

/**
 * The named values of the analyze notebook's prose (notebooks/prose/02-analyze.md), taken from the raw rows: the
 * complete rows, the course's IQR caps, the class balance, the correlations of the capped counts and their VIFs.
 *
 * @param complete        the complete rows
 * @param prepared        the complete rows with likes and comments capped (the course's preparation)
 * @param numericFeatures the numeric features whose VIFs are compared (with likes)
 */
public record AnalyzeFindings(Table complete, Table prepared, List<String> numericFeatures) {

    /** The findings of the raw rows, the VIFs over {@code numericFeatures} (likes among them). */
    public static AnalyzeFindings of(Table raw, List<String> numericFeatures) {
        return new AnalyzeFindings(Cleaning.dropIncomplete(raw), Cleaning.exemplar(raw).table(),
                List.copyOf(numericFeatures));
    }

    /** Complete rows. */
    public long completeRows() {
        return complete.rowCount();
    }

    /** The cap of likes, Q3 + 1.5 IQR of the complete rows. */
    public OutlierLimits likeCap() {
        return Cleaning.iqrLimits(complete, ClaimsSchema.LIKES);
    }

    /** The cap of comments. */
    public OutlierLimits commentCap() {
        return Cleaning.iqrLimits(complete, ClaimsSchema.COMMENTS);
    }

    /** Complete rows with more likes than the cap. */
    public long likesAboveCap() {
        return complete.numberColumn(ClaimsSchema.LIKES).isGreaterThan(likeCap().upper()).size();
    }

    /** Complete rows with more comments than the cap. */
    public long commentsAboveCap() {
        return complete.numberColumn(ClaimsSchema.COMMENTS).isGreaterThan(commentCap().upper()).size();
    }

    /** Share of verified accounts among the complete rows. */
    public double verifiedShare() {
        return (double) complete.stringColumn(ClaimsSchema.VERIFIED_STATUS).isEqualTo("verified").size()
                / complete.rowCount();
    }

    /** Share of unverified accounts: how often always answering "not verified" is right. */
    public double unverifiedShare() {
        return 1 - verifiedShare();
    }

    /** Share of opinions among the videos of verified accounts. */
    public double opinionShareVerified() {
        return Shares.within(complete, ClaimsSchema.VERIFIED_STATUS, "verified", ClaimsSchema.CLAIM_STATUS, "opinion");
    }

    /** Share of opinions among the videos of unverified accounts. */
    public double opinionShareUnverified() {
        return Shares.within(complete, ClaimsSchema.VERIFIED_STATUS, "not verified", ClaimsSchema.CLAIM_STATUS,
                "opinion");
    }

    /** Pearson correlation of likes and views (capped counts). */
    public double likesViews() {
        return Correlations.pearson(prepared, ClaimsSchema.LIKES, ClaimsSchema.VIEWS);
    }

    /** Pearson correlation of likes and shares. */
    public double likesShares() {
        return Correlations.pearson(prepared, ClaimsSchema.LIKES, ClaimsSchema.SHARES);
    }

    /** Pearson correlation of likes and downloads. */
    public double likesDownloads() {
        return Correlations.pearson(prepared, ClaimsSchema.LIKES, ClaimsSchema.DOWNLOADS);
    }

    /** Pearson correlation of likes and comments (capped). */
    public double likesComments() {
        return Correlations.pearson(prepared, ClaimsSchema.LIKES, ClaimsSchema.COMMENTS);
    }

    /** Pearson correlation of duration and views. */
    public double durationViews() {
        return Correlations.pearson(prepared, ClaimsSchema.DURATION, ClaimsSchema.VIEWS);
    }

    /** The largest VIF of the numeric features, likes included. */
    public double maxVif() {
        return Vif.of(prepared, numericFeatures).doubleColumn("vif").max();
    }

    /** The VIF of likes among the numeric features. */
    public double likesVif() {
        return Vif.of(prepared, numericFeatures).doubleColumn("vif").get(numericFeatures.indexOf(ClaimsSchema.LIKES));
    }

    /** The largest VIF of the numeric features without likes. */
    public double maxVifWithoutLikes() {
        return Vif.of(prepared, numericFeatures.stream().filter(c -> !c.equals(ClaimsSchema.LIKES)).toList())
                .doubleColumn("vif").max();
    }
}
