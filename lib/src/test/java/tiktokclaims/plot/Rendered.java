package tiktokclaims.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/** Renders a chart to PNG the way a notebook does and checks that the picture is not blank. */
final class Rendered {

    /** Set the environment variable PLOT_PREVIEW=/some/dir to keep the PNGs for a look. */
    private static final String PREVIEW_DIR = System.getenv("PLOT_PREVIEW");

    private Rendered() {
    }

    static BufferedImage png(Chart<?, ?> chart, String name) {
        byte[] bytes = ChartImages.png(chart);
        try {
            if (PREVIEW_DIR != null) {
                Files.createDirectories(Path.of(PREVIEW_DIR));
                Files.write(Path.of(PREVIEW_DIR, name + ".png"), bytes);
            }
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chart renders to a PNG of the expected size with many colours and plenty of non-white pixels. */
    static BufferedImage assertDrawn(Chart<?, ?> chart, String name, int width, int height) {
        BufferedImage img = png(chart, name);
        assertEquals(width, img.getWidth(), "width of " + name);
        assertEquals(height, img.getHeight(), "height of " + name);
        Set<Integer> colours = new HashSet<>();
        int ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        assertTrue(colours.size() > 20, name + ": only " + colours.size() + " distinct colours");
        assertTrue(ink > width * height / 100, name + ": only " + ink + " non-white pixels");
        assertEquals(0xFFFFFF, img.getRGB(1, 1) & 0xFFFFFF, name + ": background is not white");
        return img;
    }

    /** Whether some pixel of the image is close to the colour (each channel within 40). */
    static boolean hasColour(BufferedImage img, java.awt.Color c) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - c.getRed()) < 40 && Math.abs(((rgb >> 8) & 0xFF) - c.getGreen()) < 40
                        && Math.abs((rgb & 0xFF) - c.getBlue()) < 40) {
                    return true;
                }
            }
        }
        return false;
    }
}
