package tiktokclaims.data;

import java.util.List;

/** The 12 columns of the claims dataset ({@code ../shared/data/README.md}) and their allowed labels. */
public final class ClaimsSchema {

    public static final String ROW = "#";
    public static final String CLAIM_STATUS = "claim_status";
    public static final String VIDEO_ID = "video_id";
    public static final String DURATION = "video_duration_sec";
    public static final String TRANSCRIPT = "video_transcription_text";
    public static final String VERIFIED_STATUS = "verified_status";
    public static final String BAN_STATUS = "author_ban_status";
    public static final String VIEWS = "video_view_count";
    public static final String LIKES = "video_like_count";
    public static final String SHARES = "video_share_count";
    public static final String DOWNLOADS = "video_download_count";
    public static final String COMMENTS = "video_comment_count";

    /** All columns in the file's usual order. */
    public static final List<String> COLUMNS = List.of(ROW, CLAIM_STATUS, VIDEO_ID, DURATION, TRANSCRIPT,
            VERIFIED_STATUS, BAN_STATUS, VIEWS, LIKES, SHARES, DOWNLOADS, COMMENTS);

    /** The five engagement counts (read as doubles: the file writes them as {@code 343296.0}). */
    public static final List<String> COUNTS = List.of(VIEWS, LIKES, SHARES, DOWNLOADS, COMMENTS);

    public static final List<String> CLAIM_LABELS = List.of("claim", "opinion");
    public static final List<String> VERIFIED_LABELS = List.of("not verified", "verified");
    public static final List<String> BAN_LABELS = List.of("active", "under review", "banned");

    private ClaimsSchema() {
    }
}
