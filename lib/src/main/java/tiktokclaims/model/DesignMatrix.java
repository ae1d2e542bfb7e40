package tiktokclaims.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The numbers a logistic regression sees: a binary outcome {@code y} (1 = the positive class) and one column per
 * model term, the first being the intercept {@code const} (all ones). Stored column by column. Immutable.
 *
 * <p>It remembers whether its rows contain copies of the same source row ({@link #duplicatedRows()}, set by
 * {@link #rows(int[])} when an index repeats, e.g. after upsampling) and any case weights: a fit on such a matrix
 * refuses to report standard errors and p-values (see {@link LogitResult#inferenceValid()}).
 */
public final class DesignMatrix {

    /** The name of the intercept term. */
    public static final String CONST = "const";

    private final List<String> terms;
    private final double[][] columns;
    private final int[] y;
    private final double[] weights;
    private final String target;
    private final List<String> classLabels;
    private final boolean duplicatedRows;
    /** Columns whose every value is 0 or 1 and a byte per row, bit k = 1 in {@code indicatorColumns[k]}; or null. */
    private final int[] indicatorColumns;
    private final byte[] indicatorCodes;

    DesignMatrix(List<String> terms, double[][] columns, int[] y, double[] weights, String target,
            List<String> classLabels, boolean duplicatedRows) {
        this(terms, columns, y, weights, target, classLabels, duplicatedRows, null, null);
    }

    /**
     * A design whose maker knows its indicator columns (the intercept and dummies: every value 0 or 1) and codes
     * them as a byte per row, bit k set when the row has 1 in {@code indicatorColumns[k]} (at most
     * {@link NewtonFitter#MAX_INDICATORS} columns): the fit then need not find and code them.
     */
    DesignMatrix(List<String> terms, double[][] columns, int[] y, double[] weights, String target,
            List<String> classLabels, boolean duplicatedRows, int[] indicatorColumns, byte[] indicatorCodes) {
        if (terms.size() != columns.length) {
            throw new IllegalArgumentException(terms.size() + " term names for " + columns.length + " columns");
        }
        for (double[] c : columns) {
            if (c.length != y.length) {
                throw new IllegalArgumentException("every column needs " + y.length + " rows");
            }
        }
        if (weights != null && weights.length != y.length) {
            throw new IllegalArgumentException("weights need " + y.length + " rows, got " + weights.length);
        }
        this.terms = List.copyOf(terms);
        this.columns = columns;
        this.y = y;
        this.weights = weights;
        this.target = target;
        this.classLabels = List.copyOf(classLabels);
        this.duplicatedRows = duplicatedRows;
        if ((indicatorColumns == null) != (indicatorCodes == null) || indicatorCodes != null
                && (indicatorCodes.length != y.length || indicatorColumns.length > NewtonFitter.MAX_INDICATORS)) {
            throw new IllegalArgumentException("indicator codes need a column list of at most "
                    + NewtonFitter.MAX_INDICATORS + " and a code per row");
        }
        this.indicatorColumns = indicatorColumns;
        this.indicatorCodes = indicatorCodes;
    }

    /**
     * A design from plain arrays: the intercept column is added in front of {@code x}'s columns.
     *
     * @param names  names of the columns of {@code x}
     * @param x      values, {@code x[row][column]}
     * @param y      outcome per row, 0 or 1
     * @param target name of the outcome
     */
    public static DesignMatrix of(List<String> names, double[][] x, int[] y, String target) {
        int n = y.length;
        int p = names.size();
        double[][] cols = new double[p + 1][n];
        java.util.Arrays.fill(cols[0], 1.0);
        for (int i = 0; i < n; i++) {
            if (x[i].length != p) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " values, expected " + p);
            }
            for (int j = 0; j < p; j++) {
                cols[j + 1][i] = x[i][j];
            }
        }
        List<String> terms = new ArrayList<>();
        terms.add(CONST);
        terms.addAll(names);
        checkOutcome(y);
        return new DesignMatrix(terms, cols, y.clone(), null, target, List.of("0", "1"), false);
    }

    static void checkOutcome(int[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("the outcome must be 0 or 1; row " + i + " has " + y[i]);
            }
        }
    }

    /** Number of rows. */
    public int rows() {
        return y.length;
    }

    /** Number of terms, the intercept included. */
    public int columns() {
        return columns.length;
    }

    /** Term names in column order, {@code const} first. */
    public List<String> terms() {
        return terms;
    }

    /** The column of a term (a copy). */
    public double[] column(String term) {
        return column(indexOf(term));
    }

    /** Column {@code j} (a copy). */
    public double[] column(int j) {
        return columns[j].clone();
    }

    /** Index of a term; throws naming the term when absent. */
    public int indexOf(String term) {
        int j = terms.indexOf(term);
        if (j < 0) {
            throw new IllegalArgumentException("no term '" + term + "' in the design " + terms);
        }
        return j;
    }

    /** One value. */
    public double get(int row, int column) {
        return columns[column][row];
    }

    /** The outcome (a copy), 1 = {@link #positiveLabel()}. */
    public int[] y() {
        return y.clone();
    }

    /** Case weights, or {@code null} when every row counts once. */
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    /** Name of the outcome column. */
    public String target() {
        return target;
    }

    /** The outcome's labels: element 0 is coded 0, element 1 is coded 1. */
    public List<String> classLabels() {
        return classLabels;
    }

    /** The label coded 1. */
    public String positiveLabel() {
        return classLabels.get(1);
    }

    /** True when some rows are copies of the same source row (upsampling). */
    public boolean duplicatedRows() {
        return duplicatedRows;
    }

    /** Number of rows with outcome 1. */
    public int positives() {
        int k = 0;
        for (int v : y) {
            k += v;
        }
        return k;
    }

    /**
     * The given rows, in the given order. An index may repeat (sampling with replacement); the result is then
     * marked as having {@link #duplicatedRows()}.
     */
    public DesignMatrix rows(int[] index) {
        double[][] cols = new double[columns.length][index.length];
        int[] yy = new int[index.length];
        double[] w = weights == null ? null : new double[index.length];
        boolean[] seen = new boolean[y.length];
        boolean dup = duplicatedRows;
        for (int i = 0; i < index.length; i++) {
            int r = index[i];
            if (seen[r]) {
                dup = true;
            }
            seen[r] = true;
            yy[i] = y[r];
            if (w != null) {
                w[i] = weights[r];
            }
            for (int j = 0; j < columns.length; j++) {
                cols[j][i] = columns[j][r];
            }
        }
        return new DesignMatrix(terms, cols, yy, w, target, classLabels, dup);
    }

    /** The same rows with case weights (e.g. balanced class weights); {@code null} removes them. */
    public DesignMatrix withWeights(double[] w) {
        if (w != null) {
            for (int i = 0; i < w.length; i++) {
                if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
                    throw new IllegalArgumentException("weight of row " + i + " must be finite and >= 0: " + w[i]);
                }
            }
        }
        return new DesignMatrix(terms, columns, y, w == null ? null : w.clone(), target, classLabels,
                duplicatedRows);
    }

    /** The same rows with one more term appended (e.g. a Box-Tidwell {@code x·ln x} term). */
    public DesignMatrix withColumn(String term, double[] values) {
        if (terms.contains(term)) {
            throw new IllegalArgumentException("the design already has a term '" + term + "'");
        }
        if (values.length != y.length) {
            throw new IllegalArgumentException("column '" + term + "' needs " + y.length + " values, got "
                    + values.length);
        }
        List<String> t = new ArrayList<>(terms);
        t.add(term);
        double[][] cols = java.util.Arrays.copyOf(columns, columns.length + 1);
        cols[columns.length] = values.clone();
        return new DesignMatrix(t, cols, y, weights, target, classLabels, duplicatedRows);
    }

    /** The same design with the non-intercept terms in the given order (the intercept stays first). */
    public DesignMatrix reorder(List<String> order) {
        if (order.size() != terms.size() - 1 || !order.containsAll(terms.subList(1, terms.size()))) {
            throw new IllegalArgumentException("the new order must list every term but const once: " + order);
        }
        List<String> t = new ArrayList<>();
        t.add(CONST);
        t.addAll(order);
        double[][] cols = new double[columns.length][];
        for (int j = 0; j < t.size(); j++) {
            cols[j] = columns[indexOf(t.get(j))];
        }
        return new DesignMatrix(t, cols, y, weights, target, classLabels, duplicatedRows);
    }

    /** The linear predictor {@code X b} for every row. */
    public double[] linearPredictor(double[] b) {
        if (b.length != columns.length) {
            throw new IllegalArgumentException(b.length + " coefficients for " + columns.length + " terms");
        }
        double[] eta = new double[y.length];
        for (int j = 0; j < columns.length; j++) {
            double bj = b[j];
            double[] c = columns[j];
            for (int i = 0; i < eta.length; i++) {
                eta[i] += bj * c[i];
            }
        }
        return eta;
    }

    /** The indicator columns coded by the design's maker, or null (package use only). */
    int[] rawIndicatorColumns() {
        return indicatorColumns;
    }

    /** Their codes, a byte per row, or null (package use only). */
    byte[] rawIndicatorCodes() {
        return indicatorCodes;
    }

    /** Raw column arrays, shared (package use only). */
    double[][] raw() {
        return columns;
    }

    int[] rawY() {
        return y;
    }

    double[] rawWeights() {
        return weights;
    }

    /** The design as a table: one column per term and the outcome (0/1) last. */
    public Table toTable() {
        Table t = Table.create("design");
        for (int j = 0; j < columns.length; j++) {
            t.addColumns(DoubleColumn.create(terms.get(j), columns[j]));
        }
        t.addColumns(IntColumn.create(target, y));
        return t;
    }

    @Override
    public String toString() {
        return "DesignMatrix " + y.length + " rows x " + columns.length + " terms " + Collections.unmodifiableList(terms)
                + ", outcome " + target + " (1 = " + positiveLabel() + ")" + (duplicatedRows ? ", duplicated rows" : "")
                + (weights != null ? ", weighted" : "");
    }
}
