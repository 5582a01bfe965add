package org.qmrinodes.core.features.radiomics;

import java.util.ArrayList;
import java.util.List;

/**
 * The 13 directions of a 3D neighbourhood at distance 1 (26 neighbours, one of each opposite pair),
 * as column, row and slice offsets. Texture matrices are built per direction and their features
 * averaged over directions, as PyRadiomics does by default. {@link #offsets(List)} gives PyRadiomics'
 * angles for other {@code distances}. With PyRadiomics' {@code force2D} only the directions in the plane
 * perpendicular to {@code force2Ddimension} count ({@link #outOfPlane}): every texture matrix then pairs
 * voxels of one slice only but counts every slice, IBSI's 2.5D aggregation.
 */
final class Directions {

    /** Column offsets. */
    static final int[] DI = {1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1};
    /** Row offsets. */
    static final int[] DJ = {0, 1, 0, 1, -1, 0, 0, 1, 1, 1, 1, -1, -1};
    /** Slice offsets. */
    static final int[] DK = {0, 0, 1, 0, 0, 1, -1, 1, -1, 1, -1, 1, -1};
    /** Number of directions. */
    static final int COUNT = DI.length;

    /** Without {@code force2D}: every direction counts. */
    static final int VOLUME = -1;

    private Directions() {
    }

    /**
     * @param settings the extraction settings
     * @return the offset component (0 column, 1 row, 2 slice) that {@code force2D} keeps at 0 — PyRadiomics'
     *         {@code force2Ddimension} counts in its array order (0 slices, 1 rows, 2 columns) — or {@link #VOLUME}
     */
    static int outOfPlane(final RadiomicsSettings settings) {
        return settings.force2D() ? 2 - settings.force2Ddimension() : VOLUME;
    }

    /**
     * @param d one of the {@link #COUNT} directions
     * @param outOfPlane the component kept at 0, or {@link #VOLUME}
     * @return whether the direction counts
     */
    static boolean inPlane(final int d, final int outOfPlane) {
        return outOfPlane == VOLUME || new int[] {DI[d], DJ[d], DK[d]}[outOfPlane] == 0;
    }

    /**
     * @param region the bounding box
     * @param v a voxel, column fastest
     * @param d a direction
     * @param steps how many steps along it (may be negative)
     * @return the voxel reached, or −1 outside the bounding box
     */
    static int step(final RegionOfInterest region, final int v, final int d, final int steps) {
        final int nx = region.columns();
        final int ny = region.rows();
        final int i = v % nx + steps * DI[d];
        final int j = (v / nx) % ny + steps * DJ[d];
        final int k = v / (nx * ny) + steps * DK[d];
        if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= region.slices()) {
            return -1;
        }
        return (k * ny + j) * nx + i;
    }

    /**
     * PyRadiomics' angles for {@code distances} (its {@code generate_angles}, one direction): every offset
     * whose largest step (Chebyshev distance) is one of the distances, one of each opposite pair, signed as
     * PyRadiomics signs them (the first non-zero step in slice, row, column order positive), in its order
     * (slice, then row, then column steps from +d<sub>max</sub> down). The GLCM of an angle counts the pairs
     * (voxel, voxel + offset).
     *
     * @param distances the distances (positive)
     * @return the offsets, each {column, row, slice}
     * @throws IllegalArgumentException when the list is empty or a distance is not positive
     */
    static List<int[]> offsets(final List<Integer> distances) {
        return offsets(distances, VOLUME);
    }

    /**
     * @param distances the distances (positive)
     * @param outOfPlane the offset component kept at 0 ({@code force2D}), or {@link #VOLUME}
     * @return the {@link #offsets(List)} in that plane
     */
    static List<int[]> offsets(final List<Integer> distances, final int outOfPlane) {
        if (distances.isEmpty() || distances.stream().anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("distances must be positive whole numbers, got " + distances);
        }
        final int max = distances.stream().mapToInt(Integer::intValue).max().orElseThrow();
        final List<int[]> out = new ArrayList<>();
        for (int dk = max; dk >= -max; dk--) {
            for (int dj = max; dj >= -max; dj--) {
                for (int di = max; di >= -max; di--) {
                    final int firstNonZero = dk != 0 ? dk : dj != 0 ? dj : di;
                    final int chebyshev = Math.max(Math.abs(di), Math.max(Math.abs(dj), Math.abs(dk)));
                    final boolean inPlane = outOfPlane == VOLUME || new int[] {di, dj, dk}[outOfPlane] == 0;
                    if (firstNonZero > 0 && distances.contains(chebyshev) && inPlane) {
                        out.add(new int[] {di, dj, dk});
                    }
                }
            }
        }
        return out;
    }

    /**
     * @param distances the distances (positive)
     * @return the neighbourhood of the GLDM and NGTDM for them: the {@link #offsets(List)} and their opposites
     */
    static List<int[]> neighbours(final List<Integer> distances) {
        return neighbours(distances, VOLUME);
    }

    /**
     * @param distances the distances (positive)
     * @param outOfPlane the offset component kept at 0 ({@code force2D}), or {@link #VOLUME}
     * @return the {@link #neighbours(List)} in that plane
     */
    static List<int[]> neighbours(final List<Integer> distances, final int outOfPlane) {
        final List<int[]> out = new ArrayList<>();
        for (final int[] o : offsets(distances, outOfPlane)) {
            out.add(o);
            out.add(new int[] {-o[0], -o[1], -o[2]});
        }
        return out;
    }
}
