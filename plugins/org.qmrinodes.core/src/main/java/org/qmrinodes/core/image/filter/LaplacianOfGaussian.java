package org.qmrinodes.core.image.filter;

/**
 * The Laplacian of Gaussian ∇²(G<sub>σ</sub> ∗ I) = Σ<sub>d</sub> ∂²(G<sub>σ</sub> ∗ I)/∂x<sub>d</sub>², each term
 * the second-derivative recursive Gaussian along axis d followed by the Gaussian along the other axes
 * in increasing order ({@link RecursiveGaussian}), as ITK's {@code LaplacianRecursiveGaussianImageFilter}
 * computes it, which PyRadiomics' {@code LoG} image type uses with scale normalisation (the response
 * times σ²). σ is in mm and the derivatives are per mm², so anisotropic voxels are handled.
 */
public final class LaplacianOfGaussian {

    private LaplacianOfGaussian() {
    }

    /**
     * @param image the image (at least 4 voxels along each axis)
     * @param sigma σ in mm
     * @param normalizeAcrossScale multiply by σ² (ITK's {@code NormalizeAcrossScale}, on in PyRadiomics)
     * @param singlePrecision store every intermediate and the result in single precision, as ITK does
     *        (its internal images are float), which PyRadiomics' values reflect
     * @return the response
     * @throws IllegalArgumentException when an axis has fewer than 4 voxels or sigma is not positive
     */
    public static ImageBlock recursive(final ImageBlock image, final double sigma, final boolean normalizeAcrossScale,
        final boolean singlePrecision) {
        final double[] spacing = image.spacing();
        final double[] sum = new double[image.voxelCount()];
        for (int d = 0; d < 3; d++) {
            ImageBlock term = new RecursiveGaussian(RecursiveGaussian.Order.SECOND, sigma, spacing[d],
                normalizeAcrossScale).apply(image, d, singlePrecision);
            for (int other = 0; other < 3; other++) {
                if (other != d) {
                    term = new RecursiveGaussian(RecursiveGaussian.Order.ZERO, sigma, spacing[other], normalizeAcrossScale)
                        .apply(term, other, singlePrecision);
                }
            }
            final double perMm2 = 1.0 / (spacing[d] * spacing[d]);
            final double[] t = term.array();
            for (int v = 0; v < sum.length; v++) {
                final double s = sum[v] + t[v] * perMm2;
                sum[v] = singlePrecision ? (float) s : s;
            }
        }
        return image.withValues(sum);
    }
}
