package tiktokclaims.eda;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import tiktokclaims.data.Tables;

/**
 * Correlation matrices as tables, equal to pandas' {@code DataFrame.corr()}: each pair uses the rows where both
 * values are present. The coefficients are commons-math3's ({@code PearsonsCorrelation}; {@code SpearmansCorrelation},
 * Pearson on ranks with ties given their average rank); this class only pairs the rows and shapes the table. The first column, {@code column}, names the rows.
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
        return correlation(xy[0], xy[1], false);
    }

    private static Table matrix(Table t, List<String> columns, boolean ranked) {
        int k = columns.size();
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double[][] xy = pairs(Tables.numeric(t, columns.get(i)), Tables.numeric(t, columns.get(j)));
                double v = i == j ? 1.0 : correlation(xy[0], xy[1], ranked);
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

    /** The coefficient of two equally long arrays; NaN (as pandas) when fewer than two rows or a constant column. */
    private static double correlation(double[] x, double[] y, boolean ranked) {
        if (x.length < 2) {
            return Double.NaN;
        }
        return ranked ? new SpearmansCorrelation().correlation(x, y) : new PearsonsCorrelation().correlation(x, y);
    }
}
