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

    /**
     * Whether this candidate beats {@code other}: higher validation recall at the operating point, then higher
     * precision there, then higher average precision; a full tie keeps the earlier one.
     */
    boolean beats(Candidate other) {
        if (point.recall() != other.point.recall()) {
            return point.recall() > other.point.recall();
        }
        if (point.precision() != other.point.precision()) {
            return point.precision() > other.point.precision();
        }
        return averagePrecision > other.averagePrecision;
    }
}
