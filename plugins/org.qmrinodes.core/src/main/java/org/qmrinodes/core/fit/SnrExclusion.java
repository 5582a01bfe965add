package org.qmrinodes.core.fit;

/**
 * Exclusion of voxels whose last acquisition point (largest echo time, b-value, …) is too noisy,
 * as QIMS26 states for its T2* maps: SNR = (S − S<sub>b</sub>) / SD &lt; threshold → the voxel is
 * not fitted ({@link VoxelStatus#LOW_SNR}) and counted in {@link FitCounts#excludedFraction()}.
 *
 * <p>S is the voxel's (direction-averaged) signal at the last point. S<sub>b</sub> and SD are either
 * given (a noise level the user measured) or estimated from a background region outside the body
 * as the mean and sample SD of the same image there. The background SD of magnitude images is
 * Rayleigh-distributed (SD ≈ 0.655 σ); no correction is applied, as in the paper's definition.
 *
 * @param threshold voxels with SNR below this are excluded (the paper: 5)
 * @param backgroundMean S<sub>b</sub> when given, NaN when estimated from {@code backgroundRegion}
 * @param noiseSd SD when given, NaN when estimated from {@code backgroundRegion}
 * @param backgroundRegion voxels of the background region, or {@code null} when the noise is given
 */
public record SnrExclusion(double threshold, double backgroundMean, double noiseSd, boolean[] backgroundRegion) {

    /** The threshold stated by QIMS26. */
    public static final double DEFAULT_THRESHOLD = 5;

    /** Checks the settings and copies the region. */
    public SnrExclusion {
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("SNR threshold must be finite: " + threshold);
        }
        if (backgroundRegion == null) {
            if (!Double.isFinite(backgroundMean) || !(noiseSd > 0) || Double.isInfinite(noiseSd)) {
                throw new IllegalArgumentException(
                    "SNR exclusion needs a finite background mean and a positive noise SD, or a background region");
            }
        } else {
            backgroundRegion = backgroundRegion.clone();
        }
    }

    /**
     * @param threshold SNR threshold
     * @param backgroundMean S<sub>b</sub>
     * @param noiseSd SD
     * @return exclusion with a given noise level
     */
    public static SnrExclusion withNoise(final double threshold, final double backgroundMean, final double noiseSd) {
        return new SnrExclusion(threshold, backgroundMean, noiseSd, null);
    }

    /**
     * @param threshold SNR threshold
     * @param backgroundRegion background voxels (same length as the signal arrays)
     * @return exclusion with S<sub>b</sub> and SD estimated in the region
     */
    public static SnrExclusion fromBackground(final double threshold, final boolean[] backgroundRegion) {
        return new SnrExclusion(threshold, Double.NaN, Double.NaN, backgroundRegion);
    }

    @Override
    public boolean[] backgroundRegion() {
        return backgroundRegion == null ? null : backgroundRegion.clone();
    }
}
