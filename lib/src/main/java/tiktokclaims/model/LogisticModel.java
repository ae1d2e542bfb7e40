package tiktokclaims.model;

import java.util.List;

/** A fitted logistic regression that can score rows encoded with the same terms. */
public interface LogisticModel {

    /** Term names, {@code const} first. */
    List<String> terms();

    /** Coefficients on the log-odds scale, in {@link #terms()} order (a copy). */
    double[] estimates();

    /** The log-odds {@code X b} of every row; the design must have the same terms in the same order. */
    default double[] linearPredictor(DesignMatrix d) {
        if (!d.terms().equals(terms())) {
            throw new IllegalArgumentException("the design's terms " + d.terms() + " differ from the model's "
                    + terms());
        }
        return d.linearPredictor(estimates());
    }

    /** The fitted probability of the positive class for every row. */
    default double[] predictProba(DesignMatrix d) {
        double[] eta = linearPredictor(d);
        for (int i = 0; i < eta.length; i++) {
            eta[i] = NewtonFitter.sigmoid(eta[i]);
        }
        return eta;
    }
}
