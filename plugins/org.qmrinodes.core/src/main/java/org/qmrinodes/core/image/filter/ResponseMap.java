package org.qmrinodes.core.image.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One response map with IBSI 2's conventions (Depeursinge et al., "Standardised convolutional
 * filtering for radiomics", IBSI 2 reference manual, arXiv:2006.05470): filters on the voxel grid, 3D or
 * 2D in every slice ({@link Dimensions}), σ given in mm and converted to voxels per axis (IBSI assumes
 * isotropic voxels), the image extended by a {@link Padding}, and optionally made invariant to
 * right-angle rotations by average pooling ({@link #rotationInvariant}). Unlike PyRadiomics' LoG
 * ({@link LaplacianOfGaussian}) the Laplacian of Gaussian here is the sampled, truncated and not
 * scale-normalised kernel.
 */
public final class ResponseMap {

    /** Whether a filter is 3D or 2D, applied in each slice on its own. */
    public enum Dimensions {
        /** A 3D filter along columns, rows and slices. */
        THREE_D(0, 1, 2),
        /** A 2D filter along columns and rows only: every slice filtered independently of the others. */
        BY_SLICE(0, 1);

        private final int[] axes;

        Dimensions(final int... axes) {
            this.axes = axes;
        }

        /** @return the axes the filter runs along (0 columns, 1 rows, 2 slices), a new array */
        public int[] axes() {
            return axes.clone();
        }
    }

    private ResponseMap() {
    }

    /**
     * Mean filter, 3D: the average over a cube of M×M×M voxels centred on each voxel.
     *
     * @param image the image
     * @param support M, odd and positive
     * @param padding the extension beyond the edges
     * @return the response
     */
    public static ImageBlock mean(final ImageBlock image, final int support, final Padding padding) {
        return mean(image, support, padding, Dimensions.THREE_D);
    }

    /**
     * Mean filter: the average over a cube of M×M×M voxels (3D) or a square of M×M voxels in the slice
     * ({@link Dimensions#BY_SLICE}) centred on each voxel.
     *
     * @param image the image
     * @param support M, odd and positive
     * @param padding the extension beyond the edges
     * @param dimensions 3D or in every slice
     * @return the response
     */
    public static ImageBlock mean(final ImageBlock image, final int support, final Padding padding,
        final Dimensions dimensions) {
        if (support < 1 || support % 2 == 0) {
            throw new IllegalArgumentException("the mean filter's support must be an odd positive number, got " + support);
        }
        final double[] kernel = new double[support];
        Arrays.fill(kernel, 1.0 / support);
        ImageBlock out = image;
        for (final int axis : dimensions.axes) {
            out = Convolution.along(out, kernel, support / 2, axis, padding);
        }
        return out;
    }

    /**
     * Laplacian of Gaussian, 3D, as {@link #laplacianOfGaussian(ImageBlock, double, double, Padding, Dimensions)}.
     *
     * @param image the image
     * @param sigmaMm σ in mm
     * @param truncate t, the kernel's half-width in σ
     * @param padding the extension beyond the edges
     * @return the response
     */
    public static ImageBlock laplacianOfGaussian(final ImageBlock image, final double sigmaMm, final double truncate,
        final Padding padding) {
        return laplacianOfGaussian(image, sigmaMm, truncate, padding, Dimensions.THREE_D);
    }

    /**
     * Laplacian of Gaussian, IBSI 2: in D dimensions (3, or 2 in every slice)
     * g(x) = −(1/σ²)·(1/(σ√(2π)))<sup>D</sup>·(D − ‖x‖²/σ²)·exp(−‖x‖²/(2σ²)), x and σ in voxels, sampled at the
     * voxel offsets within ⌊tσ + 0.5⌋ of the centre along each axis (t the truncation, 4 in IBSI's tests),
     * computed as the sum over the axes of the sampled second derivative of the 1D Gaussian along that
     * axis times the sampled Gaussians along the others.
     *
     * @param image the image
     * @param sigmaMm σ in mm
     * @param truncate t, the kernel's half-width in σ
     * @param padding the extension beyond the edges
     * @param dimensions 3D or in every slice
     * @return the response
     */
    public static ImageBlock laplacianOfGaussian(final ImageBlock image, final double sigmaMm, final double truncate,
        final Padding padding, final Dimensions dimensions) {
        if (!(sigmaMm > 0) || !(truncate > 0) || Double.isInfinite(sigmaMm) || Double.isInfinite(truncate)) {
            throw new IllegalArgumentException("LoG needs a positive sigma and truncation, got sigma " + sigmaMm
                + " mm, truncate " + truncate);
        }
        final double[] spacing = image.spacing();
        final double[][] gauss = new double[3][];
        final double[][] second = new double[3][];
        for (final int d : dimensions.axes) {
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
        for (final int d : dimensions.axes) {
            ImageBlock term = image;
            for (final int axis : dimensions.axes) {
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
     * Undecimated separable wavelet, 3D, as {@link #wavelet(ImageBlock, Wavelet, String, int, Padding, Dimensions)}.
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
        return wavelet(image, wavelet, band, level, padding, Dimensions.THREE_D);
    }

    /**
     * Undecimated separable wavelet, IBSI 2: one band of the stationary transform at a level, the
     * decomposition filters of the wavelet (PyWavelets' coefficients) applied along columns, rows and
     * slices (only columns and rows {@link Dimensions#BY_SLICE}) as the band's letters say (L low-pass,
     * H high-pass), each centred at F/2 as {@link StationaryWavelet} does; a level above 1 applies the
     * low-pass filters of the levels below first, the filters of level ℓ having 2<sup>ℓ−1</sup> − 1 zeros
     * between their taps (à trous). Level 1 is checked against IBSI's reference maps; levels 1 to 3 with
     * periodic padding equal PyWavelets' stationary transform ({@code pywt.swtn}).
     *
     * @param image the image
     * @param wavelet the wavelet
     * @param band one letter L or H per axis of the dimensions, along columns, rows (and slices), e.g.
     *        {@code LHL} in 3D, {@code HL} by slice
     * @param level the level, at least 1
     * @param padding the extension beyond the edges
     * @param dimensions 3D or in every slice
     * @return the response
     */
    public static ImageBlock wavelet(final ImageBlock image, final Wavelet wavelet, final String band, final int level,
        final Padding padding, final Dimensions dimensions) {
        final int[] axes = dimensions.axes;
        requireBand(band, dimensions);
        if (level < 1) {
            throw new IllegalArgumentException("the wavelet level must be at least 1, got " + level);
        }
        ImageBlock out = image;
        for (int l = 1; l <= level; l++) {
            final Map<Character, double[]> filters = Map.of('L', dilated(wavelet.lowPass(), l), 'H',
                dilated(wavelet.highPass(), l));
            final int centre = wavelet.length() / 2 << (l - 1);
            for (int a = 0; a < axes.length; a++) {
                final char letter = l == level ? band.charAt(a) : 'L';
                out = Convolution.along(out, filters.get(letter), centre, axes[a], padding);
            }
        }
        return out;
    }

    /**
     * @param band a wavelet band
     * @param dimensions 3D or in every slice
     * @throws IllegalArgumentException unless the band is one letter L or H per axis of the dimensions
     */
    public static void requireBand(final String band, final Dimensions dimensions) {
        final int n = dimensions.axes.length;
        if (!band.matches("[LH]{" + n + "}")) {
            throw new IllegalArgumentException("a " + (n == 3 ? "3D" : "2D") + " wavelet band is " + n + " letters L or H ("
                + (n == 3 ? "columns, rows, slices" : "columns, rows; by slice") + "), got '" + band + "'");
        }
    }

    /**
     * Rotation invariance by average pooling, IBSI 2 (reference manual, rotation invariance of
     * directional filters such as separable wavelets): the response of {@code filter} averaged over the
     * right-angle rotations of the voxel grid, 24 in 3D (the rotations of the cube) and 4 about the slice
     * axis {@link Dimensions#BY_SLICE}. For each rotation the image is rotated, filtered, and the response
     * rotated back; the mean of these responses is the map. Rotating the image and rotating the filter
     * are the same here, since every padding of {@link Padding} is symmetric. A rotation that exchanges
     * axes exchanges their sizes and spacings too, so anisotropic voxels are filtered as the rotated
     * grid has them.
     *
     * @param image the image
     * @param filter the filter, e.g. {@code b -> wavelet(b, coif1, "HHL", 1, padding)}; it must return a
     *        block of the size of its input
     * @param dimensions {@link Dimensions#THREE_D} for the 24 rotations of 3D, {@link Dimensions#BY_SLICE}
     *        for the 4 in-plane ones
     * @return the pooled response
     */
    public static ImageBlock rotationInvariant(final ImageBlock image, final UnaryOperator<ImageBlock> filter,
        final Dimensions dimensions) {
        final List<Rotation> rotations = Rotation.all(dimensions);
        final double[] sum = new double[image.voxelCount()];
        for (final Rotation r : rotations) {
            final ImageBlock rotated = r.apply(image);
            final ImageBlock response = filter.apply(rotated);
            if (response.columns() != rotated.columns() || response.rows() != rotated.rows()
                || response.slices() != rotated.slices()) {
                throw new IllegalArgumentException("the filter changed the block's size from " + rotated + " to " + response);
            }
            r.addBack(response, image, sum);
        }
        for (int v = 0; v < sum.length; v++) {
            sum[v] /= rotations.size();
        }
        return image.withValues(sum);
    }

    /**
     * A right-angle rotation of the voxel grid: axis a of the rotated block is axis {@code source[a]} of
     * the original, reversed when {@code reversed[a]}; proper (determinant +1).
     */
    private record Rotation(int[] source, boolean[] reversed) {

        private static final int[][] PERMUTATIONS = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};

        static List<Rotation> all(final Dimensions dimensions) {
            final List<Rotation> out = new ArrayList<>();
            for (final int[] p : PERMUTATIONS) {
                if (dimensions == Dimensions.BY_SLICE && p[2] != 2) {
                    continue;
                }
                for (int signs = 0; signs < 8; signs++) {
                    final boolean[] reversed = {(signs & 1) != 0, (signs & 2) != 0, (signs & 4) != 0};
                    if (dimensions == Dimensions.BY_SLICE && reversed[2]) {
                        continue;
                    }
                    int determinant = parity(p);
                    for (final boolean r : reversed) {
                        determinant *= r ? -1 : 1;
                    }
                    if (determinant == 1) {
                        out.add(new Rotation(p, reversed));
                    }
                }
            }
            return out;
        }

        private static int parity(final int[] p) {
            int inversions = 0;
            for (int a = 0; a < 3; a++) {
                for (int b = a + 1; b < 3; b++) {
                    if (p[a] > p[b]) {
                        inversions++;
                    }
                }
            }
            return inversions % 2 == 0 ? 1 : -1;
        }

        ImageBlock apply(final ImageBlock image) {
            final int[] size = new int[3];
            final double[] spacing = new double[3];
            final double[] originalSpacing = image.spacing();
            for (int a = 0; a < 3; a++) {
                size[a] = image.size(source[a]);
                spacing[a] = originalSpacing[source[a]];
            }
            final double[] in = image.array();
            final double[] out = new double[in.length];
            final int[] index = new int[3];
            int n = 0;
            for (index[2] = 0; index[2] < size[2]; index[2]++) {
                for (index[1] = 0; index[1] < size[1]; index[1]++) {
                    for (index[0] = 0; index[0] < size[0]; index[0]++) {
                        out[n++] = in[originalIndex(index, size, image)];
                    }
                }
            }
            return new ImageBlock(size[0], size[1], size[2], spacing, out);
        }

        /** Adds the rotated block's values, rotated back onto the original's grid, to {@code sum}. */
        void addBack(final ImageBlock rotated, final ImageBlock original, final double[] sum) {
            final int[] size = {rotated.columns(), rotated.rows(), rotated.slices()};
            final double[] values = rotated.array();
            final int[] index = new int[3];
            int n = 0;
            for (index[2] = 0; index[2] < size[2]; index[2]++) {
                for (index[1] = 0; index[1] < size[1]; index[1]++) {
                    for (index[0] = 0; index[0] < size[0]; index[0]++) {
                        sum[originalIndex(index, size, original)] += values[n++];
                    }
                }
            }
        }

        /** The array index in the original block of the voxel at {@code index} of the rotated one. */
        private int originalIndex(final int[] index, final int[] size, final ImageBlock original) {
            int i = 0;
            int j = 0;
            int k = 0;
            for (int a = 0; a < 3; a++) {
                final int value = reversed[a] ? size[a] - 1 - index[a] : index[a];
                switch (source[a]) {
                    case 0 -> i = value;
                    case 1 -> j = value;
                    default -> k = value;
                }
            }
            return (k * original.rows() + j) * original.columns() + i;
        }
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
