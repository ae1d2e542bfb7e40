package tiktokclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EffectsTest {

    @Test
    void intervalContainingOneIsNoClearAssociation() {
        assertEquals("**video_duration_sec**: odds ratio 0.9975 per second (95% CI 0.9938\u20131.0011, p = 0.17): "
                + "the interval includes 1, so the data show no clear association with the odds of verified "
                + "(the point estimate is below 1).",
                Effects.sentence("video_duration_sec", 0.99751, 0.9938, 1.0011, 0.1712, "second", "verified"));
    }

    @Test
    void intervalAboveOneIsHigherOdds() {
        String s = Effects.sentence("claim_status_opinion", 5.45, 4.03, 7.36, 1e-20, "switch from claim to opinion",
                "verified");
        assertTrue(s.contains("p < 0.001"), s);
        assertTrue(s.endsWith("odds ratio 5.450 per switch from claim to opinion (95% CI 4.030\u20137.360, p < 0.001): the interval excludes 1: higher odds of verified."), s);
    }

    @Test
    void intervalBelowOneIsLowerOdds() {
        assertTrue(Effects.sentence("x", 0.5, 0.4, 0.6, 0.004, "unit", "y").endsWith("the interval excludes 1: lower odds of y."));
        assertTrue(Effects.sentence("x", 0.5, 0.4, 0.6, 0.004, "unit", "y").contains("p = 0.004"));
    }

    @Test
    void ratiosCloseToOneKeepEnoughDecimals() {
        assertEquals("0.9999920", Effects.number(0.999992));
        assertEquals("1.0011", Effects.number(1.0011));
        assertEquals("1.250", Effects.number(1.25));
    }

    @Test
    void inconsistentIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Effects.sentence("x", 2, 3, 4, 0.1, "u", "y"));
    }
}
