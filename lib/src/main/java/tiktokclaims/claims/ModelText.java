package tiktokclaims.claims;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import tiktokclaims.data.InputException;
import tiktokclaims.text.TextVectorizer;
import tiktokclaims.text.Tokenizer;

/**
 * The model file {@code model.txt} (format version 2): every number a model needs to score, as UTF-8 text, one
 * item per line, written and read by this class alone. The layout, field by field, is in
 * {@code docs/model-files.md}; in short:
 *
 * <pre>
 * tiktok-claims-model 2
 * kind RANDOM_FOREST                      LOGISTIC_REGRESSION, RANDOM_FOREST or GRADIENT_BOOSTING
 * threshold 0.5062624886325513            claim when probability &gt;= threshold
 * rule highest recall at precision ...    how the threshold was chosen (text)
 * seed 42
 * text 1 2 5 100 TFIDF                    minN maxN minDf maxFeatures weighting
 * medians 32.0 9.9E3 ...                  duration and the five counts (imputation)
 * terms 100                               then that many lines: term IDF WORDS
 * features 111                            11 + terms
 * ... the classifier (see below) ...
 * end
 * </pre>
 * Logistic regression: {@code intercept X}, then per feature {@code column MEAN SD COEFFICIENT}. Random forest:
 * per feature {@code importance X}, {@code trees T}, then per tree {@code tree NODES} and its nodes in pre-order,
 * {@code split FEATURE VALUE} or {@code leaf SHARE} (the share of claims in the leaf; the probability is the mean
 * over the trees). Boosting: {@code intercept X}, {@code shrinkage X}, per feature {@code importance X},
 * {@code trees T}, per tree {@code tree NODES} and its nodes, {@code split FEATURE VALUE} or {@code leaf OUTPUT}
 * (the leaf's step on the log-odds scale, shrinkage already included; the probability is the logistic of the
 * intercept plus the trees' outputs). A row goes left when {@code x[FEATURE] <= VALUE}, else right (NaN: right).
 *
 * <p>Numbers are written by {@link Double#toString} and {@link Long#toString}, which read back to the same bits.
 * Reading is strict: every line must be exactly what the writer would write (the keyword, single spaces, decimal
 * numbers only: no NaN, infinities, hex or signs the writer does not use), every count is checked against the
 * lines left in the file before anything is allocated for it, trees must be whole binary trees in pre-order no
 * deeper than {@link #MAX_DEPTH}, features must be in range, and anything else is refused with the line number.
 *
 * <p>Written by hand: a saved Smile model is Java serialisation, which runs code named by the file (issue 12).
 */
final class ModelText {

    /** The first line of a version-2 model file. */
    static final String HEADER = "tiktok-claims-model 2";
    /** Longest line accepted, in bytes. */
    static final int MAX_LINE = 4096;
    /** Deepest tree accepted (the project's forests are at most 20 deep). */
    static final int MAX_DEPTH = 256;
    /** Longest n-gram accepted (the project uses 2): scoring makes every n-gram up to this length. */
    static final int MAX_N = 5;
    /**
     * Largest magnitude of a coefficient, intercept or leaf output. (A genuine SD can be tiny: a
     * constant column's SD may come out as 1e-16 rather than 0; it only has to be positive.)
     */
    static final double LIMIT = 1e9;
    /** Number of fixed (non-text) feature columns. */
    private static final int FIXED = 11;

    private static final Pattern DOUBLE = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]+(E-?[1-9][0-9]{0,2})?");
    private static final Pattern LONG = Pattern.compile("-?(0|[1-9][0-9]{0,18})");

    private ModelText() {
    }

    // ---------------------------------------------------------------------------------------------- writing

    /** The model as the text of {@code model.txt}. */
    static String write(ClaimsModel model) {
        StringBuilder b = new StringBuilder(1 << 16);
        ClaimFeatures f = model.features();
        TextVectorizer text = f.text();
        TextVectorizer.Options o = text.options();
        line(b, HEADER);
        line(b, "kind " + model.kind().name());
        line(b, "threshold " + model.threshold());
        line(b, "rule " + model.thresholdRule());
        line(b, "seed " + model.seed());
        line(b, "text " + o.minN() + " " + o.maxN() + " " + o.minDf() + " " + o.maxFeatures() + " "
                + o.weighting().name());
        StringBuilder medians = new StringBuilder("medians ").append(f.durationMedian());
        for (double m : f.countMedians()) {
            medians.append(' ').append(m);
        }
        line(b, medians.toString());
        List<String> terms = text.vocabulary();
        double[] idf = text.idf();
        line(b, "terms " + terms.size());
        for (int i = 0; i < idf.length; i++) {
            line(b, "term " + idf[i] + " " + terms.get(i));
        }
        line(b, "features " + f.size());
        ClaimClassifier c = model.classifier();
        if (c instanceof LogisticClassifier lr) {
            writeLogistic(b, lr);
        } else if (c instanceof ForestClassifier rf) {
            writeForest(b, rf);
        } else if (c instanceof BoostedClassifier gb) {
            writeBoosted(b, gb);
        } else {
            throw new IllegalArgumentException("cannot save a " + c.getClass().getName());
        }
        line(b, "end");
        return b.toString();
    }

    private static void writeLogistic(StringBuilder b, LogisticClassifier lr) {
        line(b, "intercept " + lr.intercept());
        double[] mean = lr.mean();
        double[] sd = lr.sd();
        double[] w = lr.coefficients();
        for (int j = 0; j < w.length; j++) {
            line(b, "column " + mean[j] + " " + sd[j] + " " + w[j]);
        }
    }

    private static void writeForest(StringBuilder b, ForestClassifier rf) {
        importance(b, rf.importance());
        writeTrees(b, rf.trees());
    }

    private static void writeBoosted(StringBuilder b, BoostedClassifier gb) {
        line(b, "intercept " + gb.intercept());
        line(b, "shrinkage " + gb.shrinkage());
        importance(b, gb.importance());
        writeTrees(b, gb.trees());
    }

    /** {@code trees T}, then per tree {@code tree NODES} and its nodes in pre-order (root, left, right). */
    private static void writeTrees(StringBuilder b, List<Tree> trees) {
        line(b, "trees " + trees.size());
        for (Tree tree : trees) {
            int[] feature = tree.feature();
            double[] threshold = tree.threshold();
            int[] left = tree.left();
            int[] right = tree.right();
            double[] value = tree.value();
            List<String> lines = new ArrayList<>();
            int[] stack = new int[feature.length];
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int k = stack[--top];
                if (feature[k] < 0) {
                    lines.add("leaf " + value[k]);
                } else {
                    lines.add("split " + feature[k] + " " + threshold[k]);
                    stack[top++] = right[k];
                    stack[top++] = left[k];
                }
            }
            line(b, "tree " + lines.size());
            for (String l : lines) {
                line(b, l);
            }
        }
    }

    private static void importance(StringBuilder b, double[] importance) {
        for (double v : importance) {
            line(b, "importance " + v);
        }
    }

    private static void line(StringBuilder b, String s) {
        b.append(s).append('\n');
    }

    // ---------------------------------------------------------------------------------------------- reading

    /** Reads the bytes of a {@code model.txt}; every problem is an {@link InputException} naming the line. */
    static ClaimsModel read(Path file, byte[] bytes) {
        return new Reader(file, bytes).model();
    }

    /** A strict reader over the lines of the file, which knows how many lines are left. */
    private static final class Reader {
        private final Path file;
        private final byte[] bytes;
        private final int totalLines;
        private int pos;
        private int lineNo;
        private String current = "";
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

        Reader(Path file, byte[] bytes) {
            this.file = file;
            this.bytes = bytes;
            int n = 0;
            for (byte x : bytes) {
                if (x == '\n') {
                    n++;
                }
            }
            this.totalLines = n;
        }

        ClaimsModel model() {
            byte[] magic = "tiktok-claims-model ".getBytes(StandardCharsets.US_ASCII);
            if (bytes.length < magic.length || !Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
                lineNo = 1;
                throw bad("not a claims model file");
            }
            String first = next();
            if (!first.equals(HEADER)) {
                throw bad(first.startsWith("tiktok-claims-model ") ? "model format '" + first + "', expected '"
                        + HEADER + "' (retrain with ./tiktok-claims claims train)" : "not a claims model file");
            }
            ModelKind kind = kind(field("kind", 1)[0]);
            double threshold = dbl(field("threshold", 1)[0]);
            if (threshold < 0 || threshold > 1) {
                throw bad("threshold must be between 0 and 1");
            }
            String rule = rest("rule");
            long seed = lng(field("seed", 1)[0]);
            String[] t = field("text", 5);
            TextVectorizer.Options options;
            try {
                options = new TextVectorizer.Options(count(t[0], MAX_N), count(t[1], MAX_N), count(t[2], 1 << 30),
                        count(t[3], 1 << 30), weighting(t[4]));
            } catch (IllegalArgumentException e) {
                throw bad(e.getMessage());
            }
            String[] m = field("medians", 6);
            double durationMedian = dbl(m[0], -1e15, 1e15);
            double[] countMedians = new double[5];
            for (int k = 0; k < 5; k++) {
                countMedians[k] = dbl(m[k + 1], -1e15, 1e15);
            }
            int nTerms = counted(field("terms", 1)[0], options.maxFeatures());
            List<String> terms = new ArrayList<>(nTerms);
            double[] idf = new double[nTerms];
            for (int i = 0; i < nTerms; i++) {
                String line = next();
                if (!line.startsWith("term ")) {
                    throw bad("expected 'term IDF WORDS'");
                }
                int space = line.indexOf(' ', 5);
                if (space < 0) {
                    throw bad("expected 'term IDF WORDS'");
                }
                idf[i] = dbl(line.substring(5, space), Double.MIN_VALUE, LIMIT);
                String term = line.substring(space + 1);
                List<String> w = Tokenizer.words(term);
                if (!String.join(" ", w).equals(term) || w.size() < options.minN() || w.size() > options.maxN()) {
                    throw bad("not a term the tokenizer makes: " + quote(term));
                }
                if (i > 0 && terms.get(i - 1).compareTo(term) >= 0) {
                    throw bad("terms must be in strictly ascending order");
                }
                terms.add(term);
            }
            int p = count(field("features", 1)[0], Integer.MAX_VALUE);
            if (p != FIXED + nTerms) {
                throw bad("features must be " + (FIXED + nTerms) + " (11 + terms)");
            }
            ClaimFeatures features = new ClaimFeatures(TextVectorizer.of(options, terms, idf), durationMedian,
                    countMedians);
            ClaimClassifier classifier = switch (kind) {
                case LOGISTIC_REGRESSION -> logistic(p);
                case RANDOM_FOREST -> forest(p);
                case GRADIENT_BOOSTING -> boosted(p);
            };
            field("end", 0);
            if (pos != bytes.length) {
                throw bad("text after 'end'");
            }
            return new ClaimsModel(features, classifier, threshold, rule, seed);
        }

        private LogisticClassifier logistic(int p) {
            double intercept = dbl(field("intercept", 1)[0], -LIMIT, LIMIT);
            need(p);
            double[] mean = new double[p];
            double[] sd = new double[p];
            double[] w = new double[p];
            for (int j = 0; j < p; j++) {
                String[] c = field("column", 3);
                mean[j] = dbl(c[0], -1e15, 1e15);
                sd[j] = dbl(c[1], Double.MIN_NORMAL, 1e15);
                w[j] = dbl(c[2], -LIMIT, LIMIT);
            }
            return new LogisticClassifier(mean, sd, w, intercept);
        }

        private ForestClassifier forest(int p) {
            double[] importance = importance(p);
            return new ForestClassifier(trees(p, 0, 1), importance);
        }

        private BoostedClassifier boosted(int p) {
            double intercept = dbl(field("intercept", 1)[0], -LIMIT, LIMIT);
            double shrinkage = dbl(field("shrinkage", 1)[0], Double.MIN_VALUE, 1);
            double[] importance = importance(p);
            return new BoostedClassifier(intercept, shrinkage, trees(p, -LIMIT, LIMIT), importance);
        }

        private double[] importance(int p) {
            need(p);
            double[] v = new double[p];
            for (int j = 0; j < p; j++) {
                v[j] = dbl(field("importance", 1)[0], 0, Double.MAX_VALUE);
            }
            return v;
        }

        /** The tree section: {@code trees T}, then per tree {@code tree NODES} and its nodes in pre-order. */
        private Tree[] trees(int p, double minLeaf, double maxLeaf) {
            int count = counted(field("trees", 1)[0], Integer.MAX_VALUE);
            if (count < 1) {
                throw bad("a model needs at least one tree");
            }
            Tree[] trees = new Tree[count];
            // Child slots still to fill: parent * 2 + (0 = left, 1 = right), and the parent's depth (root: 1).
            int[] slots = new int[MAX_DEPTH + 2];
            int[] depths = new int[MAX_DEPTH + 2];
            for (int t = 0; t < count; t++) {
                int n = counted(field("tree", 1)[0], Integer.MAX_VALUE);
                if (n < 1) {
                    throw bad("a tree needs at least one node");
                }
                int[] feature = new int[n];
                double[] threshold = new double[n];
                int[] left = new int[n];
                int[] right = new int[n];
                double[] value = new double[n];
                int open = 0;
                for (int node = 0; node < n; node++) {
                    int depth = 1;
                    if (node > 0) {
                        if (open == 0) {
                            throw bad("the tree is complete before its " + n + " nodes");
                        }
                        int slot = slots[--open];
                        depth = depths[open] + 1;
                        if ((slot & 1) == 0) {
                            left[slot >>> 1] = node;
                        } else {
                            right[slot >>> 1] = node;
                        }
                    }
                    String line = next();
                    if (line.startsWith("split ")) {
                        String[] s = words("split", 2);
                        feature[node] = count(s[0], p - 1);
                        threshold[node] = dbl(s[1]);
                        if (depth >= MAX_DEPTH) {
                            throw bad("tree deeper than " + MAX_DEPTH + " levels");
                        }
                        slots[open] = node * 2 + 1;
                        depths[open++] = depth;
                        slots[open] = node * 2;
                        depths[open++] = depth;
                    } else if (line.startsWith("leaf ")) {
                        feature[node] = -1;
                        left[node] = -1;
                        right[node] = -1;
                        value[node] = dbl(words("leaf", 1)[0], minLeaf, maxLeaf);
                    } else {
                        throw bad("expected 'split' or 'leaf'");
                    }
                }
                if (open != 0) {
                    throw bad("the tree has branches without nodes");
                }
                // Pre-order: every child comes after its parent, as Tree.of requires.
                trees[t] = Tree.of(feature, threshold, left, right, value);
            }
            return trees;
        }

        // ------------------------------------------------------------------------------------------ lines

        /** The next line, decoded strictly as UTF-8 without control characters. */
        private String next() {
            if (pos >= bytes.length) {
                lineNo++;
                throw bad("the file ends early");
            }
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNo++;
            if (end == bytes.length) {
                throw bad("the last line has no line end");
            }
            if (end - pos > MAX_LINE) {
                throw bad("line longer than " + MAX_LINE + " bytes");
            }
            boolean ascii = true;
            for (int i = pos; i < end && ascii; i++) {
                ascii = bytes[i] >= 0;
            }
            String s;
            try {
                s = ascii ? new String(bytes, pos, end - pos, StandardCharsets.US_ASCII)
                        : utf8.decode(ByteBuffer.wrap(bytes, pos, end - pos)).toString();
            } catch (CharacterCodingException e) {
                throw bad("not UTF-8 text");
            }
            pos = end + 1;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isISOControl(s.charAt(i))) {
                    throw bad("control character in the line");
                }
            }
            current = s;
            return s;
        }

        /** Lines left in the file: a count larger than this is refused before anything is allocated for it. */
        private int linesLeft() {
            return totalLines - lineNo;
        }

        private void need(int lines) {
            if (lines > linesLeft()) {
                throw bad("the file ends early");
            }
        }

        /** The next line as {@code KEY A B ...} with exactly {@code n} values after the key. */
        private String[] field(String key, int n) {
            next();
            return words(key, n);
        }

        /** The line just read split as {@code KEY} and exactly {@code n} values. */
        private String[] words(String key, int n) {
            String[] parts = current.split(" ", -1);
            if (!parts[0].equals(key) || parts.length != n + 1) {
                throw bad("expected '" + key + "'" + (n > 0 ? " and " + n + " value" + (n > 1 ? "s" : "") : ""));
            }
            return Arrays.copyOfRange(parts, 1, parts.length);
        }

        /** The rest of the next line after {@code KEY }, as text. */
        private String rest(String key) {
            String line = next();
            if (!line.startsWith(key + " ") || line.length() > 1000) {
                throw bad("expected '" + key + " TEXT'");
            }
            return line.substring(key.length() + 1);
        }

        // ------------------------------------------------------------------------------------------ values

        private double dbl(String s) {
            if (!DOUBLE.matcher(s).matches()) {
                throw bad("not a number as this program writes it: " + quote(s));
            }
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) {
                throw bad("number out of range: " + quote(s));
            }
            return d;
        }

        /** A number from {@code min} to {@code max}. */
        private double dbl(String s, double min, double max) {
            double d = dbl(s);
            if (d < min || d > max) {
                throw bad("number out of range: " + quote(s) + " (expected " + min + " to " + max + ")");
            }
            return d;
        }

        private long lng(String s) {
            if (!LONG.matcher(s).matches()) {
                throw bad("not a whole number: " + quote(s));
            }
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw bad("number out of range: " + quote(s));
            }
        }

        /** A whole number from 0 to {@code max}. */
        private int count(String s, int max) {
            long v = lng(s);
            if (v < 0 || v > max) {
                throw bad("expected a whole number from 0 to " + max + ", got " + quote(s));
            }
            return (int) v;
        }

        /** A count of lines that follow: at most {@code max} and at most the lines left in the file. */
        private int counted(String s, int max) {
            int v = count(s, max);
            need(v);
            return v;
        }

        private ModelKind kind(String s) {
            for (ModelKind k : ModelKind.values()) {
                if (k.name().equals(s)) {
                    return k;
                }
            }
            throw bad("unknown model kind " + quote(s));
        }

        private TextVectorizer.Weighting weighting(String s) {
            for (TextVectorizer.Weighting w : TextVectorizer.Weighting.values()) {
                if (w.name().equals(s)) {
                    return w;
                }
            }
            throw bad("unknown weighting " + quote(s));
        }

        private InputException bad(String message) {
            return new InputException(file, lineNo, null, "not a valid model: " + message);
        }
    }

    /** A value from the file, shortened and quoted for a message (the message itself is escaped by the caller). */
    private static String quote(String s) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return "'" + shown + "'";
    }
}
