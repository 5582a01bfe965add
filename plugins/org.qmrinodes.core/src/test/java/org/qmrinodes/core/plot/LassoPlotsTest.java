package org.qmrinodes.core.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.stats.lasso.CrossValidatedLasso;
import org.qmrinodes.core.stats.lasso.CrossValidationResult;
import org.qmrinodes.core.stats.lasso.CvMeasure;
import org.qmrinodes.core.stats.lasso.ElasticNetSettings;
import org.qmrinodes.core.stats.lasso.FeatureMatrix;
import org.qmrinodes.core.stats.lasso.FoldAssignment;

class LassoPlotsTest {

    private static CrossValidationResult cv() {
        final Random random = new Random(3);
        final int n = 120;
        final List<double[]> x = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        for (int j = 0; j < 8; j++) {
            x.add(random.doubles(n).map(v -> v * 1000).toArray());
            names.add("f" + j);
        }
        final List<String> y = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            y.add(random.nextDouble() < 1 / (1 + Math.exp(-(x.get(0)[i] - x.get(1)[i]) / 200)) ? "p" : "n");
        }
        return CrossValidatedLasso.run(FeatureMatrix.completeCases(BinaryOutcome.of("y", y, "p"), names, x),
            FoldAssignment.stratified(10, 1), ElasticNetSettings.defaults(), CvMeasure.DEVIANCE);
    }

    private static int countColour(final BufferedImage image, final int rgb) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                count += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void cvCurveIsARectanglePngWithThePointsDrawn() throws Exception {
        final BufferedImage image = ImageIO.read(new ByteArrayInputStream(
            LassoPlots.cvCurve(cv(), "Binomial deviance by lambda", 800, 500)));
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        assertTrue(countColour(image, XyChart.PALETTE.get(0).getRGB() & 0xFFFFFF) > 200, "points drawn");
    }

    @Test
    void coefficientPathsDrawOneLinePerSelectedFeature() throws Exception {
        final CrossValidationResult cv = cv();
        final BufferedImage image = ImageIO.read(new ByteArrayInputStream(
            LassoPlots.coefficientPaths(cv.path(), "", 900, 600)));
        assertEquals(900, image.getWidth());
        assertTrue(countColour(image, XyChart.PALETTE.get(0).getRGB() & 0xFFFFFF) > 100);
        assertTrue(countColour(image, XyChart.PALETTE.get(1).getRGB() & 0xFFFFFF) > 100);
    }

    @Test
    void ticksAreRoundNumbersCoveringTheRange() {
        assertArrayEquals(new double[] {-6, -5, -4, -3, -2}, LineChart.niceTicks(-6.2, -1.5, 5), 1e-12);
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, LineChart.niceTicks(0, 1, 5), 1e-12);
        final double[] t = LineChart.niceTicks(1.17, 1.31, 6);
        assertTrue(t[0] >= 1.17 && t[t.length - 1] <= 1.31 && t.length >= 3, Arrays.toString(t));
    }

    @Test
    void bothPlotsSideBySideAreTheSinglePlotsAtHalfWidth() throws Exception {
        final CrossValidationResult cv = cv();
        final BufferedImage both = ImageIO.read(new ByteArrayInputStream(LassoPlots.cvCurveAndPaths(cv, 1600, 600)));
        assertEquals(1600, both.getWidth());
        assertEquals(600, both.getHeight());
        final BufferedImage left = ImageIO.read(new ByteArrayInputStream(
            LassoPlots.cvCurve(cv, "Cross-validation", 800, 600)));
        final BufferedImage right = ImageIO.read(new ByteArrayInputStream(
            LassoPlots.coefficientPaths(cv.path(), "Coefficient paths", 800, 600)));
        for (int x = 0; x < 800; x += 7) {
            for (int y = 0; y < 600; y += 7) {
                assertEquals(left.getRGB(x, y), both.getRGB(x, y), "left " + x + "," + y);
                assertEquals(right.getRGB(x, y), both.getRGB(800 + x, y), "right " + x + "," + y);
            }
        }
    }
}
