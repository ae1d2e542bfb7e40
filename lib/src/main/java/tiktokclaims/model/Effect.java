package tiktokclaims.model;

import java.util.Locale;
import tiktokclaims.report.Effects;
import tiktokclaims.report.Formatted;
import tiktokclaims.report.Html;
import tiktokclaims.report.Markdown;
import tiktokclaims.report.Renderable;

/**
 * One term of a fitted logistic regression ({@link LogitResult#effect(String)}): its estimate, standard error,
 * Wald z, two-sided p-value and 95 % interval on the log-odds scale, and the odds ratio with its interval.
 *
 * @param term      the term, e.g. {@code claim_status_opinion}
 * @param outcome   the outcome whose odds are modelled (the positive label, e.g. {@code verified})
 * @param estimate  the coefficient
 * @param stdError  its standard error
 * @param ciLow     lower end of its 95 % Wald interval
 * @param ciHigh    upper end
 */
public record Effect(String term, String outcome, double estimate, double stdError, double ciLow, double ciHigh)
        implements Renderable, Formatted {

    static Effect of(String term, String outcome, double estimate, double stdError) {
        return new Effect(term, outcome, estimate, stdError, estimate - Stats.Z975 * stdError,
                estimate + Stats.Z975 * stdError);
    }

    /** Wald statistic, estimate / standard error. */
    public double z() {
        return estimate / stdError;
    }

    /** Two-sided p-value of {@link #z()} (standard normal). */
    public double pValue() {
        return Stats.twoSidedNormal(z());
    }

    /** exp(estimate): the factor on the odds of the outcome per unit of the term. */
    public double oddsRatio() {
        return Math.exp(estimate);
    }

    /** exp(ciLow). */
    public double oddsRatioLow() {
        return Math.exp(ciLow);
    }

    /** exp(ciHigh). */
    public double oddsRatioHigh() {
        return Math.exp(ciHigh);
    }

    /** True when the 95 % interval includes no effect (0 on the log-odds scale, an odds ratio of 1). */
    public boolean includesNoEffect() {
        return ciLow <= 0 && ciHigh >= 0;
    }

    /**
     * The same effect per {@code units} units of the term (estimate, standard error and interval times
     * {@code units}; z and p unchanged), e.g. over the whole range of a feature.
     */
    public Effect times(double units) {
        return new Effect(term, outcome, estimate * units, stdError * units, ciLow * units, ciHigh * units);
    }

    /**
     * The effect in words ({@link Effects#sentence}): odds ratio, interval and p, and what they support.
     *
     * @param per the unit the odds ratio is per, e.g. "second", "switch from claim to opinion"
     */
    public Markdown sentence(String per) {
        return Markdown.of(Effects.sentence(term, oddsRatio(), oddsRatioLow(), oddsRatioHigh(), pValue(), per,
                outcome));
    }

    /** For prose placeholders: {@code {effect:per second}} is {@link #sentence(String)}. */
    @Override
    public String formatted(String spec) {
        if (!spec.startsWith("per ") || spec.length() < 5) {
            throw new IllegalArgumentException("an effect's format is 'per <unit>', e.g. {effect:per second}");
        }
        return sentence(spec.substring(4)).text();
    }

    private String line() {
        return String.format(Locale.ROOT, "estimate %s (std err %s, z %s, p %s), 95%% CI %s to %s; odds ratio %s"
                + " (95%% CI %s to %s)", LogitResult.num(estimate), LogitResult.num(stdError), Html.fixed(z(), 3),
                LogitResult.sci(pValue()), LogitResult.num(ciLow), LogitResult.num(ciHigh),
                LogitResult.num(oddsRatio()), LogitResult.num(oddsRatioLow()), LogitResult.num(oddsRatioHigh()));
    }

    @Override
    public String toString() {
        return Html.plain(term) + " (odds of " + Html.plain(outcome) + "): " + line();
    }

    @Override
    public String toHTML() {
        return "<div class=\"tc-effect\"><b>" + Html.escape(term) + "</b> (odds of " + Html.escape(outcome) + "): "
                + Html.escape(line()) + "</div>";
    }
}
