package tiktokclaims.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;

class ChartImagesTest {

    @TempDir
    Path dir;

    @Test
    void savesPngAndSvgOfAnAnnotatedHeatMap() throws Exception {
        HeatMapChart chart = new ModelCharts(Style.DEFAULT.withSize(500, 400)).confusionMatrix(
                new long[][] {{10, 2}, {3, 5}}, List.of("no", "yes"));
        Path png = dir.resolve("confusion.png");
        Path svg = dir.resolve("confusion.svg");
        ChartImages.savePng(chart, png);
        ChartImages.saveSvg(chart, svg);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(500, img.getWidth());
        assertEquals(400, img.getHeight());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg"), "an SVG document");
        assertTrue(text.contains("</svg>"), "a complete SVG document");
        int paths = text.split("<path", -1).length - 1;
        assertTrue(paths >= 7 + 8, "XChart's texts and shapes plus 8 cell annotations as outlines: " + paths);
    }

    @Test
    void htmlEmbedsThePngWithTheTitleAsAltText() {
        XYChart chart = new ModelCharts().roc(List.of(Curve.of("m", new double[] {0, 1}, new double[] {0, 1})));
        String html = ChartImages.html(chart);
        assertTrue(html.startsWith("<img alt=\"ROC curve\" width=\"720\" height=\"420\" src=\"data:image/png;base64,"),
                html.substring(0, 90));
        String data = html.substring(html.indexOf("base64,") + 7, html.lastIndexOf('"'));
        BufferedImage img = readPng(java.util.Base64.getDecoder().decode(data));
        assertEquals(2 * 720, img.getWidth(), "twice the pixels of the displayed width");
        assertEquals(2 * 420, img.getHeight(), "twice the pixels of the displayed height");
    }

    @Test
    void aSharpPngIsTheSameDrawingWithTwiceThePixels() {
        HeatMapChart chart = new ModelCharts(Style.DEFAULT.withSize(500, 400)).confusionMatrix(
                new long[][] {{10, 2}, {3, 5}}, List.of("no", "yes"));
        BufferedImage one = readPng(ChartImages.png(chart));
        BufferedImage two = readPng(ChartImages.png(chart, ChartImages.SHARP));
        assertEquals(1000, two.getWidth());
        assertEquals(800, two.getHeight());
        // Scaled down again, the sharp picture is the ordinary one: same drawing, no new layout.
        int differ = 0;
        for (int y = 0; y < 400; y += 4) {
            for (int x = 0; x < 500; x += 4) {
                int a = one.getRGB(x, y) & 0xFF;
                int b = two.getRGB(2 * x, 2 * y) & 0xFF;
                if (Math.abs(a - b) > 60) {
                    differ++;
                }
            }
        }
        assertTrue(differ < 125 * 100 / 20, "more than 5% of sampled pixels differ: " + differ);
        assertThrows(IllegalArgumentException.class, () -> ChartImages.png(chart, 0));
    }

    private static BufferedImage readPng(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
