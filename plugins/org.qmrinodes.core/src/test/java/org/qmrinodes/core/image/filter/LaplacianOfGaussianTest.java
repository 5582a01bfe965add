package org.qmrinodes.core.image.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Properties of the recursive Gaussian and the Laplacian of Gaussian that hold whatever the
 * implementation; agreement with ITK itself is checked through PyRadiomics' LoG features
 * ({@code PyRadiomicsFilteredImageTypesTest}).
 */
class LaplacianOfGaussianTest {

    @Test
    void theGaussianKeepsAConstantAndTheLaplacianOfAConstantIsZero() {
        final double[] values = new double[12 * 10 * 8];
        java.util.Arrays.fill(values, 250);
        final ImageBlock constant = new ImageBlock(12, 10, 8, new double[] {0.7, 0.7, 2}, values);
        final ImageBlock smooth = new RecursiveGaussian(RecursiveGaussian.Order.ZERO, 3, 0.7, false).apply(constant, 0,
            false);
        final ImageBlock log = LaplacianOfGaussian.recursive(constant, 3, true, false);
        for (int v = 0; v < values.length; v++) {
            assertEquals(250, smooth.array()[v], 1e-9);
            assertEquals(0, log.array()[v], 1e-9);
        }
    }

    /** ∂²/∂x² of x²/2 is 1, times σ² when normalised across scale; away from the ends of a long line. */
    @Test
    void theSecondDerivativeOfAParabolaIsItsCurvatureTimesSigmaSquared() {
        final int n = 400;
        final double spacing = 0.5;
        final double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            final double mm = (i - n / 2) * spacing;
            x[i] = mm * mm / 2;
        }
        final ImageBlock line = new ImageBlock(n, 1, 1, new double[] {spacing, 1, 1}, x);
        final double sigma = 2;
        final ImageBlock plain = new RecursiveGaussian(RecursiveGaussian.Order.SECOND, sigma, spacing, false)
            .apply(line, 0, false);
        final ImageBlock normalised = new RecursiveGaussian(RecursiveGaussian.Order.SECOND, sigma, spacing, true)
            .apply(line, 0, false);
        for (int i = n / 2 - 50; i < n / 2 + 50; i++) {
            final double perMm2 = plain.array()[i] / (spacing * spacing);
            assertEquals(1, perMm2, 1e-6, "curvature at " + i);
            assertEquals(sigma * sigma * plain.array()[i], normalised.array()[i], 1e-9);
        }
    }

    @Test
    void tooShortAxesAreRefused() {
        final ImageBlock thin = new ImageBlock(3, 8, 8, new double[] {1, 1, 1}, new double[3 * 8 * 8]);
        final String message = assertThrows(IllegalArgumentException.class,
            () -> LaplacianOfGaussian.recursive(thin, 1, true, true)).getMessage();
        assertTrue(message.contains("4 voxels"), message);
    }
}
