package org.qmrinodes.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class GroupPlotTest {

    private static final List<GroupPlot.Group> GROUPS = List.of(
        new GroupPlot.Group("HER2-zero", new double[] {1.1, 1.3, 1.2, 1.6, 1.4, Double.NaN, 1.25}),
        new GroupPlot.Group("HER2-low", new double[] {1.0, 0.9, 1.05, 0.95, 1.2, 0.85}),
        new GroupPlot.Group("HER2-positive", new double[] {0.8, 0.7, 0.75, 0.9, 0.65, 0.7, 2.4}));

    @Test
    void bandwidthIsRsNrd0() {
        // bw.nrd0(c(1, 2, 3, 4, 10)) = 0.9 * min(sd = 3.5355, IQR / 1.34 = 2 / 1.34) * 5^(-1/5)
        assertEquals(0.9 * (2 / 1.34) * Math.pow(5, -0.2), GroupPlot.bandwidthNrd0(new double[] {1, 2, 3, 4, 10}), 1e-12);
        // IQR 0: falls back to the SD, as R does
        assertEquals(0.9 * Math.sqrt(0.8) * Math.pow(5, -0.2), GroupPlot.bandwidthNrd0(new double[] {1, 1, 1, 1, 3}), 1e-12);
    }

    @Test
    void bracketsCarryTheirPValuesAndGroupsTheirSizes() {
        final GroupPlot plot = new GroupPlot("ADC", "ADC (10⁻³ mm²/s)", GROUPS,
            List.of(new GroupPlot.Comparison("HER2-zero", "HER2-low", 0.0123),
                new GroupPlot.Comparison("HER2-zero", "HER2-positive", 0.0002)),
            GroupPlot.Style.VIOLIN_BOX, GroupPlot.Annotation.P_VALUES);
        final List<SvgText> texts = SvgText.of(plot.svg(600));
        assertTrue(texts.stream().anyMatch(t -> t.text().equals("n = 6")), "NaN left out of n");
        final SvgText lower = texts.stream().filter(t -> t.text().equals("p = 0.0123")).findFirst().orElseThrow();
        final SvgText upper = texts.stream().filter(t -> t.text().equals("p < 0.001")).findFirst().orElseThrow();
        assertTrue(upper.y() < lower.y(), "the second bracket is drawn above the first");
    }

    @Test
    void starsAndBoxWithPoints() throws Exception {
        final GroupPlot plot = new GroupPlot("", "value", GROUPS,
            List.of(new GroupPlot.Comparison("HER2-low", "HER2-positive", 0.2),
                new GroupPlot.Comparison("HER2-zero", "HER2-positive", 0.004)),
            GroupPlot.Style.BOX_POINTS, GroupPlot.Annotation.STARS);
        final List<String> texts = SvgText.of(plot.svg(600)).stream().map(SvgText::text).toList();
        assertTrue(texts.contains("ns") && texts.contains("**"), texts.toString());
        final BufferedImage image = ImageIO.read(new ByteArrayInputStream(plot.png(600)));
        final int third = SeriesStyle.colour(2).getRGB() & 0xFFFFFF;
        int coloured = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                final int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs((rgb >> 16) - (third >> 16)) + Math.abs((rgb >> 8 & 0xFF) - (third >> 8 & 0xFF))
                    + Math.abs((rgb & 0xFF) - (third & 0xFF)) < 90) {
                    coloured++;
                }
            }
        }
        assertTrue(coloured > 50, "the third group's points are drawn in its colour: " + coloured);
    }

    @Test
    void aComparisonOfAGroupNotPlottedIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GroupPlot("", "v", GROUPS,
            List.of(new GroupPlot.Comparison("HER2-zero", "luminal", 0.1)), GroupPlot.Style.VIOLIN_BOX,
            GroupPlot.Annotation.P_VALUES));
    }
}
