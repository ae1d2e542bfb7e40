package tiktokclaims.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tiktokclaims.stats.Summary;

/**
 * A {@link ModelSpec} with what it learned from a training table: each categorical column's sorted levels and,
 * when standardising, each numeric feature's mean and population sd. {@link #apply(Table)} turns any table with
 * the same columns (the test set too) into a {@link DesignMatrix} with the training encoding.
 */
public final class Encoder {

    private final ModelSpec spec;
    private final Map<String, List<String>> levels;
    private final Map<String, double[]> scaling;
    private final List<String> terms;

    private Encoder(ModelSpec spec, Map<String, List<String>> levels, Map<String, double[]> scaling) {
        this.spec = spec;
        this.levels = levels;
        this.scaling = scaling;
        List<String> t = new ArrayList<>();
        t.add(DesignMatrix.CONST);
        t.addAll(spec.numeric());
        for (String c : spec.categorical()) {
            List<String> lv = levels.get(c);
            for (int k = 1; k < lv.size(); k++) {
                t.add(dummyName(c, lv.get(k)));
            }
        }
        this.terms = List.copyOf(t);
    }

    /** The term name of one dummy: {@code column_level}, spaces in the level replaced by underscores. */
    public static String dummyName(String column, String level) {
        return column + "_" + level.replace(' ', '_');
    }

    static Encoder learn(ModelSpec spec, Table t) {
        requireColumns(spec, t);
        Map<String, List<String>> levels = new LinkedHashMap<>();
        for (String c : spec.categorical()) {
            StringColumn col = stringColumn(t, c);
            TreeSet<String> set = new TreeSet<>();
            for (int i = 0; i < col.size(); i++) {
                if (col.isMissing(i)) {
                    throw missing(t, c);
                }
                set.add(col.get(i));
            }
            if (set.isEmpty()) {
                throw new IllegalArgumentException("categorical feature '" + c + "' has no values: the table has no"
                        + " rows to learn its levels from");
            }
            levels.put(c, List.copyOf(set));
        }
        Map<String, double[]> scaling = new LinkedHashMap<>();
        if (spec.standardise()) {
            for (String c : spec.numeric()) {
                double[] v = numericValues(spec, t, c);
                double mean = Summary.mean(v);
                double sd = Summary.populationSd(v);
                if (!(sd > 0)) {
                    throw new IllegalArgumentException("cannot standardise '" + c + "': it is constant");
                }
                scaling.put(c, new double[] {mean, sd});
            }
        }
        return new Encoder(spec, levels, scaling);
    }

    /** The spec this encoder implements. */
    public ModelSpec spec() {
        return spec;
    }

    /** The sorted levels of a categorical feature (the first one is the reference level, without a term). */
    public List<String> levels(String column) {
        List<String> lv = levels.get(column);
        if (lv == null) {
            throw new IllegalArgumentException("'" + column + "' is not a categorical feature of " + spec);
        }
        return lv;
    }

    /** The term names the design will have, {@code const} first. */
    public List<String> terms() {
        return terms;
    }

    /** Mean and population sd used to standardise a numeric feature, or {@code null} when not standardising. */
    public double[] scaling(String column) {
        double[] s = scaling.get(column);
        return s == null ? null : s.clone();
    }

    /** Encodes a table; every model column must be complete and every level known from training. */
    public DesignMatrix apply(Table t) {
        requireColumns(spec, t);
        int n = t.rowCount();
        double[][] cols = new double[terms.size()][];
        cols[0] = new double[n];
        java.util.Arrays.fill(cols[0], 1.0);
        int j = 1;
        for (String c : spec.numeric()) {
            double[] v = numericValues(spec, t, c);
            double[] s = scaling.get(c);
            if (s != null) {
                for (int i = 0; i < n; i++) {
                    v[i] = (v[i] - s[0]) / s[1];
                }
            }
            cols[j++] = v;
        }
        for (String c : spec.categorical()) {
            List<String> lv = levels.get(c);
            StringColumn col = stringColumn(t, c);
            double[][] dummies = new double[lv.size() - 1][n];
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int k = 0; k < lv.size(); k++) {
                index.put(lv.get(k), k);
            }
            for (int i = 0; i < n; i++) {
                if (col.isMissing(i)) {
                    throw missing(t, c);
                }
                Integer k = index.get(col.get(i));
                if (k == null) {
                    throw new IllegalArgumentException("column '" + c + "' has level '" + col.get(i)
                            + "' (row " + (i + 1) + ") that the training data did not have; known levels " + lv);
                }
                if (k > 0) {
                    dummies[k - 1][i] = 1.0;
                }
            }
            for (double[] d : dummies) {
                cols[j++] = d;
            }
        }
        int[] y = outcome(t);
        return new DesignMatrix(terms, cols, y, null, spec.target(), classLabels(t), false);
    }

    private List<String> classLabels(Table t) {
        Column<?> col = t.column(spec.target());
        if (col instanceof StringColumn s) {
            TreeSet<String> others = new TreeSet<>(s.unique().asList());
            others.remove(spec.positiveLabel());
            String negative = others.size() == 1 ? others.first() : "not " + spec.positiveLabel();
            return List.of(negative, spec.positiveLabel());
        }
        return List.of("0", "1");
    }

    private int[] outcome(Table t) {
        Column<?> col = t.column(spec.target());
        int n = t.rowCount();
        int[] y = new int[n];
        if (col instanceof StringColumn s) {
            for (int i = 0; i < n; i++) {
                if (s.isMissing(i)) {
                    throw missing(t, spec.target());
                }
                y[i] = s.get(i).equals(spec.positiveLabel()) ? 1 : 0;
            }
        } else if (col instanceof NumericColumn<?> num) {
            for (int i = 0; i < n; i++) {
                if (num.isMissing(i)) {
                    throw missing(t, spec.target());
                }
                double v = num.getDouble(i);
                if (v != 0 && v != 1) {
                    throw new IllegalArgumentException("outcome '" + spec.target() + "' must be 0 or 1; row "
                            + (i + 1) + " has " + v);
                }
                y[i] = (int) v;
            }
        } else {
            throw new IllegalArgumentException("outcome '" + spec.target() + "' must be text or 0/1 numbers, not "
                    + col.type().name());
        }
        return y;
    }

    private static double[] numericValues(ModelSpec spec, Table t, String c) {
        Column<?> col = t.column(c);
        if (!(col instanceof NumericColumn<?> num)) {
            throw new IllegalArgumentException("numeric feature '" + c + "' is a " + col.type().name() + " column");
        }
        double[] v = new double[t.rowCount()];
        boolean log = spec.log1p().contains(c);
        for (int i = 0; i < v.length; i++) {
            if (num.isMissing(i)) {
                throw missing(t, c);
            }
            double x = num.getDouble(i);
            if (log) {
                if (!(x > -1)) {
                    throw new IllegalArgumentException("log1p of '" + c + "' needs values > -1; row " + (i + 1)
                            + " has " + x);
                }
                x = Math.log1p(x);
            }
            v[i] = x;
        }
        return v;
    }

    private static StringColumn stringColumn(Table t, String c) {
        Column<?> col = t.column(c);
        if (!(col instanceof StringColumn s)) {
            throw new IllegalArgumentException("categorical feature '" + c + "' must be a text column, not "
                    + col.type().name());
        }
        return s;
    }

    private static IllegalArgumentException missing(Table t, String c) {
        int k = t.column(c).countMissing();
        return new IllegalArgumentException("column '" + c + "' has " + k + " missing value" + (k == 1 ? "" : "s")
                + "; drop incomplete rows first");
    }

    private static void requireColumns(ModelSpec spec, Table t) {
        List<String> need = new ArrayList<>(spec.features());
        need.add(spec.target());
        List<String> names = t.columnNames();
        for (String c : need) {
            if (!names.contains(c)) {
                throw new IllegalArgumentException("the table has no column '" + c + "' (it has "
                        + Collections.unmodifiableList(names) + ")");
            }
        }
    }

    @Override
    public String toString() {
        return "Encoder " + terms + " levels " + levels;
    }
}
