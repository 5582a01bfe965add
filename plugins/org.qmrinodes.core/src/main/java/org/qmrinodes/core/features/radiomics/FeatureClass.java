package org.qmrinodes.core.features.radiomics;

import java.util.List;

/**
 * The radiomics feature classes, in PyRadiomics' default order: the shape classes first (computed once,
 * on the original image's mask), then the intensity and texture classes.
 */
public enum FeatureClass {
    /** 3D shape, PyRadiomics {@code shape}. */
    SHAPE("shape", "Elongation Flatness LeastAxisLength MajorAxisLength Maximum2DDiameterColumn"
        + " Maximum2DDiameterRow Maximum2DDiameterSlice Maximum3DDiameter MeshVolume MinorAxisLength Sphericity"
        + " SurfaceArea SurfaceVolumeRatio VoxelVolume", "Compactness1 Compactness2 SphericalDisproportion"),
    /** 2D shape of a region one voxel thick, PyRadiomics {@code shape2D} (needs {@code force2D}). */
    SHAPE2D("shape2D", "Elongation MajorAxisLength MaximumDiameter MeshSurface MinorAxisLength Perimeter"
        + " PerimeterSurfaceRatio PixelSurface Sphericity", "SphericalDisproportion"),
    /** First-order (intensity) statistics, PyRadiomics {@code firstorder}. */
    FIRSTORDER("firstorder", "10Percentile 90Percentile Energy Entropy InterquartileRange Kurtosis Maximum"
        + " MeanAbsoluteDeviation Mean Median Minimum Range RobustMeanAbsoluteDeviation RootMeanSquared Skewness"
        + " TotalEnergy Uniformity Variance", "StandardDeviation"),
    /** Grey level co-occurrence matrix, PyRadiomics {@code glcm}. */
    GLCM("glcm", "Autocorrelation ClusterProminence ClusterShade ClusterTendency Contrast Correlation"
        + " DifferenceAverage DifferenceEntropy DifferenceVariance Id Idm Idmn Idn Imc1 Imc2 InverseVariance"
        + " JointAverage JointEnergy JointEntropy MCC MaximumProbability SumAverage SumEntropy SumSquares",
        "Dissimilarity Homogeneity1 Homogeneity2 SumVariance"),
    /** Grey level dependence matrix, PyRadiomics {@code gldm}. */
    GLDM("gldm", "DependenceEntropy DependenceNonUniformity DependenceNonUniformityNormalized"
        + " DependenceVariance GrayLevelNonUniformity GrayLevelVariance HighGrayLevelEmphasis LargeDependenceEmphasis"
        + " LargeDependenceHighGrayLevelEmphasis LargeDependenceLowGrayLevelEmphasis LowGrayLevelEmphasis"
        + " SmallDependenceEmphasis SmallDependenceHighGrayLevelEmphasis SmallDependenceLowGrayLevelEmphasis",
        "GrayLevelNonUniformityNormalized DependencePercentage"),
    /** Grey level run length matrix, PyRadiomics {@code glrlm}. */
    GLRLM("glrlm", "GrayLevelNonUniformity GrayLevelNonUniformityNormalized GrayLevelVariance"
        + " HighGrayLevelRunEmphasis LongRunEmphasis LongRunHighGrayLevelEmphasis LongRunLowGrayLevelEmphasis"
        + " LowGrayLevelRunEmphasis RunEntropy RunLengthNonUniformity RunLengthNonUniformityNormalized RunPercentage"
        + " RunVariance ShortRunEmphasis ShortRunHighGrayLevelEmphasis ShortRunLowGrayLevelEmphasis", ""),
    /** Grey level size zone matrix, PyRadiomics {@code glszm}. */
    GLSZM("glszm", "GrayLevelNonUniformity GrayLevelNonUniformityNormalized GrayLevelVariance"
        + " HighGrayLevelZoneEmphasis LargeAreaEmphasis LargeAreaHighGrayLevelEmphasis LargeAreaLowGrayLevelEmphasis"
        + " LowGrayLevelZoneEmphasis SizeZoneNonUniformity SizeZoneNonUniformityNormalized SmallAreaEmphasis"
        + " SmallAreaHighGrayLevelEmphasis SmallAreaLowGrayLevelEmphasis ZoneEntropy ZonePercentage ZoneVariance", ""),
    /** Neighbouring grey tone difference matrix, PyRadiomics {@code ngtdm}. */
    NGTDM("ngtdm", "Busyness Coarseness Complexity Contrast Strength", "");

    private final String pyradiomicsName;
    private final List<String> defaultFeatures;
    private final List<String> deprecatedFeatures;

    FeatureClass(final String pyradiomicsName, final String defaultFeatures, final String deprecatedFeatures) {
        this.pyradiomicsName = pyradiomicsName;
        this.defaultFeatures = List.of(defaultFeatures.split(" "));
        this.deprecatedFeatures = deprecatedFeatures.isEmpty() ? List.of() : List.of(deprecatedFeatures.split(" "));
    }

    /**
     * @return PyRadiomics' features of the class that are computed when none are named, in its
     *         (alphabetical) order: those not marked deprecated
     */
    public List<String> defaultFeatures() {
        return defaultFeatures;
    }

    /** @return PyRadiomics' deprecated features of the class, computed only when named */
    public List<String> deprecatedFeatures() {
        return deprecatedFeatures;
    }

    /** @return the class name in PyRadiomics' feature names and parameter files, e.g. {@code glcm} */
    public String pyradiomicsName() {
        return pyradiomicsName;
    }

    /** @return true for the shape classes, which use the mask only */
    public boolean isShape() {
        return this == SHAPE || this == SHAPE2D;
    }

    /**
     * @param name a PyRadiomics class name, e.g. {@code firstorder} (case-insensitive)
     * @return the class
     * @throws IllegalArgumentException naming the known classes when there is none of that name
     */
    public static FeatureClass of(final String name) {
        for (final FeatureClass c : values()) {
            if (c.pyradiomicsName.equalsIgnoreCase(name.trim())) {
                return c;
            }
        }
        final StringBuilder known = new StringBuilder();
        for (final FeatureClass c : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(c.pyradiomicsName);
        }
        throw new IllegalArgumentException("unknown radiomics feature class '" + name.trim()
            + "' (known: " + known + ")");
    }
}
