package tiktokclaims.plot;

/** How the bars of several groups share one category or bin. */
public enum Layout {
    /** Side by side. */
    GROUPED,
    /** Drawn over each other, translucent. */
    OVERLAID,
    /** Piled on top of each other (the bar height is the total). */
    STACKED
}
