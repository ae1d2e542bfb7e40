package tiktokclaims.claims;

/**
 * The review order of scored rows, on primitive arrays (no boxing, so ten million rows sort in a few seconds and
 * a few tens of MB). Order: higher claim probability first; ties by reach, higher {@code video_view_count} first
 * (a missing count, given as NaN, counts as no reach and goes last); then smaller {@code video_id}; then input
 * order. A stable merge sort, O(n log n), with one extra int array.
 */
public final class QueueOrder {

    private QueueOrder() {
    }

    /**
     * The row indices {@code 0..n-1} in review order; position {@code k} of the result holds the row with rank
     * {@code k + 1}.
     */
    public static int[] order(double[] probability, double[] views, long[] videoId, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] tmp = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                merge(a, tmp, lo, lo + width, Math.min(lo + 2 * width, n), probability, views, videoId);
            }
        }
        return a;
    }

    /** Ranks (1 = review first) per row, from {@link #order}. */
    public static int[] ranks(int[] order) {
        int[] rank = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            rank[order[k]] = k + 1;
        }
        return rank;
    }

    private static void merge(int[] a, int[] tmp, int lo, int mid, int hi, double[] p, double[] v, long[] id) {
        if (!before(a[mid], a[mid - 1], p, v, id)) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i >= mid) {
                a[k] = tmp[j++];
            } else if (j >= hi) {
                a[k] = tmp[i++];
            } else if (before(tmp[j], tmp[i], p, v, id)) {
                a[k] = tmp[j++];
            } else {
                a[k] = tmp[i++];
            }
        }
    }

    /** Whether row x strictly precedes row y (equal rows keep input order: the sort is stable). */
    static boolean before(int x, int y, double[] p, double[] v, long[] id) {
        if (p[x] != p[y]) {
            return p[x] > p[y];
        }
        double vx = Double.isNaN(v[x]) ? -1 : v[x];
        double vy = Double.isNaN(v[y]) ? -1 : v[y];
        if (vx != vy) {
            return vx > vy;
        }
        if (id[x] != id[y]) {
            return id[x] < id[y];
        }
        return x < y;
    }
}
