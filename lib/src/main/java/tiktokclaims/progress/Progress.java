package tiktokclaims.progress;

/**
 * Progress of a long file operation (called from the working thread). It lives below both the work that reports
 * it ({@code claims.ScoringQueue}) and the front end that shows it ({@code cli}), so neither imports the other.
 */
public interface Progress {

    /** Called every few thousand rows. */
    void update(long bytesRead, long totalBytes, long rows);

    /** Called once when the input has been read. */
    void finish(long rows);

    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void update(long bytesRead, long totalBytes, long rows) {
        }

        @Override
        public void finish(long rows) {
        }
    };
}
