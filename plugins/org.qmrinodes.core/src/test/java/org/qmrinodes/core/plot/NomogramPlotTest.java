package org.qmrinodes.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.stats.evaluation.Nomogram;

class NomogramPlotTest {

    /** Age spans 0–100 points (ticks 0, 10, …, 100 at their own value); grade adds 40 points at "high". */
    private static Nomogram.Result model() {
        final double[] age = IntStream.rangeClosed(0, 100).asDoubleStream().toArray();
        final List<Nomogram.Predictor> predictors = List.of(Nomogram.Predictor.numeric("age", 0.05, age),
            Nomogram.Predictor.categorical("grade", List.of("low", "high"), new double[] {0, 2}));
        final double[] lp = IntStream.rangeClosed(0, 100).mapToDouble(i -> -4 + 0.05 * i + (i % 2) * 2).toArray();
        return Nomogram.of(-4, predictors, lp);
    }

    @Test
    void predictorTicksLineUpWithThePointsScaleAndEveryAxisIsLabelled() {
        final NomogramPlot plot = new NomogramPlot("Nomogram", model(), "Probability of HER2-low");
        final List<SvgText> texts = SvgText.of(plot.svg(1000));
        for (final String caption : List.of("Points", "age", "grade", "Total Points", "Linear Predictor",
            "Probability of HER2-low")) {
            assertTrue(texts.stream().anyMatch(t -> t.text().equals(caption)), caption);
        }
        assertTrue(texts.stream().anyMatch(t -> t.text().equals("high")));
        final List<SvgText> hundred = texts.stream().filter(t -> t.text().equals("100")).toList();
        final List<SvgText> fifty = texts.stream().filter(t -> t.text().equals("50")).toList();
        assertTrue(hundred.size() >= 2 && fifty.size() >= 2, "Points and age axes both tick 50 and 100");
        assertEquals(hundred.get(0).x(), hundred.get(1).x(), 1e-6, "age 100 = 100 points");
        assertEquals(fifty.get(0).x(), fifty.get(1).x(), 1e-6, "age 50 = 50 points");
        assertTrue(hundred.get(1).y() > hundred.get(0).y(), "age axis below the Points axis");
        final double high = texts.stream().filter(t -> t.text().equals("high")).findFirst().orElseThrow().x();
        final double forty = texts.stream().filter(t -> t.text().equals("40")).findFirst().orElseThrow().x();
        assertTrue(Math.abs(high - forty) < 15, "grade high sits near 40 points: " + high + " vs " + forty);
    }

    @Test
    void pngAndSvgShowTheSameFigure() throws Exception {
        final NomogramPlot plot = new NomogramPlot("", model(), "Probability");
        final BufferedImage image = ImageIO.read(new ByteArrayInputStream(plot.png(800)));
        assertEquals(800, image.getWidth());
        assertEquals(plot.height(800), image.getHeight());
        final String svg = plot.svg(800);
        assertTrue(svg.contains("width='800.0'") && svg.contains("height='" + plot.height(800) + ".0'"), svg.substring(0, 300));
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFF) < 100) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 2000, "axes and labels drawn: " + dark);
    }

    @Test
    void aNomogramWithoutItsTotalAxesIsRefused() {
        final Nomogram.Result r = model();
        final Nomogram.Result partial = new Nomogram.Result(
            r.ticks().stream().filter(t -> !t.axis().equals(Nomogram.PROBABILITY)).toList(), r.scale(),
            r.interceptAtAxisMinima());
        assertThrows(IllegalArgumentException.class, () -> new NomogramPlot("", partial, "p"));
    }

    @Test
    void crowdedTickLabelsAlternateThenThinOut() {
        // five 10-wide labels 20 apart fit on one row
        assertEquals(List.of(0, 0, 0, 0, 0), levels(new double[] {0, 20, 40, 60, 80}, 10));
        // 8 apart they overlap, but every other one fits: alternate above and below
        assertEquals(List.of(0, 1, 0, 1, 0), levels(new double[] {0, 8, 16, 24, 32}, 10));
        // 4 apart even alternate rows collide; every third label (12 apart) fits
        assertEquals(List.of(0, -1, -1, 0, -1, -1, 0), levels(new double[] {0, 4, 8, 12, 16, 20, 24}, 10));
        // a categorical axis keeps every level's name, alternating
        final double[] w = {10, 10, 10};
        assertEquals(List.of(0, 1, 0), java.util.Arrays.stream(NomogramPlot.labelLevels(new double[] {0, 2, 4}, w, 1, false))
            .boxed().toList());
    }

    private static List<Integer> levels(final double[] left, final double width) {
        final double[] w = new double[left.length];
        java.util.Arrays.fill(w, width);
        return java.util.Arrays.stream(NomogramPlot.labelLevels(left, w, 1, true)).boxed().toList();
    }
}
