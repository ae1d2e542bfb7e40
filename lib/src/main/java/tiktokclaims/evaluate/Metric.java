package tiktokclaims.evaluate;

import java.util.Locale;

/** The headline scores of a binary classifier, as typed keys of {@link Metrics} and {@link BootstrapResult}. */
public enum Metric {
    PRECISION, RECALL, F1, ACCURACY, AUC;

    /** The lower-case name used in tables and JSON: {@code precision}, {@code recall}, {@code f1}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
