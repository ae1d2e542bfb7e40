package tiktokclaims.eda;

import java.util.List;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.data.Tables;

/**
 * Variance inflation factors, as statsmodels' {@code variance_inflation_factor(X, i)} computes them on a design
 * {@code X = add_constant(columns)} (a constant column first, then the named columns): for each named column,
 * {@code 1 / (1 - R²)} of its least-squares regression on the constant and the other columns. The constant's own
 * VIF is not reported. Rows with a missing value in any named column are left out.
 *
 * <p>Computed as {@code VIF_i = (R^-1)_ii} with R the columns' correlation matrix (commons-math3's
 * {@code PearsonsCorrelation}, inverted by its {@code LUDecomposition}), which is the same quantity: regressing on a
 * constant is centring, and scaling the columns to unit variance leaves R² unchanged.
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
        RealMatrix r = new PearsonsCorrelation(completeRows(cols)).getCorrelationMatrix();
        RealMatrix inv;
        try {
            if (java.util.Arrays.stream(r.getData()).flatMapToDouble(java.util.Arrays::stream).anyMatch(Double::isNaN)) {
                // a constant column (no correlation defined) is collinear with the constant
                throw new SingularMatrixException();
            }
            inv = new LUDecomposition(r).getSolver().getInverse();
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("the columns are perfectly collinear (singular matrix)", e);
        }
        double[] vif = new double[k];
        for (int j = 0; j < k; j++) {
            vif[j] = inv.getEntry(j, j);
        }
        return Table.create("variance inflation factors", StringColumn.create("column", columns),
                DoubleColumn.create("vif", vif));
    }

    /** Row i = the values of row i of the table, over the rows where every column is present. */
    private static double[][] completeRows(NumericColumn<?>[] cols) {
        int rows = cols[0].size();
        double[][] x = new double[rows][];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            double[] row = new double[cols.length];
            boolean ok = true;
            for (int j = 0; j < cols.length && ok; j++) {
                ok = !cols[j].isMissing(i);
                row[j] = ok ? cols[j].getDouble(i) : Double.NaN;
            }
            if (ok) {
                x[n++] = row;
            }
        }
        return java.util.Arrays.copyOf(x, n);
    }
}
