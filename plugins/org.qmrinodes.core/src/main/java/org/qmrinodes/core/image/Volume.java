package org.qmrinodes.core.image;

import java.nio.FloatBuffer;
import java.util.List;

/**
 * A stack of 3D volumes on one grid, one per acquisition parameter (b-value, echo, inversion time,
 * flip angle or dynamic phase), with float voxel values.
 *
 * <p>All voxels live in one {@code float[]} in the order column (fastest), row, slice, volume, and
 * nothing else of size proportional to the image is kept: a 384×384×28×4 series takes its raw
 * 66 MB. Instances are immutable; they are filled once through a {@link Builder}, which hands its
 * array over without a copy.
 */
public final class Volume {

    /** Largest number of voxels of one volume stack (one Java array). */
    public static final long MAX_VOXELS = Integer.MAX_VALUE - 16L;

    private final Geometry geometry;
    private final List<AcquisitionParameters> parameters;
    private final float[] data;

    private Volume(final Geometry geometry, final List<AcquisitionParameters> parameters, final float[] data) {
        this.geometry = geometry;
        this.parameters = parameters;
        this.data = data;
    }

    /**
     * A single 3D map (e.g. a fitted parameter) on a grid; its acquisition parameters are unknown.
     *
     * @param geometry the grid
     * @param values one value per voxel, column fastest (copied)
     * @return the volume
     */
    public static Volume map(final Geometry geometry, final float[] values) {
        if (values.length != geometry.voxelCount()) {
            throw new IllegalArgumentException("map has " + values.length + " values, grid " + geometry.voxelCount());
        }
        return new Volume(geometry, List.of(AcquisitionParameters.UNKNOWN), values.clone());
    }

    /** @return the grid */
    public Geometry geometry() {
        return geometry;
    }

    /** @return one entry per volume, in volume order */
    public List<AcquisitionParameters> parameters() {
        return parameters;
    }

    /** @return number of volumes (length of the parameter axis) */
    public int volumeCount() {
        return parameters.size();
    }

    /**
     * @param i column
     * @param j row
     * @param k slice
     * @param v volume
     * @return the voxel value
     */
    public float get(final int i, final int j, final int k, final int v) {
        return data[index(geometry, i, j, k, v)];
    }

    /**
     * @param low the box's first voxel (column, row, slice)
     * @param size the box's size in voxels along each axis
     * @return the box of every volume, on {@link Geometry#box(int[], int[])} of this grid, same parameters
     */
    public Volume box(final int[] low, final int[] size) {
        final Geometry g = geometry.box(low, size);
        final float[] out = new float[(int) g.voxelCount() * volumeCount()];
        int n = 0;
        for (int v = 0; v < volumeCount(); v++) {
            for (int k = 0; k < size[2]; k++) {
                for (int j = 0; j < size[1]; j++) {
                    final int from = index(geometry, low[0], low[1] + j, low[2] + k, v);
                    System.arraycopy(data, from, out, n, size[0]);
                    n += size[0];
                }
            }
        }
        return new Volume(g, parameters, out);
    }

    /**
     * @param v volume index
     * @return a read-only view of one 3D volume's voxels, column fastest, without copying them (for a pass over
     *         a large volume that needs no array of its own)
     */
    public FloatBuffer view(final int v) {
        final int n = (int) geometry.voxelCount();
        if (v < 0 || v >= volumeCount()) {
            throw new IndexOutOfBoundsException("volume " + v + " of " + volumeCount());
        }
        return FloatBuffer.wrap(data, v * n, n).slice().asReadOnlyBuffer();
    }

    /**
     * @param v volume index
     * @return a copy of one 3D volume, column fastest
     */
    public float[] copyOfVolume(final int v) {
        final int n = (int) geometry.voxelCount();
        final float[] out = new float[n];
        System.arraycopy(data, v * n, out, 0, n);
        return out;
    }

    private static int index(final Geometry g, final int i, final int j, final int k, final int v) {
        if (i < 0 || j < 0 || k < 0 || i >= g.columns() || j >= g.rows() || k >= g.slices()) {
            throw new IndexOutOfBoundsException("voxel (" + i + "," + j + "," + k + ") outside " + g.columns() + "x"
                + g.rows() + "x" + g.slices());
        }
        return (int) (((long) v * g.slices() + k) * g.rows() * g.columns() + (long) j * g.columns() + i);
    }

    /**
     * Starts a volume stack; checks the size before allocating.
     *
     * @param geometry the grid
     * @param parameters one entry per volume
     * @return a builder holding zeroed voxels
     * @throws IllegalArgumentException when the stack does not fit one array or the free memory
     */
    public static Builder builder(final Geometry geometry, final List<AcquisitionParameters> parameters) {
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("a volume stack needs at least one volume");
        }
        final long n = geometry.voxelCount() * parameters.size();
        if (n > MAX_VOXELS) {
            throw new IllegalArgumentException(geometry.columns() + "x" + geometry.rows() + "x" + geometry.slices() + "x"
                + parameters.size() + " voxels exceed the limit of " + MAX_VOXELS);
        }
        DeclaredSize.requireHeap(geometry.columns() + "x" + geometry.rows() + "x" + geometry.slices() + "x" + parameters.size()
            + " voxels", 4 * n);
        return new Builder(geometry, List.copyOf(parameters), new float[(int) n]);
    }

    /** Fills the voxels of a {@link Volume}; usable once. */
    public static final class Builder {
        private final Geometry geometry;
        private final List<AcquisitionParameters> parameters;
        private float[] data;

        private Builder(final Geometry geometry, final List<AcquisitionParameters> parameters, final float[] data) {
            this.geometry = geometry;
            this.parameters = parameters;
            this.data = data;
        }

        /**
         * @param i column
         * @param j row
         * @param k slice
         * @param v volume
         * @param value the voxel value
         * @return this builder
         */
        public Builder set(final int i, final int j, final int k, final int v, final float value) {
            data()[index(geometry, i, j, k, v)] = value;
            return this;
        }

        /**
         * Sets one slice of one volume.
         *
         * @param k slice
         * @param v volume
         * @param values columns × rows values, column fastest
         * @return this builder
         */
        public Builder setSlice(final int k, final int v, final float[] values) {
            final int n = geometry.columns() * geometry.rows();
            if (values.length != n) {
                throw new IllegalArgumentException("slice has " + values.length + " values, grid " + n);
            }
            System.arraycopy(values, 0, data(), index(geometry, 0, 0, k, v), n);
            return this;
        }

        private float[] data() {
            if (data == null) {
                throw new IllegalStateException("volume already built");
            }
            return data;
        }

        /** @return the volume; the builder can no longer be used */
        public Volume build() {
            final Volume v = new Volume(geometry, parameters, data());
            data = null;
            return v;
        }
    }
}
