package org.qmrinodes.core.features.radiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

/**
 * Extracts PyRadiomics-compatible features, in PyRadiomics' order: first the shape classes, computed once
 * on the mask of the original image ({@code original_shape_MeshVolume}); then, for each image type, the
 * other enabled classes in their order ({@code original_firstorder_Mean}, {@code original_glcm_Idmn}),
 * on the image cropped to the bounding box of the settings' label and discretised with the fixed bin
 * width. Features within a class come in the order of the settings' feature list, or PyRadiomics' own
 * (alphabetical) order for the class's default features.
 */
public final class RadiomicsExtractor {

    /** PyRadiomics' name of the unfiltered image type, the prefix of its feature names. */
    public static final String ORIGINAL = "original";

    /** PyRadiomics' image-type name of the unfiltered image in parameter files. */
    public static final String ORIGINAL_TYPE = "Original";

    private RadiomicsExtractor() {
    }

    /**
     * @param image a single-volume image
     * @param mask the mask on the image's grid
     * @param maskName the mask's name (file or row) for messages
     * @param settings the settings
     * @return the features, in PyRadiomics' order (unmodifiable)
     * @throws org.qmrinodes.core.data.InvalidDataException when the mask is empty, lacks the label, does
     *         not fit the image, the bin width gives too many bins, or shape2D is asked of a region thicker
     *         than one voxel along {@code force2Ddimension}
     * @throws IllegalArgumentException when the settings ask for an image type, feature or setting that
     *         is not implemented, naming it
     */
    public static List<RadiomicsFeature> extract(final Volume image, final Mask mask, final String maskName,
        final RadiomicsSettings settings) {
        checkImplemented(settings);
        final RegionOfInterest region = RegionOfInterest.crop(image, mask, settings.label(), maskName);
        final List<RadiomicsFeature> out = new ArrayList<>();
        for (final FeatureClass c : FeatureClass.values()) {
            final List<String> names = settings.enabledFeatures().get(c);
            if (c == FeatureClass.SHAPE && names != null) {
                final ShapeFeatures shape = new ShapeFeatures(region);
                add(out, ORIGINAL, c, shape.values(), shape.deprecatedValues(), names);
            } else if (c == FeatureClass.SHAPE2D && names != null) {
                final Shape2DFeatures shape = new Shape2DFeatures(region, settings.force2Ddimension());
                add(out, ORIGINAL, c, shape.values(), shape.deprecatedValues(), names);
            }
        }
        if (settings.enabledFeatures().keySet().stream().allMatch(FeatureClass::isShape)) {
            return List.copyOf(out);
        }
        final GreyLevels greyLevels = GreyLevels.fixedBinWidth(region, settings.binWidth());
        settings.enabledFeatures().forEach((c, names) -> {
            if (!c.isShape()) {
                final Map<String, Double> values = switch (c) {
                    case FIRSTORDER -> new FirstOrderFeatures(greyLevels, settings.voxelArrayShift()).values();
                    case GLCM -> new GlcmFeatures(greyLevels).values();
                    case GLDM -> new GldmFeatures(greyLevels, settings.gldmA()).values();
                    case GLRLM -> new GlrlmFeatures(greyLevels).values();
                    case GLSZM -> new GlszmFeatures(greyLevels).values();
                    case NGTDM -> new NgtdmFeatures(greyLevels).values();
                    case SHAPE, SHAPE2D -> throw new IllegalStateException(c.name());
                };
                add(out, ORIGINAL, c, values, Map.of(), names);
            }
        });
        return List.copyOf(out);
    }

    /**
     * @param defaults the class's default features, in order
     * @param deprecated its features computed only when named
     * @param names the features asked for, or none for the defaults
     */
    private static void add(final List<RadiomicsFeature> out, final String imageType, final FeatureClass c,
        final Map<String, Double> defaults, final Map<String, Double> deprecated, final List<String> names) {
        if (names.isEmpty()) {
            defaults.forEach((name, value) -> out.add(new RadiomicsFeature(imageType, c, name, value)));
            return;
        }
        for (final String name : names) {
            final Double value = defaults.containsKey(name) ? defaults.get(name) : deprecated.get(name);
            if (value == null) {
                final List<String> known = new ArrayList<>(defaults.keySet());
                known.addAll(deprecated.keySet());
                throw new IllegalArgumentException(c.pyradiomicsName() + " has no feature '" + name
                    + "' implemented (implemented: " + String.join(", ", known) + ")");
            }
            out.add(new RadiomicsFeature(imageType, c, name, value));
        }
    }

    /** Refuses what would make the features differ from PyRadiomics' because it is not implemented. */
    private static void checkImplemented(final RadiomicsSettings settings) {
        for (final String type : settings.imageTypes().keySet()) {
            if (!ORIGINAL_TYPE.equals(type)) {
                throw new IllegalArgumentException("radiomics image type '" + type
                    + "' is not implemented (implemented: " + ORIGINAL_TYPE + ")");
            }
        }
        if (settings.force2D()) {
            for (final FeatureClass c : settings.featureClasses()) {
                if (!c.isShape() && c != FeatureClass.FIRSTORDER) {
                    throw new IllegalArgumentException("force2D is not implemented for " + c.pyradiomicsName()
                        + " (2D texture matrices); it is for shape, shape2D and firstorder");
                }
            }
        } else if (settings.featureClasses().contains(FeatureClass.SHAPE2D)) {
            throw new IllegalArgumentException("shape2D needs the setting force2D: true");
        }
    }
}
