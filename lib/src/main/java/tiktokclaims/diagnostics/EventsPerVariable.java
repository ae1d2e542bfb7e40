package tiktokclaims.diagnostics;

import tiktokclaims.model.DesignMatrix;
import tiktokclaims.report.Html;

/**
 * Events per variable: rows of the rarer class divided by the number of parameters other than the intercept.
 * Verdict: PASS at 10 or more (the usual rule of thumb), WARN from 5 to 10, FAIL below 5.
 */
public final class EventsPerVariable implements Check {

    /** EPV from which the verdict is PASS. */
    public static final double PASS_AT = 10.0;
    /** EPV below which the verdict is FAIL. */
    public static final double FAIL_BELOW = 5.0;

    private final int events;
    private final int parameters;
    private final String eventLabel;

    private EventsPerVariable(int events, int parameters, String eventLabel) {
        this.events = events;
        this.parameters = parameters;
        this.eventLabel = eventLabel;
    }

    /** EPV of a design (the rarer class counts as the events). */
    public static EventsPerVariable of(DesignMatrix d) {
        int pos = d.positives();
        int neg = d.rows() - pos;
        boolean positiveRarer = pos <= neg;
        return new EventsPerVariable(Math.min(pos, neg), d.columns() - 1,
                d.classLabels().get(positiveRarer ? 1 : 0));
    }

    /** Rows of the rarer class. */
    public int events() {
        return events;
    }

    /** Parameters other than the intercept. */
    public int parameters() {
        return parameters;
    }

    /** events / parameters. */
    public double value() {
        return (double) events / parameters;
    }

    @Override
    public String name() {
        return "events per variable";
    }

    @Override
    public Verdict verdict() {
        return value() >= PASS_AT ? Verdict.PASS : value() >= FAIL_BELOW ? Verdict.WARN : Verdict.FAIL;
    }

    @Override
    public String reason() {
        return Html.thousands(events) + " '" + eventLabel + "' rows / " + parameters + " parameters = "
                + Html.fixed(value(), 1) + (value() >= PASS_AT ? " >= 10" : " < 10");
    }

    @Override
    public String toString() {
        return verdictLine() + "\n";
    }

    @Override
    public String toHTML() {
        return verdictHtml();
    }
}
