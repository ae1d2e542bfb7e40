package tiktokclaims.plot;

import java.util.List;
import java.util.Map;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.model.Encoder;

/**
 * Human axis titles with units for the dataset's columns ("Video duration (s)", "Views (count)"), and the
 * natural order of their category labels. Unknown columns keep their own name.
 */
public final class AxisLabels {

    private static final Map<String, String> TITLES = Map.of(
            ClaimsSchema.DURATION, "Video duration (s)",
            ClaimsSchema.VIEWS, "Views (count)",
            ClaimsSchema.LIKES, "Likes (count)",
            ClaimsSchema.SHARES, "Shares (count)",
            ClaimsSchema.DOWNLOADS, "Downloads (count)",
            ClaimsSchema.COMMENTS, "Comments (count)",
            ClaimsSchema.CLAIM_STATUS, "Claim status",
            ClaimsSchema.VERIFIED_STATUS, "Verified status",
            ClaimsSchema.BAN_STATUS, "Author ban status");

    private static final List<List<String>> ORDERS = List.of(ClaimsSchema.CLAIM_LABELS,
            ClaimsSchema.VERIFIED_LABELS, ClaimsSchema.BAN_LABELS);

    private AxisLabels() {
    }

    /** The axis title of a column: a readable name with its unit for the dataset's columns, else the name. */
    public static String of(String column) {
        return TITLES.getOrDefault(column, column);
    }

    /**
     * A model term in words, from the encoder that made it: a numeric feature by its bare title ("Video
     * duration"), a dummy by its level against the reference level, "Opinion (vs claim)", anything else by its
     * name.
     */
    public static String term(Encoder encoder, String term) {
        if (encoder.spec().numeric().contains(term)) {
            return bare(term);
        }
        for (String column : encoder.spec().categorical()) {
            List<String> levels = encoder.levels(column);
            for (String level : levels.subList(1, levels.size())) {
                if (Encoder.dummyName(column, level).equals(term)) {
                    return Character.toUpperCase(level.charAt(0)) + level.substring(1) + " (vs " + levels.get(0) + ")";
                }
            }
        }
        return term;
    }

    /** Whether the column holds counts (which get thousands separators). */
    public static boolean isCount(String column) {
        return ClaimsSchema.COUNTS.contains(column);
    }

    /** The column title without its unit ("Views" for "Views (count)"), for chart titles. */
    static String bare(String column) {
        String t = of(column);
        int paren = t.indexOf(" (");
        return paren > 0 ? t.substring(0, paren) : t;
    }

    /**
     * The levels in display order: the dataset's natural order when the levels are all known labels of one
     * categorical column (claim, opinion; active, under review, banned), else sorted.
     */
    static List<String> order(List<String> levels) {
        for (List<String> known : ORDERS) {
            if (known.containsAll(levels)) {
                return known.stream().filter(levels::contains).toList();
            }
        }
        return levels.stream().sorted().toList();
    }
}
