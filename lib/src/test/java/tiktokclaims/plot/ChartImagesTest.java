package tiktokclaims.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(html.startsWith("<img alt=\"ROC curve\" src=\"data:image/png;base64,"), html.substring(0, 60));
    }
}
