package tiktokclaims.cli;

/** Bad command-line arguments: exit status 2 and one line. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
