package tiktokclaims.claims;

import smile.classification.Classifier;

/** The bridge to Smile: the claim probability of a fitted Smile classifier. */
final class SmileFrames {

    private SmileFrames() {
    }

    /** The posterior probability of class 1 (claim) that a fitted binary Smile classifier gives {@code x}. */
    static <T> double claimProbability(Classifier<T> model, T x) {
        double[] post = new double[2];
        model.predict(x, post);
        return post[1];
    }
}
