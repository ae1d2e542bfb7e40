package tiktokclaims.diagnostics;

/** The outcome of an assumption check. */
public enum Verdict {
    /** The assumption holds as far as the check can tell. */
    PASS,
    /** A problem worth knowing about; the model can still be used with care. */
    WARN,
    /** The assumption is violated; estimates or their standard errors cannot be trusted as they are. */
    FAIL
}
