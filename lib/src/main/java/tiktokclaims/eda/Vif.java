package tiktokclaims.eda;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.data.Tables;
import tiktokclaims.stats.Summary;

/**
 * Variance inflation factors, as statsmodels' {@code variance_inflation_factor(X, i)} computes them on a design
 * {@code X = add_constant(columns)} (a constant column first, then the named columns): for each named column,
 * {@code 1 / (1 - R²)} of its least-squares regression on the constant and the other columns. The constant's own
 * VIF is not reported. Rows with a missing value in any named column are left out.
 *
 * <p>Computed as {@code VIF_i = S_ii (S^-1)_ii} with S the centred cross-product matrix of the columns, which
 * is the same quantity (regressing on a constant is centring).
 */
public final class Vif {

    private Vif() {
    }

    /** Columns {@code column}, {@code vif}. */
    public static Table of(Table t, List<String> columns) {
        int k = columns.size();
        NumericColumn<?>[] cols = new NumericColumn<?>[k];
        for (int j = 0; j < k; j++) {
            cols[j] = Tables.numeric(t, columns.get(j));
        }
        double[][] x = completeRows(cols);
        double[][] s = centredCrossProducts(x);
        double[][] inv = Matrices.inverse(s);
        double[] vif = new double[k];
        for (int j = 0; j < k; j++) {
            vif[j] = s[j][j] * inv[j][j];
        }
        return Table.create("variance inflation factors", StringColumn.create("column", columns),
                DoubleColumn.create("vif", vif));
    }

    /** x[j] = values of column j on the rows where every column is present. */
    private static double[][] completeRows(NumericColumn<?>[] cols) {
        int k = cols.length;
        int rows = cols[0].size();
        double[][] x = new double[k][rows];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            boolean ok = true;
            for (NumericColumn<?> c : cols) {
                ok &= !c.isMissing(i);
            }
            if (ok) {
                for (int j = 0; j < k; j++) {
                    x[j][n] = cols[j].getDouble(i);
                }
                n++;
            }
        }
        for (int j = 0; j < k; j++) {
            x[j] = java.util.Arrays.copyOf(x[j], n);
        }
        return x;
    }

    private static double[][] centredCrossProducts(double[][] x) {
        int k = x.length;
        double[][] d = new double[k][];
        for (int j = 0; j < k; j++) {
            double m = Summary.mean(x[j]);
            d[j] = new double[x[j].length];
            for (int i = 0; i < d[j].length; i++) {
                d[j][i] = x[j][i] - m;
            }
        }
        double[][] s = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                double sum = 0;
                for (int i = 0; i < d[a].length; i++) {
                    sum += d[a][i] * d[b][i];
                }
                s[a][b] = sum;
                s[b][a] = sum;
            }
        }
        return s;
    }
}
