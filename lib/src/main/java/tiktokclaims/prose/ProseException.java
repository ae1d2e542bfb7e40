package tiktokclaims.prose;

/** A prose file that cannot be filled as written: names the file, the line and the placeholder. */
public final class ProseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    ProseException(String message) {
        super(message);
    }
}
