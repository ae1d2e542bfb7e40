package tiktokclaims.claims;

import tiktokclaims.report.Html;
import tiktokclaims.report.Markdown;
import tiktokclaims.report.Renderable;

/**
 * What a review queue ({@link ScoringQueue#score}) holds, counted by {@link ScoringQueue#summary}; renders as one
 * paragraph of text (and its HTML) saying how many reports it ranks, how many are predicted claims, where the tie
 * rule decides, and which reports rest on imputed values.
 *
 * @param rows              reports in the queue
 * @param predictedClaims   reports predicted {@code claim} (ranks 1 to this number)
 * @param shownAsOne        reports with a claim probability of at least {@value #SHOWN_AS_ONE}, i.e. shown as
 *                          1.000000 at six decimals
 * @param ties              reports whose probability equals that of the report ranked just above them
 * @param imputedRows       reports with at least one imputed column
 * @param bestImputedRank   the best (lowest) rank of a report with an imputed column; 0 when there is none
 * @param imputedClaims     reports with an imputed column that are predicted {@code claim}
 * @param missingTranscript reports whose transcript was missing (imputed as the empty text)
 */
public record QueueSummary(long rows, long predictedClaims, long shownAsOne, long ties, long imputedRows,
                           long bestImputedRank, long imputedClaims, long missingTranscript) implements Renderable {

    /** The lowest probability that six decimals round to 1.000000. */
    public static final double SHOWN_AS_ONE = 0.9999995;

    /** The summary as Markdown (bold counts). */
    public Markdown text() {
        return Markdown.format("The queue holds **%s** reports: ranks 1 to **%s** are predicted claims, the rest "
                        + "opinions. %s%s\n\n%s",
                Html.thousands(rows), Html.thousands(predictedClaims), nearOneSentence(), tieSentence(),
                imputedSentence());
    }

    private String nearOneSentence() {
        return shownAsOne > 1 ? "**" + Html.thousands(shownAsOne) + "** reports score above 0.999999 (shown as "
                + "1.000000); among them the order follows the exact probabilities. " : "";
    }

    private String tieSentence() {
        return ties == 0 ? "No two neighbouring reports have exactly the same probability here, so the tie rule "
                + "decides nothing on these data; it matters for repeated reports of similar videos and for models "
                + "with coarser scores (trees)."
                : "**" + Html.thousands(ties) + "** reports share their probability with the report ranked just "
                + "above them and are ordered by the tie rule (more views first).";
    }

    private String imputedSentence() {
        return imputedRows == 0 ? "No report had missing values."
                : "**" + Html.thousands(imputedRows) + "** reports had missing values imputed (the best-ranked at "
                + "rank " + Html.thousands(bestImputedRank) + "); **" + Html.thousands(imputedClaims)
                + "** of them are predicted claims; **" + Html.thousands(missingTranscript) + "** lack their "
                + "transcript, so their score rests on what is left (engagement, duration, account status, or "
                + "their medians): such reports deserve a look of their own rather than trust in their rank.";
    }

    /** The paragraph as plain text. */
    @Override
    public String toString() {
        return text().toString();
    }

    @Override
    public String toHTML() {
        return text().toHTML();
    }
}
