package org.qmrinodes.core.fit;

/**
 * What happened to one voxel; stored as {@link #code()} in {@link FitResult#statusCodes()}. Only
 * {@link #CONVERGED} voxels have {@code fitOk = 1}; every other voxel has the value 0 in all
 * parameter maps, except {@link #HIT_BOUND} voxels, which keep the bounded estimate.
 */
public enum VoxelStatus {
    /** Not in the mask: not fitted. */
    OUTSIDE_MASK,
    /** Fitted; the estimate is inside the bounds (for NLLS: the iteration converged). */
    CONVERGED,
    /** Fitted, but a parameter ended on (or was clamped to) its bound. */
    HIT_BOUND,
    /** The fit produced no usable estimate (singular system, no convergence, non-finite values). */
    FAILED,
    /** A signal value (or B1 value) is NaN, infinite, negative, or zero where the model takes its log. */
    INVALID_SIGNAL,
    /** Excluded before fitting: SNR of the last acquisition point below the threshold. */
    LOW_SNR;

    private static final VoxelStatus[] VALUES = values();

    /** @return the byte stored per voxel (the ordinal) */
    public byte code() {
        return (byte) ordinal();
    }

    /**
     * @param code a stored byte
     * @return the status
     */
    public static VoxelStatus of(final byte code) {
        return VALUES[code];
    }
}
