package org.qmrinodes.core.features.radiomics;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * A region one voxel thick along one axis, as the 2D mask PyRadiomics' {@code shape2D} uses with
 * {@code force2D}: axis u is the first and v the second remaining axis in (slice, row, column) order.
 *
 * @param nu size along u
 * @param nv size along v
 * @param inside which pixels belong to the region, v fastest
 * @param spacingU pixel spacing along u in mm
 * @param spacingV pixel spacing along v in mm
 */
record PlaneMask(int nu, int nv, boolean[] inside, double spacingU, double spacingV) {

    private static final String[] AXIS_NAMES = {"slices", "rows", "columns"};

    /**
     * @param region the region
     * @param dimension PyRadiomics {@code force2Ddimension}: 0 drops the slice axis, 1 the row axis, 2 the
     *        column axis
     * @return the region as a 2D mask
     * @throws InvalidDataException when the region is more than one voxel thick along that axis
     */
    static PlaneMask of(final RegionOfInterest region, final int dimension) {
        final int[] size = {region.slices(), region.rows(), region.columns()};
        final double[] s = region.spacing();
        final double[] spacing = {s[2], s[1], s[0]};
        if (size[dimension] > 1) {
            throw new InvalidDataException("2D shape needs a region one voxel thick along force2Ddimension "
                + dimension + " (" + AXIS_NAMES[dimension] + "), this one is " + size[dimension] + " voxels thick");
        }
        final int u = dimension == 0 ? 1 : 0;
        final int v = dimension == 2 ? 1 : 2;
        final boolean[] inside = new boolean[size[u] * size[v]];
        final int[] index = new int[3];
        for (index[0] = 0; index[0] < size[0]; index[0]++) {
            for (index[1] = 0; index[1] < size[1]; index[1]++) {
                for (index[2] = 0; index[2] < size[2]; index[2]++) {
                    inside[index[u] * size[v] + index[v]] =
                        region.inside((index[0] * size[1] + index[1]) * size[2] + index[2]);
                }
            }
        }
        return new PlaneMask(size[u], size[v], inside, spacing[u], spacing[v]);
    }

    /**
     * @param u index along u, may lie outside
     * @param v index along v, may lie outside
     * @return true when the pixel is in the region
     */
    boolean contains(final int u, final int v) {
        return u >= 0 && v >= 0 && u < nu && v < nv && inside[u * nv + v];
    }
}
