package org.qmrinodes.core.features.radiomics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Resampling;
import org.qmrinodes.core.image.Volume;

/**
 * Extracts PyRadiomics-compatible features, in PyRadiomics' order, from the image as given or, with
 * {@code normalize}, its {@link ImageNormalization} (the region's intensities normalised in double
 * precision, the image the filters see in single precision), and with {@code resampledPixelSpacing}
 * the image and mask (normalised first) on PyRadiomics' resampled grid ({@link RadiomicsResampling}):
 * first the shape classes, computed once
 * on the mask of the original image ({@code original_shape_MeshVolume}; with a {@link Resegmentation},
 * the mask cropped to the resegmented region's bounding box, or the resegmented region with
 * {@code resegmentShape}, as PyRadiomics does); then, for each image type
 * (Original, the {@link IntensityFilter} types, and LoG and Wavelet, see {@link FilteredImageTypes}, which
 * filter only the region's surroundings), the other enabled classes in their order
 * ({@code original_firstorder_Mean}, {@code square_glcm_Idmn}, {@code wavelet-LLH_glcm_Idmn}), on the
 * image cropped to the bounding box of the settings' label and discretised with the fixed bin number
 * ({@code binCount}) when given, else the fixed bin width. With a {@link Resegmentation} these classes
 * use the resegmented region, chosen by the unfiltered intensities; filters are applied around the
 * region before resegmentation. Features within a class come in the order of the settings' feature
 * list, or PyRadiomics' own (alphabetical) order for the class's default features.
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
     *         not fit the image, the image to normalise is constant or has NaN intensities, the bin width
     *         gives too many bins, the resegmentation keeps fewer than two
     *         voxels, or shape2D is asked of a region thicker than one voxel along {@code force2Ddimension}
     * @throws IllegalArgumentException when the settings ask for an image type, feature or setting that
     *         is not implemented, naming it
     */
    public static List<RadiomicsFeature> extract(final Volume image, final Mask mask, final String maskName,
        final RadiomicsSettings settings) {
        return extract(image, mask, maskName, settings, note -> { });
    }

    /**
     * As {@link #extract(Volume, Mask, String, RadiomicsSettings)}, telling which derived images were
     * left out. As PyRadiomics does, a LoG σ the cropped image is too small for (fewer than
     * ⌈σ/spacing⌉ + 1 or 4 voxels along an axis) is skipped with a note, and its features are absent
     * from the result; the other images' features are computed.
     *
     * @param image a single-volume image
     * @param mask the mask on the image's grid
     * @param maskName the mask's name (file or row) for messages
     * @param settings the settings
     * @param notes receives one message per image left out, naming the mask, the image and the reason
     * @return the features computed, in PyRadiomics' order (unmodifiable)
     */
    public static List<RadiomicsFeature> extract(final Volume image, final Mask mask, final String maskName,
        final RadiomicsSettings settings, final Consumer<String> notes) {
        checkImplemented(settings);
        final ImageNormalization normalization = settings.normalize()
            ? ImageNormalization.of(image, maskName, settings.normalizeScale(), settings.removeOutliers()) : null;
        if (RadiomicsResampling.asked(settings) && settings.ibsiConventions()) {
            final Volume prepared = normalization == null ? image : normalization.apply(image);
            final List<?> spacing = (List<?>) settings.otherSettings().get("resampledPixelSpacing");
            final RadiomicsResampling.Resampled resampled = IbsiResampling.resample(prepared, mask, settings.label(),
                spacing, RadiomicsResampling.interpolation(settings) == Resampling.Interpolation.TRILINEAR,
                ibsiFilterReach(settings, spacing, image.geometry().spacing()), maskName);
            return extract(resampled.image(), resampled.mask(), maskName, settings, null, true, notes);
        }
        if (RadiomicsResampling.asked(settings)) {
            final RadiomicsResampling.Resampled resampled = RadiomicsResampling.resample(image, mask, maskName,
                settings, normalization == null && RadiomicsResampling.wholeNumbers(image),
                normalization == null ? UnaryOperator.identity() : normalization::apply);
            if (resampled != null) {
                return extract(resampled.image(), resampled.mask(), maskName, settings, null, true, notes);
            }
        }
        return extract(image, mask, maskName, settings, normalization, false, notes);
    }

    /**
     * @return the voxels around the region, on the new grid, that IBSI mode's LoG kernels reach (0 without LoG)
     */
    private static int ibsiFilterReach(final RadiomicsSettings settings, final List<?> asked, final double[] old) {
        final Map<String, Object> log = settings.imageTypes().get(FilteredImageTypes.LOG);
        if (log == null) {
            return 0;
        }
        final Map<String, Object> merged = new HashMap<>(settings.otherSettings());
        merged.putAll(log);
        return FilteredImageTypes.ibsiLogReach(FilteredImageTypes.sigmas(merged), IbsiResampling.spacing(asked, old));
    }

    /**
     * The extraction on the final grid, with the normalisation still to apply (or null); a resampled
     * image is filtered whole, as PyRadiomics filters the image resampleImage returns (already cropped
     * to the box plus padDistance in new voxels, not cropped again), else the region's surroundings.
     */
    private static List<RadiomicsFeature> extract(final Volume image, final Mask mask, final String maskName,
        final RadiomicsSettings settings, final ImageNormalization normalization, final boolean resampled,
        final Consumer<String> notes) {
        final RegionOfInterest cropped = RegionOfInterest.crop(image, mask, settings.label(), maskName);
        final RegionOfInterest region = normalization == null ? cropped : cropped.mapped(normalization);
        final Resegmentation resegmentation = settings.resegmentation();
        final boolean[] kept = resegmentation == null ? null : resegmentation.kept(region, maskName);
        final RegionOfInterest shapeRegion = kept == null ? region
            : shapeRegion(region, kept, settings.resegmentShape());
        final List<RadiomicsFeature> out = new ArrayList<>();
        for (final FeatureClass c : FeatureClass.values()) {
            final List<String> names = settings.enabledFeatures().get(c);
            if (c == FeatureClass.SHAPE && names != null) {
                final ShapeFeatures shape = new ShapeFeatures(shapeRegion);
                add(out, ORIGINAL, c, merged(shape.values(), shape.deprecatedValues()), names);
            } else if (c == FeatureClass.SHAPE2D && names != null) {
                final Shape2DFeatures shape = new Shape2DFeatures(shapeRegion, settings.force2Ddimension());
                add(out, ORIGINAL, c, merged(shape.values(), shape.deprecatedValues()), names);
            }
        }
        if (settings.enabledFeatures().keySet().stream().allMatch(FeatureClass::isShape)) {
            return List.copyOf(out);
        }
        final boolean unfilteredOnly = settings.imageTypes().keySet().stream().allMatch(ORIGINAL_TYPE::equals);
        final Volume filtered = normalization == null || unfilteredOnly ? image : normalization.apply(image);
        final int plane = Directions.outOfPlane(settings);
        for (final Map.Entry<String, Map<String, Object>> type : settings.imageTypes().entrySet()) {
            for (final FilteredImageTypes.Derived derived : derivedImages(type.getKey(), type.getValue(), filtered,
                region, settings, maskName, resampled, notes)) {
                final GreyLevels greyLevels = GreyLevels.of(kept == null ? derived.region()
                    : derived.region().restricted(kept), settings);
                settings.enabledFeatures().forEach((c, names) -> {
                    if (!c.isShape()) {
                        final Map<String, Double> values = switch (c) {
                            case FIRSTORDER -> new FirstOrderFeatures(greyLevels, settings.voxelArrayShift()).values();
                            case GLCM -> new GlcmFeatures(greyLevels, settings.distances(), settings.symmetricalGLCM(),
                                settings.weightingNorm(), plane).values(names.isEmpty() ? c.defaultFeatures() : names);
                            case GLDM -> new GldmFeatures(greyLevels, settings.gldmA(), settings.distances(), plane)
                                .values();
                            case GLRLM -> new GlrlmFeatures(greyLevels, settings.weightingNorm(), plane).values();
                            case GLSZM -> new GlszmFeatures(greyLevels, plane).values();
                            case NGTDM -> new NgtdmFeatures(greyLevels, settings.distances(), plane).values();
                            case SHAPE, SHAPE2D -> throw new IllegalStateException(c.name());
                        };
                        add(out, derived.prefix(), c, values, names);
                    }
                });
            }
        }
        return List.copyOf(out);
    }

    /**
     * The region of the shape classes with resegmentation: the resegmented one with {@code resegmentShape},
     * else, as PyRadiomics' {@code computeShape} crops the original mask to the bounding box of the
     * resegmented one, the original region's voxels inside that box.
     */
    private static RegionOfInterest shapeRegion(final RegionOfInterest region, final boolean[] kept,
        final boolean resegmentShape) {
        final RegionOfInterest resegmented = region.restricted(kept);
        return resegmentShape ? resegmented : region.restricted(region.inBoxOf(resegmented));
    }

    /**
     * The images of one image type, in PyRadiomics' order, each with its feature-name prefix; with
     * {@code whole}, the pad around the region covers the whole image.
     */
    private static List<FilteredImageTypes.Derived> derivedImages(final String type, final Map<String, Object> custom,
        final Volume image, final RegionOfInterest region, final RadiomicsSettings settings, final String maskName,
        final boolean whole, final Consumer<String> notes) {
        if (ORIGINAL_TYPE.equals(type)) {
            return List.of(new FilteredImageTypes.Derived(ORIGINAL, region));
        }
        final Map<String, Object> merged = new HashMap<>(settings.otherSettings());
        merged.putAll(custom);
        if (whole) {
            final Geometry g = image.geometry();
            merged.put("padDistance", Math.max(g.columns(), Math.max(g.rows(), g.slices())));
            merged.put("preCrop", false);
        }
        final IntensityFilter filter = IntensityFilter.ofTypeName(type);
        if (filter != null) {
            final double largest = Boolean.TRUE.equals(merged.get("preCrop"))
                ? IntensityFilter.largestAbsolute(region.surroundings(image, FilteredImageTypes.padDistance(merged)))
                : IntensityFilter.largestAbsolute(image);
            return List.of(new FilteredImageTypes.Derived(filter.prefix(),
                region.mapped(filter.forLargestAbsolute(largest, maskName))));
        }
        return FilteredImageTypes.derive(type, merged, image, region, settings.force2D(), settings.force2Ddimension(),
            maskName, notes);
    }

    /**
     * @param computed the class's features by name
     * @param names the features asked for, or none for the class's defaults
     */
    private static void add(final List<RadiomicsFeature> out, final String imageType, final FeatureClass c,
        final Map<String, Double> computed, final List<String> names) {
        for (final String name : names.isEmpty() ? c.defaultFeatures() : names) {
            final Double value = computed.get(name);
            if (value == null) {
                throw new IllegalArgumentException(c.deprecatedFeatures().contains(name)
                    ? c.pyradiomicsName() + " feature '" + name + "' (deprecated in PyRadiomics) is not implemented"
                    : c.pyradiomicsName() + " has no feature '" + name + "' (known: "
                        + String.join(", ", c.defaultFeatures()) + ")");
            }
            out.add(new RadiomicsFeature(imageType, c, name, value));
        }
    }

    private static Map<String, Double> merged(final Map<String, Double> a, final Map<String, Double> b) {
        final Map<String, Double> out = new HashMap<>(a);
        out.putAll(b);
        return out;
    }

    /** Refuses what would make the features differ from PyRadiomics' because it is not implemented. */
    private static void checkImplemented(final RadiomicsSettings settings) {
        settings.imageTypes().forEach((type, custom) -> {
            final boolean filtered = FilteredImageTypes.OWN_SETTINGS.containsKey(type);
            if (!ORIGINAL_TYPE.equals(type) && IntensityFilter.ofTypeName(type) == null && !filtered) {
                final StringBuilder implemented = new StringBuilder(ORIGINAL_TYPE);
                for (final IntensityFilter f : IntensityFilter.values()) {
                    implemented.append(", ").append(f.typeName());
                }
                implemented.append(", ").append(FilteredImageTypes.LOG).append(", ").append(FilteredImageTypes.WAVELET);
                throw new IllegalArgumentException("radiomics image type '" + type
                    + "' is not implemented (implemented: " + implemented + ")");
            }
            final List<String> refused = custom.keySet().stream()
                .filter(k -> !filtered || !FilteredImageTypes.OWN_SETTINGS.get(type).contains(k)).sorted().toList();
            if (!refused.isEmpty()) {
                throw new IllegalArgumentException("settings of their own for image type '" + type + "' ("
                    + String.join(", ", refused) + ") are not implemented; give them under setting"
                    + (filtered ? " (" + type + " takes " + String.join(", ",
                        FilteredImageTypes.OWN_SETTINGS.get(type).stream().sorted().toList()) + " of its own)" : ""));
            }
        });
        if (RadiomicsResampling.asked(settings)) {
            RadiomicsResampling.interpolation(settings);
        }
        if (settings.ibsiConventions()) {
            IbsiConventions.checkSupported(settings);
        }
        if (!settings.force2D() && settings.featureClasses().contains(FeatureClass.SHAPE2D)) {
            throw new IllegalArgumentException("shape2D needs the setting force2D: true");
        }
    }
}
