package org.qmrinodes.core.testing;

import java.util.function.UnaryOperator;

import org.qmrinodes.core.image.Geometry;

/** How far apart two point mappings (registration transforms) send a grid's points. */
public final class Displacements {

    private Displacements() {
    }

    /**
     * @param grid the fixed grid; every 4th column and row and every 2nd slice is visited
     * @param a one mapping
     * @param b the other
     * @return the mean distance in mm between where {@code a} and {@code b} send those voxel centres
     */
    public static double mean(final Geometry grid, final UnaryOperator<double[]> a, final UnaryOperator<double[]> b) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < grid.slices(); k += 2) {
            for (int j = 0; j < grid.rows(); j += 4) {
                for (int i = 0; i < grid.columns(); i += 4) {
                    final double[] x = grid.indexToPatient(i, j, k);
                    final double[] ya = a.apply(x);
                    final double[] yb = b.apply(x);
                    sum += Math.sqrt(Math.pow(ya[0] - yb[0], 2) + Math.pow(ya[1] - yb[1], 2) + Math.pow(ya[2] - yb[2], 2));
                    n++;
                }
            }
        }
        return sum / n;
    }
}
