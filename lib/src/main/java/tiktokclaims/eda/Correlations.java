package tiktokclaims.eda;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.data.Tables;
import tiktokclaims.stats.Order;
import tiktokclaims.stats.Summary;

/**
 * Correlation matrices as tables, equal to pandas' {@code DataFrame.corr()}: each pair uses the rows where both
 * values are present. Pearson is the centred product-moment correlation; Spearman is Pearson on ranks with ties
 * given their average rank. The first column, {@code column}, names the rows.
 */
public final class Correlations {

    private Correlations() {
    }

    /** Pearson correlation matrix of the named numeric columns. */
    public static Table pearson(Table t, List<String> columns) {
        return matrix(t, columns, false);
    }

    /** Spearman rank correlation matrix of the named numeric columns. */
    public static Table spearman(Table t, List<String> columns) {
        return matrix(t, columns, true);
    }

    /** One Pearson coefficient (pairwise-complete rows). */
    public static double pearson(Table t, String a, String b) {
        double[][] xy = pairs(Tables.numeric(t, a), Tables.numeric(t, b));
        return correlation(xy[0], xy[1]);
    }

    private static Table matrix(Table t, List<String> columns, boolean ranked) {
        int k = columns.size();
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double[][] xy = pairs(Tables.numeric(t, columns.get(i)), Tables.numeric(t, columns.get(j)));
                double v = i == j ? 1.0 : ranked ? correlation(ranks(xy[0]), ranks(xy[1]))
                        : correlation(xy[0], xy[1]);
                r[i][j] = v;
                r[j][i] = v;
            }
        }
        Table out = Table.create((ranked ? "Spearman" : "Pearson") + " correlation",
                StringColumn.create("column", columns));
        for (int j = 0; j < k; j++) {
            double[] col = new double[k];
            for (int i = 0; i < k; i++) {
                col[i] = r[i][j];
            }
            out.addColumns(DoubleColumn.create(columns.get(j), col));
        }
        return out;
    }

    private static double[][] pairs(NumericColumn<?> a, NumericColumn<?> b) {
        int n = 0;
        double[] x = new double[a.size()];
        double[] y = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            if (!a.isMissing(i) && !b.isMissing(i)) {
                x[n] = a.getDouble(i);
                y[n] = b.getDouble(i);
                n++;
            }
        }
        return new double[][] {java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n)};
    }

    /** Pearson correlation of two equally long arrays (two-pass, centred); NaN when either is constant. */
    private static double correlation(double[] x, double[] y) {
        double mx = Summary.mean(x);
        double my = Summary.mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Ranks 1..n with ties given their average rank (pandas {@code rank(method="average")}). */
    private static double[] ranks(double[] v) {
        int n = v.length;
        int[] order = Order.ascending(v);
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }
}
