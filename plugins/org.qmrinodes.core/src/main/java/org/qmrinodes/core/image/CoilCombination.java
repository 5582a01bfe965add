package org.qmrinodes.core.image;

import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * Root sum of squares of per-channel magnitude images, {@code S = √(Σ_c S_c²)} (QIMS26's T2*
 * series are reconstructed per coil channel). Every volume (echo) is combined separately; a voxel
 * with a non-finite channel value is NaN.
 */
public final class CoilCombination {

    private CoilCombination() {
    }

    /**
     * @param channels the channels' volumes, all on the same grid with the same volumes (echoes) in
     *        the same order
     * @return the combined volume, with the first channel's grid and acquisition parameters
     * @throws InvalidDataException when there is no channel, or channels differ in grid or volumes
     */
    public static Volume sumOfSquares(final List<Volume> channels) {
        if (channels.isEmpty()) {
            throw new InvalidDataException("coil combination needs at least one channel");
        }
        final Volume first = channels.get(0);
        for (int c = 1; c < channels.size(); c++) {
            final Volume v = channels.get(c);
            if (!first.geometry().sameGrid(v.geometry(), 0.01)) {
                throw new InvalidDataException("channel " + (c + 1) + " is on another grid than channel 1");
            }
            if (!first.parameters().equals(v.parameters())) {
                throw new InvalidDataException("channel " + (c + 1) + " has other volumes (echoes) than channel 1");
            }
        }
        final int n = (int) first.geometry().voxelCount();
        final Volume.Builder out = Volume.builder(first.geometry(), first.parameters());
        final Geometry g = first.geometry();
        for (int e = 0; e < first.volumeCount(); e++) {
            final double[] sum = new double[n];
            for (final Volume v : channels) {
                final float[] s = v.copyOfVolume(e);
                for (int i = 0; i < n; i++) {
                    sum[i] += (double) s[i] * s[i];
                }
            }
            final int plane = g.columns() * g.rows();
            for (int k = 0; k < g.slices(); k++) {
                final float[] slice = new float[plane];
                for (int i = 0; i < plane; i++) {
                    final double total = sum[k * plane + i];
                    slice[i] = Double.isFinite(total) ? (float) Math.sqrt(total) : Float.NaN;
                }
                out.setSlice(k, e, slice);
            }
        }
        return out.build();
    }
}
