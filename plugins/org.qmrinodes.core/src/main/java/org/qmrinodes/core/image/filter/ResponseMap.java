package org.qmrinodes.core.image.filter;

import java.util.Map;

/**
 * One response map with IBSI 2's conventions (Depeursinge et al., "Standardised convolutional
 * filtering for radiomics", IBSI 2 reference manual, arXiv:2006.05470): 3D filters on the voxel grid,
 * σ given in mm and converted to voxels per axis (IBSI assumes isotropic voxels), the image extended by
 * a {@link Padding}. Unlike PyRadiomics' LoG ({@link LaplacianOfGaussian}) the Laplacian of Gaussian here is
 * the sampled, truncated and not scale-normalised kernel.
 */
public final class ResponseMap {

    private ResponseMap() {
    }

    /**
     * Mean filter: the average over a cube of M×M×M voxels centred on each voxel.
     *
     * @param image the image
     * @param support M, odd and positive
     * @param padding the extension beyond the edges
     * @return the response
     */
    public static ImageBlock mean(final ImageBlock image, final int support, final Padding padding) {
        if (support < 1 || support % 2 == 0) {
            throw new IllegalArgumentException("the mean filter's support must be an odd positive number, got " + support);
        }
        final double[] kernel = new double[support];
        java.util.Arrays.fill(kernel, 1.0 / support);
        ImageBlock out = image;
        for (int axis = 0; axis < 3; axis++) {
            out = Convolution.along(out, kernel, support / 2, axis, padding);
        }
        return out;
    }

    /**
     * Laplacian of Gaussian, IBSI 2: g(x) = −(1/σ²)·(1/(σ√(2π)))³·(3 − ‖x‖²/σ²)·exp(−‖x‖²/(2σ²)), x and σ in
     * voxels, sampled at the voxel offsets within ⌊tσ + 0.5⌋ of the centre along each axis (t the
     * truncation, 4 in IBSI's tests), computed as the sum over the axes of the sampled second derivative
     * of the 1D Gaussian along that axis times the sampled Gaussians along the others.
     *
     * @param image the image
     * @param sigmaMm σ in mm
     * @param truncate t, the kernel's half-width in σ
     * @param padding the extension beyond the edges
     * @return the response
     */
    public static ImageBlock laplacianOfGaussian(final ImageBlock image, final double sigmaMm, final double truncate,
        final Padding padding) {
        if (!(sigmaMm > 0) || !(truncate > 0) || Double.isInfinite(sigmaMm) || Double.isInfinite(truncate)) {
            throw new IllegalArgumentException("LoG needs a positive sigma and truncation, got sigma " + sigmaMm
                + " mm, truncate " + truncate);
        }
        final double[] spacing = image.spacing();
        final double[][] gauss = new double[3][];
        final double[][] second = new double[3][];
        for (int d = 0; d < 3; d++) {
            final double s = sigmaMm / spacing[d];
            final int radius = (int) Math.floor(truncate * s + 0.5);
            gauss[d] = new double[2 * radius + 1];
            second[d] = new double[2 * radius + 1];
            for (int k = -radius; k <= radius; k++) {
                final double g = Math.exp(-k * k / (2 * s * s)) / (s * Math.sqrt(2 * Math.PI));
                gauss[d][k + radius] = g;
                second[d][k + radius] = g * (k * k / (s * s * s * s) - 1 / (s * s));
            }
        }
        final double[] sum = new double[image.voxelCount()];
        for (int d = 0; d < 3; d++) {
            ImageBlock term = image;
            for (int axis = 0; axis < 3; axis++) {
                final double[] kernel = axis == d ? second[axis] : gauss[axis];
                term = Convolution.along(term, kernel, kernel.length / 2, axis, padding);
            }
            final double[] t = term.array();
            for (int v = 0; v < sum.length; v++) {
                sum[v] += t[v];
            }
        }
        return image.withValues(sum);
    }

    /**
     * Undecimated separable wavelet, IBSI 2: one band of the stationary transform at a level, the
     * decomposition filters of the wavelet (PyWavelets' coefficients) applied along columns, rows and
     * slices as the band's letters say (L low-pass, H high-pass), each centred at F/2 as
     * {@link StationaryWavelet} does; a level above 1 applies the low-pass filters of the levels below
     * first, the filters of level ℓ having 2<sup>ℓ−1</sup> − 1 zeros between their taps (à trous).
     * Only level 1 is checked against IBSI's reference maps.
     *
     * @param image the image
     * @param wavelet the wavelet
     * @param band three letters L or H, along columns, rows and slices, e.g. {@code LHL}
     * @param level the level, at least 1
     * @param padding the extension beyond the edges
     * @return the response
     */
    public static ImageBlock wavelet(final ImageBlock image, final Wavelet wavelet, final String band, final int level,
        final Padding padding) {
        if (!band.matches("[LH]{3}")) {
            throw new IllegalArgumentException("a wavelet band is three letters L or H (columns, rows, slices), got '"
                + band + "'");
        }
        if (level < 1) {
            throw new IllegalArgumentException("the wavelet level must be at least 1, got " + level);
        }
        ImageBlock out = image;
        for (int l = 1; l <= level; l++) {
            final Map<Character, double[]> filters = Map.of('L', dilated(wavelet.lowPass(), l), 'H',
                dilated(wavelet.highPass(), l));
            final int centre = wavelet.length() / 2 << (l - 1);
            for (int axis = 0; axis < 3; axis++) {
                final char letter = l == level ? band.charAt(axis) : 'L';
                out = Convolution.along(out, filters.get(letter), centre, axis, padding);
            }
        }
        return out;
    }

    private static double[] dilated(final double[] filter, final int level) {
        final int step = 1 << (level - 1);
        final double[] out = new double[(filter.length - 1) * step + 1];
        for (int k = 0; k < filter.length; k++) {
            out[k * step] = filter[k];
        }
        return out;
    }
}
