package org.qmrinodes.core.features.radiomics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Named radiomics configurations of published studies, as {@link RadiomicsSettings}. */
public final class RadiomicsPresets {

    /**
     * The Fr24 configuration: PyRadiomics' example settings for MR with about 5 mm slices (its
     * {@code exampleMR_5mm.yaml}): image types Original, LoG (σ 3 and 5 mm) and the 8 wavelet bands;
     * shape (14), first-order (18), GLCM without SumAverage and MCC (22), GLRLM (16), GLSZM (16) and GLDM
     * (14), no NGTDM: 14 + 11 × 86 = 960 features; intensities normalised (scale 100), B-spline
     * resampling to 3×3×3 mm, bin width 5, voxel array shift 300, label 1.
     */
    public static final String FR24 = "Fr24: 960 features";

    private RadiomicsPresets() {
    }

    /** @return every preset by name, in a fixed order (unmodifiable) */
    public static Map<String, RadiomicsSettings> all() {
        return Map.of(FR24, fr24());
    }

    /**
     * @param name a preset's name
     * @return its settings
     * @throws IllegalArgumentException naming the known presets when there is none of that name
     */
    public static RadiomicsSettings named(final String name) {
        final RadiomicsSettings preset = all().get(name);
        if (preset == null) {
            throw new IllegalArgumentException("unknown radiomics preset '" + name + "' (known: "
                + String.join(", ", all().keySet()) + ")");
        }
        return preset;
    }

    private static RadiomicsSettings fr24() {
        final Map<FeatureClass, List<String>> features = new LinkedHashMap<>();
        features.put(FeatureClass.SHAPE, List.of());
        features.put(FeatureClass.FIRSTORDER, List.of());
        features.put(FeatureClass.GLCM, List.of("Autocorrelation", "JointAverage", "ClusterProminence", "ClusterShade",
            "ClusterTendency", "Contrast", "Correlation", "DifferenceAverage", "DifferenceEntropy",
            "DifferenceVariance", "JointEnergy", "JointEntropy", "Imc1", "Imc2", "Idm", "Idmn", "Id", "Idn",
            "InverseVariance", "MaximumProbability", "SumEntropy", "SumSquares"));
        features.put(FeatureClass.GLRLM, List.of());
        features.put(FeatureClass.GLSZM, List.of());
        features.put(FeatureClass.GLDM, List.of());
        final Map<String, Map<String, Object>> imageTypes = new LinkedHashMap<>();
        imageTypes.put(RadiomicsExtractor.ORIGINAL_TYPE, Map.of());
        imageTypes.put("LoG", Map.of("sigma", List.of(3.0, 5.0)));
        imageTypes.put("Wavelet", Map.of());
        final Map<String, Object> others = new LinkedHashMap<>();
        others.put("normalize", true);
        others.put("normalizeScale", 100.0);
        others.put("interpolator", "sitkBSpline");
        others.put("resampledPixelSpacing", List.of(3.0, 3.0, 3.0));
        return new RadiomicsSettings(5, 300, 1, features, 0, false, 0, imageTypes, others);
    }
}
