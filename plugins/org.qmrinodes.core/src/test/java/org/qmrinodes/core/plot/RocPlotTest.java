package org.qmrinodes.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.stats.roc.DirectionRule;
import org.qmrinodes.core.stats.roc.RocAnalysis;
import org.qmrinodes.core.stats.roc.RocResult;

class RocPlotTest {

    private static RocResult result() {
        final List<String> y = List.of("p", "p", "p", "n", "n", "n", "p", "n");
        final double[] s = {0.9, 0.8, 0.4, 0.3, 0.5, 0.1, 0.7, 0.2};
        return RocAnalysis.analyze(BinaryOutcome.of("y", y, "p"), "score", s, DirectionRule.AUTO, 0.95);
    }

    @Test
    void pngHasTheRequestedSizeAndDrawsTheCurveInThePaletteColour() throws Exception {
        final byte[] png = RocPlot.png(List.of(result()), "A long title that must still fit inside the image",
            600);
        final BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(600, image.getWidth());
        assertEquals(600, image.getHeight());
        final int blue = XyChart.PALETTE.get(0).getRGB() & 0xFFFFFF;
        int bluePixels = 0;
        for (int x = 0; x < 600; x++) {
            for (int y = 0; y < 600; y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == blue) {
                    bluePixels++;
                }
            }
        }
        assertTrue(bluePixels > 300, "curve drawn: " + bluePixels);
    }

    @Test
    void legendShowsAucAndInterval() {
        final RocResult r = result();
        assertEquals(String.format(java.util.Locale.ROOT, "score: AUC %.3f (%.3f\u2013%.3f)", r.auc(), r.ciLower(),
            r.ciUpper()), RocPlot.legend(r));
    }
}
