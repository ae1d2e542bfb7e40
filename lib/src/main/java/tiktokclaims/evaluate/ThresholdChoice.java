package tiktokclaims.evaluate;

import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

/**
 * A decision threshold chosen by a rule, with the scores it gives on the rows it was chosen on. A row is
 * predicted positive when its score is {@code >= threshold}.
 *
 * @param threshold the chosen threshold (one of the observed scores)
 * @param precision precision at the threshold
 * @param recall recall at the threshold
 * @param f1 F1 at the threshold
 * @param rule what the rule was, in words
 */
public record ThresholdChoice(double threshold, double precision, double recall, double f1, String rule)
        implements Renderable {

    @Override
    public String toString() {
        return Html.plain(rule) + ": threshold " + Html.fixed(threshold, 4) + " (precision " + Html.fixed(precision, 4)
                + ", recall " + Html.fixed(recall, 4) + ", F1 " + Html.fixed(f1, 4) + ")";
    }

    @Override
    public String toHTML() {
        return "<p>" + Html.escape(rule) + ": threshold " + Html.fixed(threshold, 4) + " (precision "
                + Html.fixed(precision, 4) + ", recall " + Html.fixed(recall, 4) + ", F1 " + Html.fixed(f1, 4)
                + ")</p>";
    }
}
