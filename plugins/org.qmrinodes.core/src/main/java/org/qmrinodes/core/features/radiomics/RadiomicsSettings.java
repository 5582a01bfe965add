package org.qmrinodes.core.features.radiomics;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Settings of a radiomics extraction (the Original image type), with PyRadiomics' setting names.
 *
 * @param binWidth PyRadiomics {@code binWidth}: width of the fixed-width grey-level bins (positive)
 * @param voxelArrayShift PyRadiomics {@code voxelArrayShift}: added to the intensities in Energy, Total
 *        Energy and Root Mean Squared only
 * @param label PyRadiomics {@code label}: the mask label that is the region of interest
 * @param featureClasses the feature classes to compute (at least one); reported in {@link FeatureClass} order
 * @param gldmA PyRadiomics {@code gldm_a}: the largest grey-level difference α at which a neighbour counts
 *        as dependent in the GLDM (non-negative)
 */
public record RadiomicsSettings(double binWidth, double voxelArrayShift, int label, Set<FeatureClass> featureClasses,
    double gldmA) {

    /** PyRadiomics' default bin width. */
    public static final double DEFAULT_BIN_WIDTH = 25;

    /** Checks the values and makes the class set an unmodifiable copy. */
    public RadiomicsSettings {
        if (!(binWidth > 0) || Double.isInfinite(binWidth)) {
            throw new IllegalArgumentException("binWidth must be a positive number, got " + binWidth);
        }
        if (!Double.isFinite(voxelArrayShift)) {
            throw new IllegalArgumentException("voxelArrayShift must be a finite number, got " + voxelArrayShift);
        }
        if (featureClasses == null || featureClasses.isEmpty()) {
            throw new IllegalArgumentException("at least one radiomics feature class must be enabled");
        }
        if (!(gldmA >= 0) || Double.isInfinite(gldmA)) {
            throw new IllegalArgumentException("gldm_a must be a non-negative number, got " + gldmA);
        }
        featureClasses = Collections.unmodifiableSet(EnumSet.copyOf(featureClasses));
    }

    /**
     * Settings with PyRadiomics' default {@code gldm_a} of 0.
     *
     * @param binWidth see {@link #binWidth()}
     * @param voxelArrayShift see {@link #voxelArrayShift()}
     * @param label see {@link #label()}
     * @param featureClasses see {@link #featureClasses()}
     */
    public RadiomicsSettings(final double binWidth, final double voxelArrayShift, final int label,
        final Set<FeatureClass> featureClasses) {
        this(binWidth, voxelArrayShift, label, featureClasses, 0);
    }

    /** @return PyRadiomics' defaults: bin width 25, no voxel array shift, label 1, every class, gldm_a 0 */
    public static RadiomicsSettings defaults() {
        return new RadiomicsSettings(DEFAULT_BIN_WIDTH, 0, 1, EnumSet.allOf(FeatureClass.class));
    }

    /**
     * @param classes the feature classes to compute instead
     * @return these settings with other feature classes
     */
    public RadiomicsSettings withFeatureClasses(final Set<FeatureClass> classes) {
        return new RadiomicsSettings(binWidth, voxelArrayShift, label, classes, gldmA);
    }
}
