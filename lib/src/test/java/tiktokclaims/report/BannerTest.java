package tiktokclaims.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BannerTest {

    @Test
    void sampleDataIsLoud() {
        Banner b = Banner.dataset("/tmp/sample.csv", 20000, true);
        assertTrue(b.warning());
        assertTrue(b.toHTML().contains("<b style=\"font-size:1.3em\">SAMPLE DATA</b>"));
        assertTrue(b.toHTML().contains("20,000 rows"));
        assertTrue(b.toString().startsWith("*** SAMPLE DATA ***"));
    }

    @Test
    void realDataIsOneQuietLine() {
        Banner b = Banner.dataset("data/tiktok_dataset.csv", 19382, false);
        assertFalse(b.warning());
        assertFalse(b.toHTML().contains("SAMPLE"));
        assertTrue(b.toString().equals("Data: data/tiktok_dataset.csv (19,382 rows)"));
    }

    @Test
    void fileNamesAreEscaped() {
        String html = Banner.dataset("<img src=x>.csv", 1, true).toHTML();
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;img src=x&gt;.csv"));
    }
}
