package org.qmrinodes.core.image.filter;

/**
 * Convolution along one axis with a 1D kernel: y[i] = Σ<sub>k</sub> h[k]·x[i + c − k], c being the
 * kernel's centre and x extended beyond the edges by a {@link Padding}. Separable filters are
 * products of these along the axes.
 */
public final class Convolution {

    private Convolution() {
    }

    /**
     * @param image the image
     * @param kernel h
     * @param centre c, the kernel index that lands on the output voxel
     * @param axis 0 (columns), 1 (rows) or 2 (slices)
     * @param padding the extension beyond the edges
     * @return the convolved image
     */
    public static ImageBlock along(final ImageBlock image, final double[] kernel, final int centre, final int axis,
        final Padding padding) {
        final int n = image.size(axis);
        final int stride = image.stride(axis);
        final double[] x = image.array();
        final double[] out = new double[x.length];
        final double[] line = new double[n];
        final int[][] source = new int[n][kernel.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kernel.length; k++) {
                source[i][k] = padding.index(i + centre - k, n);
            }
        }
        for (final int start : image.lineStarts(axis)) {
            for (int i = 0; i < n; i++) {
                line[i] = x[start + i * stride];
            }
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int k = 0; k < kernel.length; k++) {
                    final int s = source[i][k];
                    if (s >= 0) {
                        sum += kernel[k] * line[s];
                    }
                }
                out[start + i * stride] = sum;
            }
        }
        return image.withValues(out);
    }
}
