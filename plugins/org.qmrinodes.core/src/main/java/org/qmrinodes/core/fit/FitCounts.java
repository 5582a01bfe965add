package org.qmrinodes.core.fit;

/**
 * How many voxels ended in each {@link VoxelStatus}.
 *
 * @param voxels all voxels
 * @param outsideMask not in the mask
 * @param converged fitted within bounds ({@code fitOk})
 * @param hitBound fitted with a parameter on its bound
 * @param failed no usable estimate
 * @param invalidSignal NaN, infinite, negative or (for log models) zero signal
 * @param lowSnr excluded by the SNR rule
 */
public record FitCounts(int voxels, int outsideMask, int converged, int hitBound, int failed, int invalidSignal,
    int lowSnr) {

    static FitCounts of(final long[] byStatus) {
        long total = 0;
        for (final long c : byStatus) {
            total += c;
        }
        return new FitCounts((int) total, (int) byStatus[VoxelStatus.OUTSIDE_MASK.ordinal()],
            (int) byStatus[VoxelStatus.CONVERGED.ordinal()], (int) byStatus[VoxelStatus.HIT_BOUND.ordinal()],
            (int) byStatus[VoxelStatus.FAILED.ordinal()], (int) byStatus[VoxelStatus.INVALID_SIGNAL.ordinal()],
            (int) byStatus[VoxelStatus.LOW_SNR.ordinal()]);
    }

    /** @return voxels in the mask (all voxels without a mask) */
    public int inMask() {
        return voxels - outsideMask;
    }

    /** @return voxels in the mask that have no usable estimate (failed, invalid signal, low SNR) */
    public int flagged() {
        return failed + invalidSignal + lowSnr;
    }

    /** @return fraction of the voxels in the mask excluded by the SNR rule (0 for an empty mask) */
    public double excludedFraction() {
        return inMask() == 0 ? 0 : (double) lowSnr / inMask();
    }

    /** @return the count of {@code status} */
    public int count(final VoxelStatus status) {
        return switch (status) {
            case OUTSIDE_MASK -> outsideMask;
            case CONVERGED -> converged;
            case HIT_BOUND -> hitBound;
            case FAILED -> failed;
            case INVALID_SIGNAL -> invalidSignal;
            case LOW_SNR -> lowSnr;
        };
    }
}
