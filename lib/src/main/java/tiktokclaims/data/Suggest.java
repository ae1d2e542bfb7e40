package tiktokclaims.data;

import java.util.Collection;
import java.util.Locale;

/** Helpers for error messages: the closest name to a misspelt one, and clipping long user text. */
final class Suggest {

    private Suggest() {
    }

    /** The candidate nearest to {@code name} (case-insensitive edit distance), or null if none is close. */
    static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String target = name.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(target, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** {@code s} cut to at most {@code max} characters (with an ellipsis), control characters made visible. */
    static String clip(String s, int max) {
        String t = s.length() > max ? s.substring(0, max) + "\u2026" : s;
        return tiktokclaims.report.Html.plain(t).replace("\n", "\u2424");
    }
}
