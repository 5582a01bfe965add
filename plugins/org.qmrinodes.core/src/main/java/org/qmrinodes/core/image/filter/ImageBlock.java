package org.qmrinodes.core.image.filter;

import java.util.Arrays;

import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;

/**
 * A box of voxels with their spacing, column fastest, then row, then slice: the input and output of
 * the filters. Immutable (the arrays are copied in and out).
 *
 * @param columns voxels along axis 0
 * @param rows voxels along axis 1
 * @param slices voxels along axis 2
 * @param spacing voxel spacing in mm along the three axes
 * @param values the voxel values, {@code columns·rows·slices} of them
 */
public record ImageBlock(int columns, int rows, int slices, double[] spacing, double[] values) {

    /** Checks the sizes and copies the arrays. */
    public ImageBlock {
        if (columns < 1 || rows < 1 || slices < 1) {
            throw new IllegalArgumentException("an image block needs at least one voxel per axis, got " + columns + "x"
                + rows + "x" + slices);
        }
        if (spacing.length != 3 || values.length != (long) columns * rows * slices) {
            throw new IllegalArgumentException("an image block of " + columns + "x" + rows + "x" + slices
                + " needs 3 spacings and as many values, got " + spacing.length + " and " + values.length);
        }
        spacing = spacing.clone();
        values = values.clone();
    }

    /** @return the voxel spacing (a new array) */
    @Override
    public double[] spacing() {
        return spacing.clone();
    }

    /** @return the voxel values, column fastest (a new array) */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * @param axis 0 (columns), 1 (rows) or 2 (slices)
     * @return the number of voxels along it
     */
    public int size(final int axis) {
        return switch (axis) {
            case 0 -> columns;
            case 1 -> rows;
            case 2 -> slices;
            default -> throw new IllegalArgumentException("axis must be 0, 1 or 2, got " + axis);
        };
    }

    /**
     * @param i column
     * @param j row
     * @param k slice
     * @return the value there
     */
    public double value(final int i, final int j, final int k) {
        return values[(k * rows + j) * columns + i];
    }

    /** @return the number of voxels */
    public int voxelCount() {
        return values.length;
    }

    /**
     * @param volume an image
     * @param v the volume of its parameter axis to take
     * @return that volume as a block, with its spacing
     */
    public static ImageBlock of(final Volume volume, final int v) {
        final Geometry g = volume.geometry();
        final float[] values = volume.copyOfVolume(v);
        final double[] out = new double[values.length];
        for (int n = 0; n < out.length; n++) {
            out[n] = values[n];
        }
        return new ImageBlock(g.columns(), g.rows(), g.slices(), g.spacing(), out);
    }

    /**
     * @param geometry the grid of the image the block was taken from with {@link #of(Volume, int)}
     * @return the block as a single volume on that grid (values rounded to single precision)
     */
    public Volume toVolume(final Geometry geometry) {
        if (geometry.columns() != columns || geometry.rows() != rows || geometry.slices() != slices) {
            throw new IllegalArgumentException(this + " does not fit the grid " + geometry);
        }
        final float[] out = new float[values.length];
        for (int n = 0; n < out.length; n++) {
            out[n] = (float) values[n];
        }
        return Volume.map(geometry, out);
    }

    /**
     * @param newValues values of a box of the same size and spacing
     * @return that box
     */
    public ImageBlock withValues(final double[] newValues) {
        return new ImageBlock(columns, rows, slices, spacing, newValues);
    }

    /** The index of the first voxel of every line of voxels along the axis. */
    int[] lineStarts(final int axis) {
        final int[] out = new int[values.length / size(axis)];
        int n = 0;
        for (int k = 0; k < (axis == 2 ? 1 : slices); k++) {
            for (int j = 0; j < (axis == 1 ? 1 : rows); j++) {
                for (int i = 0; i < (axis == 0 ? 1 : columns); i++) {
                    out[n++] = (k * rows + j) * columns + i;
                }
            }
        }
        return out;
    }

    /** The values without a copy, read-only by convention, for the filters of this package. */
    double[] array() {
        return values;
    }

    /** Distance in the value array between neighbours along the axis. */
    int stride(final int axis) {
        return switch (axis) {
            case 0 -> 1;
            case 1 -> columns;
            case 2 -> columns * rows;
            default -> throw new IllegalArgumentException("axis must be 0, 1 or 2, got " + axis);
        };
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof ImageBlock b && b.columns == columns && b.rows == rows && b.slices == slices
            && Arrays.equals(b.spacing, spacing) && Arrays.equals(b.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(spacing) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "ImageBlock[" + columns + "x" + rows + "x" + slices + " at " + Arrays.toString(spacing) + " mm]";
    }
}
