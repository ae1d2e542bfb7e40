package tiktokclaims.claims;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import tiktokclaims.data.ClaimsSchema;

/**
 * One reported video as the classifier sees it. A missing number is {@code NaN}, a missing text is {@code null}.
 *
 * @param videoId        the video's id
 * @param claimStatus    {@code claim}, {@code opinion}, or null when unknown (a file to score may lack it)
 * @param durationSec    video length in seconds
 * @param transcript     the transcribed speech (user text: escape it when rendering)
 * @param verifiedStatus {@code verified} / {@code not verified}
 * @param banStatus      {@code active} / {@code under review} / {@code banned}
 * @param views          video_view_count
 * @param likes          video_like_count
 * @param shares         video_share_count
 * @param downloads      video_download_count
 * @param comments       video_comment_count
 */
public record ClaimRecord(long videoId, String claimStatus, double durationSec, String transcript,
                          String verifiedStatus, String banStatus, double views, double likes, double shares,
                          double downloads, double comments) {

    /** Row {@code row} of a table loaded by {@link tiktokclaims.data.ClaimsData#load}; claim_status may be absent. */
    public static ClaimRecord of(Table t, int row) {
        return new ClaimRecord(
                t.longColumn(ClaimsSchema.VIDEO_ID).getLong(row),
                t.containsColumn(ClaimsSchema.CLAIM_STATUS) ? text(t, ClaimsSchema.CLAIM_STATUS, row) : null,
                number(t, ClaimsSchema.DURATION, row),
                text(t, ClaimsSchema.TRANSCRIPT, row),
                text(t, ClaimsSchema.VERIFIED_STATUS, row),
                text(t, ClaimsSchema.BAN_STATUS, row),
                number(t, ClaimsSchema.VIEWS, row),
                number(t, ClaimsSchema.LIKES, row),
                number(t, ClaimsSchema.SHARES, row),
                number(t, ClaimsSchema.DOWNLOADS, row),
                number(t, ClaimsSchema.COMMENTS, row));
    }

    /** Every row of the table, in order. */
    public static List<ClaimRecord> all(Table t) {
        List<ClaimRecord> out = new ArrayList<>(t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            out.add(of(t, r));
        }
        return out;
    }

    /** The five engagement counts in {@link ClaimsSchema#COUNTS} order. */
    public double[] counts() {
        return new double[] {views, likes, shares, downloads, comments};
    }

    /** Whether the label is {@code claim} (1) or not (0); throws when the label is unknown. */
    public int label() {
        if ("claim".equals(claimStatus)) {
            return 1;
        }
        if ("opinion".equals(claimStatus)) {
            return 0;
        }
        throw new IllegalStateException("video " + videoId + " has no claim_status");
    }

    /** The feature columns that are missing in this row (imputed when scored), in file order; empty when complete. */
    public List<String> missingColumns() {
        List<String> out = new ArrayList<>();
        if (Double.isNaN(durationSec)) {
            out.add(ClaimsSchema.DURATION);
        }
        if (transcript == null) {
            out.add(ClaimsSchema.TRANSCRIPT);
        }
        if (verifiedStatus == null) {
            out.add(ClaimsSchema.VERIFIED_STATUS);
        }
        if (banStatus == null) {
            out.add(ClaimsSchema.BAN_STATUS);
        }
        double[] c = counts();
        for (int i = 0; i < c.length; i++) {
            if (Double.isNaN(c[i])) {
                out.add(ClaimsSchema.COUNTS.get(i));
            }
        }
        return out;
    }

    private static String text(Table t, String col, int row) {
        if (!t.containsColumn(col)) {
            return null;
        }
        var c = t.column(col);
        return c.isMissing(row) ? null : c.getString(row);
    }

    private static double number(Table t, String col, int row) {
        if (!t.containsColumn(col)) {
            return Double.NaN;
        }
        var c = t.numberColumn(col);
        return c.isMissing(row) ? Double.NaN : c.getDouble(row);
    }
}
