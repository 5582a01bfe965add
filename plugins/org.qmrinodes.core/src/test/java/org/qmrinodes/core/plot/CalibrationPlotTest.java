package org.qmrinodes.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.stats.evaluation.CalibrationCurves;

class CalibrationPlotTest {

    private static CalibrationCurves.Model model(final String name, final long seed, final double shrink) {
        final SplittableRandom random = new SplittableRandom(seed);
        final double[] p = new double[200];
        final boolean[] y = new boolean[200];
        for (int i = 0; i < p.length; i++) {
            final double truth = random.nextDouble();
            p[i] = 0.5 + (truth - 0.5) * shrink;
            y[i] = random.nextDouble() < truth;
        }
        return CalibrationCurves.of(name, p, y, 10, 0.95);
    }

    @Test
    void eachModelIsDrawnInItsColourWithItsSlopeInTheLegend() throws Exception {
        final CalibrationCurves.Model a = model("model A", 1, 0.9);
        final CalibrationCurves.Model b = model("model B", 2, 0.4);
        final CalibrationPlot plot = new CalibrationPlot("Calibration", List.of(a, b));
        final BufferedImage image = ImageIO.read(new ByteArrayInputStream(plot.png(600)));
        assertEquals(600, image.getHeight());
        for (int m = 0; m < 2; m++) {
            final int rgb = SeriesStyle.colour(m).getRGB() & 0xFFFFFF;
            int pixels = 0;
            for (int x = 0; x < 600; x++) {
                for (int yy = 0; yy < 600; yy++) {
                    pixels += (image.getRGB(x, yy) & 0xFFFFFF) == rgb ? 1 : 0;
                }
            }
            assertTrue(pixels > 200, "model " + m + " drawn: " + pixels);
        }
        final List<String> texts = SvgText.of(plot.svg(600)).stream().map(SvgText::text).toList();
        final String legendB = "model B: slope " + String.format(java.util.Locale.ROOT, "%.2f", b.calibration().slope());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith(legendB)), texts.toString());
        assertTrue(b.calibration().slope() > 1.5, "a shrunken model has a steep calibration slope");
        assertTrue(texts.contains("Predicted probability") && texts.contains("Observed proportion"));
    }
}
