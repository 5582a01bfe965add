package org.qmrinodes.core.image;

import java.util.TreeMap;
import java.util.SortedMap;

/**
 * A label image on a grid: 0 is background, every other value a label (a lesion, a reader's VOI).
 * Immutable.
 */
public final class Mask {

    private final Geometry geometry;
    private final int[] labels;

    /**
     * @param geometry the grid
     * @param labels one label per voxel, column fastest, then row, then slice (copied)
     */
    public Mask(final Geometry geometry, final int[] labels) {
        if (labels.length != geometry.voxelCount()) {
            throw new IllegalArgumentException("mask has " + labels.length + " voxels, grid " + geometry.voxelCount());
        }
        this.geometry = geometry;
        this.labels = labels.clone();
    }

    /**
     * @param low the box's first voxel (column, row, slice)
     * @param size the box's size in voxels along each axis
     * @return the labels of the box, on {@link Geometry#box(int[], int[])} of this grid
     */
    public Mask box(final int[] low, final int[] size) {
        final Geometry g = geometry.box(low, size);
        final int[] out = new int[(int) g.voxelCount()];
        int n = 0;
        for (int k = 0; k < size[2]; k++) {
            for (int j = 0; j < size[1]; j++) {
                System.arraycopy(labels, ((low[2] + k) * geometry.rows() + low[1] + j) * geometry.columns() + low[0], out,
                    n, size[0]);
                n += size[0];
            }
        }
        return new Mask(g, out);
    }

    /** @return the grid */
    public Geometry geometry() {
        return geometry;
    }

    /**
     * @param i column
     * @param j row
     * @param k slice
     * @return the label there
     */
    public int label(final int i, final int j, final int k) {
        if (i < 0 || j < 0 || k < 0 || i >= geometry.columns() || j >= geometry.rows() || k >= geometry.slices()) {
            throw new IndexOutOfBoundsException("voxel (" + i + "," + j + "," + k + ") outside the mask");
        }
        return labels[(k * geometry.rows() + j) * geometry.columns() + i];
    }

    /** @return every non-zero label with its voxel count, ascending */
    public SortedMap<Integer, Long> labelCounts() {
        final SortedMap<Integer, Long> counts = new TreeMap<>();
        for (final int l : labels) {
            if (l != 0) {
                counts.merge(l, 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * @param label a label of this mask
     * @param name the mask's name (file) for the message
     * @return a binary mask: 1 where this mask has {@code label}, else 0
     * @throws org.qmrinodes.core.data.InvalidDataException when the label does not occur
     */
    public Mask select(final int label, final String name) {
        if (!labelCounts().containsKey(label)) {
            throw new org.qmrinodes.core.data.InvalidDataException(name + ": label " + label
                + " is not in the mask (labels " + labelCounts().keySet() + ")");
        }
        final int[] out = new int[labels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels[i] == label ? 1 : 0;
        }
        return new Mask(geometry, out);
    }

    /** @return a copy of all labels, column fastest */
    public int[] copyOfLabels() {
        return labels.clone();
    }

    /** @return true for every voxel with a non-zero label, column fastest */
    public boolean[] nonZero() {
        final boolean[] in = new boolean[labels.length];
        for (int i = 0; i < in.length; i++) {
            in[i] = labels[i] != 0;
        }
        return in;
    }
}
