package tiktokclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ModelSettingsTest {

    @Test
    void withTreesChangesOnlyTheTreeCounts() {
        ModelSettings d = ModelSettings.defaults();
        ModelSettings q = d.withTrees(30, 40);
        assertEquals(30, q.forestTrees());
        assertEquals(40, q.boostTrees());
        assertEquals(new ModelSettings(d.logisticLambda(), 30, d.forestMaxDepth(), d.forestNodeSize(), 40,
                d.boostMaxDepth(), d.boostMaxNodes(), d.boostShrinkage(), d.boostSubsample()), q);
    }

    @Test
    void withTreesRefusesFewerThanOne() {
        assertThrows(IllegalArgumentException.class, () -> ModelSettings.defaults().withTrees(0, 10));
        assertThrows(IllegalArgumentException.class, () -> ModelSettings.defaults().withTrees(10, -1));
    }
}
