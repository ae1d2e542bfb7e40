package tiktokclaims.claims;

import java.lang.reflect.Field;
import java.util.List;
import smile.base.cart.InternalNode;
import smile.base.cart.LeafNode;
import smile.base.cart.Node;
import smile.base.cart.OrdinalNode;

/**
 * Copies fitted Smile 3.1.1 trees into {@link Trees} arrays. Smile keeps a few numbers without a public accessor
 * (the split value of an {@link OrdinalNode}, the intercept of a gradient-boosted model); they are read here, from
 * the model just fitted in this process, by reflection. The tests check that the copies score every row exactly
 * as Smile does, so a Smile upgrade that moves these fields fails there.
 */
final class SmileTrees {

    /** Receives each leaf with its node number. */
    interface Leaves {
        void leaf(int node, LeafNode leaf);
    }

    private SmileTrees() {
    }

    /** The trees with these roots, in order; {@code leaves} is told every leaf's node number. */
    static Trees of(List<Node> roots, Leaves leaves) {
        int total = 0;
        for (Node root : roots) {
            total += size(root);
        }
        int[] start = new int[roots.size() + 1];
        int[] feature = new int[total];
        double[] split = new double[total];
        int[] left = new int[total];
        int[] right = new int[total];
        int next = 0;
        for (int t = 0; t < roots.size(); t++) {
            start[t] = next;
            next = copy(roots.get(t), next, feature, split, left, right, leaves);
        }
        start[roots.size()] = next;
        return new Trees(start, feature, split, left, right);
    }

    /** Copies the subtree of {@code node} as node number {@code n} and on; returns the next free number. */
    private static int copy(Node node, int n, int[] feature, double[] split, int[] left, int[] right,
                            Leaves leaves) {
        if (node instanceof OrdinalNode in) {
            feature[n] = in.feature();
            split[n] = (double) field(OrdinalNode.class, "value", in);
            left[n] = n + 1;
            right[n] = copy(in.trueChild(), n + 1, feature, split, left, right, leaves);
            return copy(in.falseChild(), right[n], feature, split, left, right, leaves);
        }
        if (node instanceof LeafNode leaf) {
            feature[n] = -1;
            leaves.leaf(n, leaf);
            return n + 1;
        }
        throw new IllegalStateException("unexpected Smile tree node " + node.getClass().getName()
                + " (only numeric splits are used)");
    }

    private static int size(Node node) {
        if (node instanceof InternalNode in) {
            return 1 + size(in.trueChild()) + size(in.falseChild());
        }
        return 1;
    }

    /** A field of a Smile object that has no accessor. */
    static Object field(Class<?> type, String name, Object of) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(of);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + type.getName() + "." + name
                    + " (a Smile version other than 3.1.1?)", e);
        }
    }
}
