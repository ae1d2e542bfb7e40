package tiktokclaims.output;

/** A request that cannot be done as given (bad arguments, an output that must not be written): exit status 2 and one line. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
