package org.qmrinodes.core.features.radiomics;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.image.filter.ImageBlock;

/**
 * The image cropped to the bounding box of one mask label, as PyRadiomics' {@code cropToTumorMask}
 * (no padding): the box's intensities, which of its voxels belong to the label, the voxel volume and
 * where the box lies in the image. Nothing of the size of the whole image is kept. Immutable.
 */
public final class RegionOfInterest {

    private final int columns;
    private final int rows;
    private final int slices;
    private final double[] intensities;
    private final boolean[] inside;
    private final int voxelCount;
    private final double[] spacing;
    private final int[] low;

    private RegionOfInterest(final int columns, final int rows, final int slices, final double[] intensities,
        final boolean[] inside, final int voxelCount, final double[] spacing, final int[] low) {
        this.columns = columns;
        this.rows = rows;
        this.slices = slices;
        this.intensities = intensities;
        this.inside = inside;
        this.voxelCount = voxelCount;
        this.spacing = spacing.clone();
        this.low = low.clone();
    }

    /**
     * @param image a single-volume image
     * @param mask a mask on the same grid
     * @param label the label that is the region (PyRadiomics {@code label})
     * @param maskName the mask's name (file or row) for messages
     * @return the region cropped to the label's bounding box
     * @throws InvalidDataException when the image has several volumes, the grids differ, the mask is
     *         empty, the label is absent, or an intensity inside the region is not a number
     */
    public static RegionOfInterest crop(final Volume image, final Mask mask, final int label, final String maskName) {
        if (image.volumeCount() != 1) {
            throw new InvalidDataException(maskName + ": the image has " + image.volumeCount()
                + " volumes; radiomics features need one (choose a phase or parameter first)");
        }
        final Geometry g = image.geometry();
        final Geometry m = mask.geometry();
        if (g.columns() != m.columns() || g.rows() != m.rows() || g.slices() != m.slices()
            || !sameSpacing(g.spacing(), m.spacing())) {
            throw new InvalidDataException(maskName + ": the mask grid " + describe(m) + " differs from the image grid "
                + describe(g));
        }
        final int[] low = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        final int[] high = {-1, -1, -1};
        int count = 0;
        boolean anyLabel = false;
        for (int k = 0; k < m.slices(); k++) {
            for (int j = 0; j < m.rows(); j++) {
                for (int i = 0; i < m.columns(); i++) {
                    final int l = mask.label(i, j, k);
                    anyLabel |= l != 0;
                    if (l == label) {
                        count++;
                        low[0] = Math.min(low[0], i);
                        low[1] = Math.min(low[1], j);
                        low[2] = Math.min(low[2], k);
                        high[0] = Math.max(high[0], i);
                        high[1] = Math.max(high[1], j);
                        high[2] = Math.max(high[2], k);
                    }
                }
            }
        }
        if (!anyLabel) {
            throw new InvalidDataException(maskName + ": the mask is empty (no voxel has a non-zero label)");
        }
        if (count == 0) {
            throw new InvalidDataException(maskName + ": label " + label + " is not in the mask (labels "
                + mask.labelCounts().keySet() + ")");
        }
        final int nx = high[0] - low[0] + 1;
        final int ny = high[1] - low[1] + 1;
        final int nz = high[2] - low[2] + 1;
        final double[] intensities = new double[nx * ny * nz];
        final boolean[] inside = new boolean[intensities.length];
        int notNumbers = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    final int v = (k * ny + j) * nx + i;
                    intensities[v] = image.get(low[0] + i, low[1] + j, low[2] + k, 0);
                    inside[v] = mask.label(low[0] + i, low[1] + j, low[2] + k) == label;
                    if (inside[v] && Double.isNaN(intensities[v])) {
                        notNumbers++;
                    }
                }
            }
        }
        if (notNumbers > 0) {
            throw new InvalidDataException(maskName + ": " + notNumbers + " of the " + count + " voxels of label " + label
                + " have no intensity (NaN) in the image");
        }
        return new RegionOfInterest(nx, ny, nz, intensities, inside, count, g.spacing(), low);
    }

    private static boolean sameSpacing(final double[] a, final double[] b) {
        for (int d = 0; d < 3; d++) {
            if (Math.abs(a[d] - b[d]) > 1e-4 * Math.max(a[d], b[d])) {
                return false;
            }
        }
        return true;
    }

    private static String describe(final Geometry g) {
        return g.columns() + "x" + g.rows() + "x" + g.slices() + " at " + Arrays.toString(g.spacing()) + " mm";
    }

    /** @return columns of the bounding box */
    public int columns() {
        return columns;
    }

    /** @return rows of the bounding box */
    public int rows() {
        return rows;
    }

    /** @return slices of the bounding box */
    public int slices() {
        return slices;
    }

    /** @return the image index (column, row, slice) of the bounding box's first voxel (a new array) */
    public int[] low() {
        return low.clone();
    }

    /** @return N<sub>p</sub>, the number of voxels in the region */
    public int voxelCount() {
        return voxelCount;
    }

    /** @return the volume of one voxel in mm³ (product of the spacings) */
    public double voxelVolume() {
        return spacing[0] * spacing[1] * spacing[2];
    }

    /** @return the voxel spacing in mm along columns, rows and slices (a new array) */
    public double[] spacing() {
        return spacing.clone();
    }

    /**
     * @param v a voxel of the bounding box, column fastest
     * @return true when it belongs to the region
     */
    public boolean inside(final int v) {
        return inside[v];
    }

    /**
     * @param v a voxel of the bounding box, column fastest
     * @return its intensity
     */
    public double intensity(final int v) {
        return intensities[v];
    }

    /**
     * @param filter a function of the intensity
     * @return this region with every intensity x replaced by filter(x), e.g. a derived image type
     */
    public RegionOfInterest mapped(final DoubleUnaryOperator filter) {
        final double[] out = new double[intensities.length];
        for (int v = 0; v < out.length; v++) {
            out[v] = filter.applyAsDouble(intensities[v]);
        }
        return new RegionOfInterest(columns, rows, slices, out, inside, voxelCount, spacing, low);
    }

    /**
     * The image around the region, as PyRadiomics' {@code cropToTumorMask} with {@code padDistance}: the
     * bounding box grown by the pad on every side, clipped to the image, the block a filter is applied to.
     *
     * @param image the image the region was cropped from
     * @param padDistance voxels added on each side (non-negative)
     * @return the image's values in the grown box
     */
    public ImageBlock surroundings(final Volume image, final int padDistance) {
        final Geometry g = image.geometry();
        final int[] size = {g.columns(), g.rows(), g.slices()};
        final int[] from = new int[3];
        final int[] n = new int[3];
        final int[] boxSize = {columns, rows, slices};
        for (int d = 0; d < 3; d++) {
            from[d] = Math.max(low[d] - padDistance, 0);
            n[d] = Math.min(low[d] + boxSize[d] - 1 + padDistance, size[d] - 1) - from[d] + 1;
        }
        final double[] values = new double[n[0] * n[1] * n[2]];
        for (int k = 0; k < n[2]; k++) {
            for (int j = 0; j < n[1]; j++) {
                for (int i = 0; i < n[0]; i++) {
                    values[(k * n[1] + j) * n[0] + i] = image.get(from[0] + i, from[1] + j, from[2] + k, 0);
                }
            }
        }
        return new ImageBlock(n[0], n[1], n[2], spacing, values);
    }

    /**
     * @param filtered a filter's response on {@link #surroundings(Volume, int)} of the image, same pad
     * @param padDistance the pad used
     * @return this region with the response as its intensities (the response cropped to the bounding box)
     * @throws IllegalArgumentException when the response is smaller than the bounding box with that pad
     */
    public RegionOfInterest within(final ImageBlock filtered, final int padDistance) {
        final int[] offset = new int[3];
        final int[] boxSize = {columns, rows, slices};
        for (int d = 0; d < 3; d++) {
            offset[d] = low[d] - Math.max(low[d] - padDistance, 0);
            if (offset[d] + boxSize[d] > filtered.size(d)) {
                throw new IllegalArgumentException("a response of " + filtered + " does not hold the region's box of "
                    + columns + "x" + rows + "x" + slices + " padded by " + padDistance);
            }
        }
        final double[] out = new double[intensities.length];
        for (int k = 0; k < slices; k++) {
            for (int j = 0; j < rows; j++) {
                for (int i = 0; i < columns; i++) {
                    out[(k * rows + j) * columns + i] = filtered.value(offset[0] + i, offset[1] + j, offset[2] + k);
                }
            }
        }
        return new RegionOfInterest(columns, rows, slices, out, inside, voxelCount, spacing, low);
    }

    /**
     * The region narrowed, as PyRadiomics crops to the bounding box of a resegmented mask.
     *
     * @param keep for each voxel of the bounding box (column fastest), whether it may stay in the region
     * @return the region's voxels that are kept, cropped to their bounding box (no padding)
     * @throws IllegalArgumentException when {@code keep} does not cover the box or keeps no region voxel
     */
    public RegionOfInterest restricted(final boolean[] keep) {
        if (keep.length != inside.length) {
            throw new IllegalArgumentException("a selection of " + keep.length + " voxels for a box of "
                + inside.length);
        }
        final int[] from = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        final int[] to = {-1, -1, -1};
        int count = 0;
        for (int v = 0; v < inside.length; v++) {
            if (inside[v] && keep[v]) {
                final int[] ijk = {v % columns, (v / columns) % rows, v / (columns * rows)};
                for (int d = 0; d < 3; d++) {
                    from[d] = Math.min(from[d], ijk[d]);
                    to[d] = Math.max(to[d], ijk[d]);
                }
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("the selection keeps no voxel of the region");
        }
        final int nx = to[0] - from[0] + 1;
        final int ny = to[1] - from[1] + 1;
        final int nz = to[2] - from[2] + 1;
        final double[] narrowedIntensities = new double[nx * ny * nz];
        final boolean[] narrowedInside = new boolean[narrowedIntensities.length];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    final int v = ((from[2] + k) * rows + from[1] + j) * columns + from[0] + i;
                    final int w = (k * ny + j) * nx + i;
                    narrowedIntensities[w] = intensities[v];
                    narrowedInside[w] = inside[v] && keep[v];
                }
            }
        }
        final int[] narrowedLow = {low[0] + from[0], low[1] + from[1], low[2] + from[2]};
        return new RegionOfInterest(nx, ny, nz, narrowedIntensities, narrowedInside, count, spacing, narrowedLow);
    }

    /**
     * @param other a region cropped from the same image
     * @return for each voxel of this region's bounding box, whether it lies in the other's bounding box
     */
    public boolean[] inBoxOf(final RegionOfInterest other) {
        final boolean[] out = new boolean[inside.length];
        final int[] otherSize = {other.columns, other.rows, other.slices};
        for (int v = 0; v < out.length; v++) {
            final int[] ijk = {low[0] + v % columns, low[1] + (v / columns) % rows, low[2] + v / (columns * rows)};
            boolean in = true;
            for (int d = 0; d < 3; d++) {
                in &= ijk[d] >= other.low[d] && ijk[d] < other.low[d] + otherSize[d];
            }
            out[v] = in;
        }
        return out;
    }

    /** @return the intensities of the region's voxels, in bounding-box order (a new array) */
    public double[] regionIntensities() {
        final double[] out = new double[voxelCount];
        int n = 0;
        for (int v = 0; v < inside.length; v++) {
            if (inside[v]) {
                out[n++] = intensities[v];
            }
        }
        return out;
    }
}
