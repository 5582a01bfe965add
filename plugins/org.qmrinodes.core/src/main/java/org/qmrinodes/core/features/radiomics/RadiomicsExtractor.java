package org.qmrinodes.core.features.radiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

/**
 * Extracts PyRadiomics-compatible features of the Original image type: crops image and mask to the
 * bounding box of the settings' label, discretises with the fixed bin width, and computes the
 * enabled feature classes. Feature names are PyRadiomics' ({@code original_firstorder_Mean},
 * {@code original_glcm_Idmn}), in its order within each class.
 */
public final class RadiomicsExtractor {

    /** PyRadiomics' name of the unfiltered image type, the prefix of its feature names. */
    public static final String ORIGINAL = "original";

    private RadiomicsExtractor() {
    }

    /**
     * @param image a single-volume image
     * @param mask the mask on the image's grid
     * @param maskName the mask's name (file or row) for messages
     * @param settings the settings
     * @return the features, in class then PyRadiomics order (unmodifiable)
     * @throws org.qmrinodes.core.data.InvalidDataException when the mask is empty, lacks the label, does
     *         not fit the image, or the bin width gives too many bins
     */
    public static List<RadiomicsFeature> extract(final Volume image, final Mask mask, final String maskName,
        final RadiomicsSettings settings) {
        final RegionOfInterest region = RegionOfInterest.crop(image, mask, settings.label(), maskName);
        final GreyLevels greyLevels = GreyLevels.fixedBinWidth(region, settings.binWidth());
        final List<RadiomicsFeature> out = new ArrayList<>();
        for (final FeatureClass c : settings.featureClasses()) {
            final Map<String, Double> values = switch (c) {
                case FIRSTORDER -> new FirstOrderFeatures(greyLevels, settings.voxelArrayShift()).values();
                case GLCM -> new GlcmFeatures(greyLevels).values();
                case GLDM -> new GldmFeatures(greyLevels, settings.gldmA()).values();
                case GLRLM -> new GlrlmFeatures(greyLevels).values();
                case GLSZM -> new GlszmFeatures(greyLevels).values();
                case NGTDM -> new NgtdmFeatures(greyLevels).values();
            };
            values.forEach((name, value) -> out.add(new RadiomicsFeature(ORIGINAL, c, name, value)));
        }
        return List.copyOf(out);
    }
}
