package tiktokclaims.report;

/**
 * A value that writes itself for a named format, as a prose placeholder {@code {x:spec}} asks
 * ({@code tiktokclaims.prose.Prose}): for example a regression effect reads {@code per second}.
 */
public interface Formatted {

    /** The text of this value for {@code spec}; IllegalArgumentException for a spec it does not know. */
    String formatted(String spec);
}
