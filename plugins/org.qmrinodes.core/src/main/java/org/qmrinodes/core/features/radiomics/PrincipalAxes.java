package org.qmrinodes.core.features.radiomics;

/**
 * Eigenvalues λ of the covariance matrix of the physical coordinates (index × spacing) of a region's
 * voxel centres, population moments (divided by N<sub>v</sub>), as PyRadiomics' shape classes use them
 * for the axis lengths 4√λ. Eigenvalues between −10<sup>−10</sup> and 0 are rounding errors of flat
 * regions and read as 0, as in PyRadiomics.
 */
final class PrincipalAxes {

    private static final double ROUNDING = 1e-10;

    private PrincipalAxes() {
    }

    /**
     * @param coordinates the voxel centres' physical coordinates, one array per axis, of equal length
     * @return the eigenvalues, ascending
     */
    static double[] eigenvalues(final double[][] coordinates) {
        final int d = coordinates.length;
        final int n = coordinates[0].length;
        final double[][] centred = new double[d][n];
        for (int a = 0; a < d; a++) {
            double mean = 0;
            for (final double x : coordinates[a]) {
                mean += x;
            }
            mean /= n;
            for (int v = 0; v < n; v++) {
                centred[a][v] = coordinates[a][v] - mean;
            }
        }
        final double[] covariance = new double[d * d];
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                double sum = 0;
                for (int v = 0; v < n; v++) {
                    sum += centred[a][v] * centred[b][v];
                }
                covariance[a * d + b] = sum / n;
                covariance[b * d + a] = sum / n;
            }
        }
        final double[] values = SymmetricEigenvalues.symmetric(covariance, d);
        for (int a = 0; a < d; a++) {
            if (values[a] < 0 && values[a] > -ROUNDING) {
                values[a] = 0;
            }
        }
        return values;
    }

    /**
     * @param region a region
     * @return the physical coordinates of its voxels along columns, rows and slices
     */
    static double[][] coordinates(final RegionOfInterest region) {
        final double[] s = region.spacing();
        final double[][] out = new double[3][region.voxelCount()];
        int n = 0;
        for (int k = 0; k < region.slices(); k++) {
            for (int j = 0; j < region.rows(); j++) {
                for (int i = 0; i < region.columns(); i++) {
                    if (region.inside((k * region.rows() + j) * region.columns() + i)) {
                        out[0][n] = i * s[0];
                        out[1][n] = j * s[1];
                        out[2][n++] = k * s[2];
                    }
                }
            }
        }
        return out;
    }

    /**
     * @param mask a 2D region
     * @return the physical coordinates of its pixels along u and v
     */
    static double[][] coordinates(final PlaneMask mask) {
        int count = 0;
        for (final boolean b : mask.inside()) {
            count += b ? 1 : 0;
        }
        final double[][] out = new double[2][count];
        int n = 0;
        for (int u = 0; u < mask.nu(); u++) {
            for (int v = 0; v < mask.nv(); v++) {
                if (mask.contains(u, v)) {
                    out[0][n] = u * mask.spacingU();
                    out[1][n++] = v * mask.spacingV();
                }
            }
        }
        return out;
    }
}
