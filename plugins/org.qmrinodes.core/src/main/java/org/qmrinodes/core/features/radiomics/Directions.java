package org.qmrinodes.core.features.radiomics;

/**
 * The 13 directions of a 3D neighbourhood at distance 1 (26 neighbours, one of each opposite pair),
 * as column, row and slice offsets. Texture matrices are built per direction and their features
 * averaged over directions, as PyRadiomics does by default.
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

    private Directions() {
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
}
