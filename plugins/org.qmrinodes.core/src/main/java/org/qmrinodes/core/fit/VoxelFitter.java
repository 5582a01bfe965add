package org.qmrinodes.core.fit;

/**
 * Fits one voxel at a time for one model, method and design. One instance per worker thread: all
 * scratch space is allocated in the constructor, so {@link #fit} allocates nothing.
 */
abstract class VoxelFitter {

    /**
     * @param y the (averaged) signal at each design point
     * @param voxel index of the voxel (for per-voxel inputs such as a B1 map)
     * @param out receives S0 then the values of {@link SignalModel#parameterNames()}
     * @return the voxel status ({@link VoxelStatus#CONVERGED}, {@link VoxelStatus#HIT_BOUND},
     *         {@link VoxelStatus#FAILED} or {@link VoxelStatus#INVALID_SIGNAL})
     */
    abstract VoxelStatus fit(double[] y, int voxel, double[] out);

    /** @return the signal magnitude the last fit predicts at design point {@code g} */
    abstract double predicted(int g);

    /**
     * Moves a start point strictly inside its bounds, so that NLLS does not start on a face where
     * the gradient of another parameter may vanish (e.g. Kapp when Dapp = 0).
     */
    static void moveInside(final double[] p, final double[] lo, final double[] hi) {
        for (int i = 0; i < p.length; i++) {
            final double width = Double.isFinite(hi[i] - lo[i]) ? hi[i] - lo[i] : Math.max(1, Math.abs(lo[i]));
            if (!(p[i] > lo[i])) {
                p[i] = lo[i] + 1e-3 * width;
            } else if (!(p[i] < hi[i])) {
                p[i] = hi[i] - 1e-3 * width;
            }
        }
    }

    /**
     * Clamps a linearised estimate into its bounds.
     *
     * @return FAILED if a value is NaN, HIT_BOUND if a value was clamped or lies on a bound, else CONVERGED
     */
    static VoxelStatus clamp(final double[] p, final double[] lo, final double[] hi) {
        VoxelStatus status = VoxelStatus.CONVERGED;
        for (int i = 0; i < p.length; i++) {
            if (Double.isNaN(p[i])) {
                return VoxelStatus.FAILED;
            }
            if (p[i] <= lo[i] || p[i] >= hi[i]) {
                p[i] = Math.max(lo[i], Math.min(hi[i], p[i]));
                status = VoxelStatus.HIT_BOUND;
            }
        }
        return status;
    }

    /** @return the status after NLLS: FAILED unless converged, HIT_BOUND if a parameter is on a bound */
    static VoxelStatus afterIteration(final int outcome, final double[] p, final double[] lo, final double[] hi) {
        if (outcome != LevenbergMarquardt.CONVERGED) {
            return VoxelStatus.FAILED;
        }
        return clamp(p, lo, hi);
    }
}
