package tiktokclaims.claims;

/**
 * One fitted model's scores on the validation rows, used to choose between the models.
 *
 * @param kind             which model
 * @param auc              ROC AUC on validation
 * @param averagePrecision average precision (area under the precision-recall curve) on validation
 * @param point            the threshold chosen on validation, with its precision and recall
 */
public record Candidate(ModelKind kind, double auc, double averagePrecision, OperatingPoint point) {

    /** Average precisions closer than this are a tie (sums of many terms differ in the last bits). */
    static final double AP_TOLERANCE = 1e-9;

    /**
     * Whether this candidate beats {@code other}: higher validation recall at the operating point, then higher
     * precision there, then higher average precision (by more than {@value #AP_TOLERANCE}); a full tie keeps the
     * earlier candidate, i.e. the simpler model in the default order.
     */
    boolean beats(Candidate other) {
        if (point.recall() != other.point.recall()) {
            return point.recall() > other.point.recall();
        }
        if (point.precision() != other.point.precision()) {
            return point.precision() > other.point.precision();
        }
        return averagePrecision > other.averagePrecision + AP_TOLERANCE;
    }
}
