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
    void twelveCurvesGetTwelveDistinctColoursAndLaterOnesDashes() throws Exception {
        assertEquals(12, new java.util.HashSet<>(SeriesStyle.COLOURS).size());
        assertEquals(null, SeriesStyle.stroke(11, 2).getDashArray());
        assertTrue(SeriesStyle.stroke(12, 2).getDashArray() != null);
        assertEquals(SeriesStyle.colour(0), SeriesStyle.colour(12));
        assertTrue(!java.util.Arrays.equals(SeriesStyle.stroke(12, 2).getDashArray(), SeriesStyle.stroke(24, 2).getDashArray()));
        final List<RocResult> curves = java.util.Collections.nCopies(12, result());
        final BufferedImage image = ImageIO.read(new ByteArrayInputStream(RocPlot.png(curves, "twelve", 600)));
        final int last = SeriesStyle.COLOURS.get(11).getRGB() & 0xFFFFFF;
        int pixels = 0;
        for (int x = 0; x < 600; x++) {
            for (int y = 0; y < 600; y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == last) {
                    pixels++;
                }
            }
        }
        assertTrue(pixels > 100, "the twelfth curve has its own colour: " + pixels);
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
