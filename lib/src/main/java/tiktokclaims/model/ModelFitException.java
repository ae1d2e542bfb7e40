package tiktokclaims.model;

/**
 * A logistic regression that cannot be fitted; {@link #reason()} says why and the message names the column or
 * class at fault.
 */
public class ModelFitException extends IllegalArgumentException {

    /** Why a fit failed. */
    public enum Reason {
        /** The outcome has only one class among the rows. */
        EMPTY_CLASS,
        /** A column is constant or a linear combination of other columns. */
        SINGULAR_DESIGN,
        /** The features predict the outcome exactly for some or all rows, so the estimates are infinite. */
        SEPARATION,
        /** The optimiser did not converge within its iteration limit. */
        NOT_CONVERGED
    }

    private final Reason reason;

    public ModelFitException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
