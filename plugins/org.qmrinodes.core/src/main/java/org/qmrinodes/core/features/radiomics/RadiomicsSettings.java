package org.qmrinodes.core.features.radiomics;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settings of a radiomics extraction, with PyRadiomics' setting names.
 *
 * @param binWidth PyRadiomics {@code binWidth}: width of the fixed-width grey-level bins (positive), unless
 *        {@link #binCount()} is given
 * @param voxelArrayShift PyRadiomics {@code voxelArrayShift}: added to the intensities in Energy, Total
 *        Energy and Root Mean Squared only
 * @param label PyRadiomics {@code label}: the mask label that is the region of interest
 * @param enabledFeatures PyRadiomics {@code featureClass}: the feature classes to compute (at least one),
 *        in the order given, each with the PyRadiomics names of the features to compute in that order, or
 *        an empty list (or null) for the class's default features (PyRadiomics' features not marked deprecated, in
 *        its alphabetical order). The shape classes are reported first whatever their place.
 * @param gldmA PyRadiomics {@code gldm_a}: the largest grey-level difference α at which a neighbour counts
 *        as dependent in the GLDM (non-negative)
 * @param force2D PyRadiomics {@code force2D}: treat the volume as a stack of 2D slices (needed by
 *        {@code shape2D})
 * @param force2Ddimension PyRadiomics {@code force2Ddimension}: the axis taken as out-of-plane with
 *        {@code force2D}, 0 slices, 1 rows, 2 columns
 * @param imageTypes PyRadiomics {@code imageType}: the image types to compute the non-shape classes on,
 *        in order, each with its own settings overriding the others (e.g. {@code LoG: {sigma: [3.0]}});
 *        {@link RadiomicsExtractor#ORIGINAL_TYPE} is the unfiltered image
 * @param otherSettings every other PyRadiomics setting that was given (e.g. {@code normalize},
 *        {@code resampledPixelSpacing}), by name, as Boolean, Integer, Double, String, a List of Integer
 *        or Double, or null for None; those the extractor implements are read through accessors (e.g.
 *        {@link #binCount()}), the others are kept and refused by the extractor where they would change the
 *        features
 */
public record RadiomicsSettings(double binWidth, double voxelArrayShift, int label,
    Map<FeatureClass, List<String>> enabledFeatures, double gldmA, boolean force2D, int force2Ddimension,
    Map<String, Map<String, Object>> imageTypes, Map<String, Object> otherSettings) {

    /** PyRadiomics' default bin width. */
    public static final double DEFAULT_BIN_WIDTH = 25;

    /** Checks the values and makes unmodifiable, order-keeping copies of the maps. */
    public RadiomicsSettings {
        if (!(binWidth > 0) || Double.isInfinite(binWidth)) {
            throw new IllegalArgumentException("binWidth must be a positive number, got " + binWidth);
        }
        if (!Double.isFinite(voxelArrayShift)) {
            throw new IllegalArgumentException("voxelArrayShift must be a finite number, got " + voxelArrayShift);
        }
        if (enabledFeatures == null || enabledFeatures.isEmpty()) {
            throw new IllegalArgumentException("at least one radiomics feature class must be enabled");
        }
        if (!(gldmA >= 0) || Double.isInfinite(gldmA)) {
            throw new IllegalArgumentException("gldm_a must be a non-negative number, got " + gldmA);
        }
        if (force2Ddimension < 0 || force2Ddimension > 2) {
            throw new IllegalArgumentException("force2Ddimension must be 0, 1 or 2, got " + force2Ddimension);
        }
        if (imageTypes == null || imageTypes.isEmpty()) {
            throw new IllegalArgumentException("at least one radiomics image type must be enabled");
        }
        final Map<FeatureClass, List<String>> features = new LinkedHashMap<>();
        enabledFeatures.forEach((c, names) -> features.put(c, names == null ? List.of() : List.copyOf(names)));
        enabledFeatures = Collections.unmodifiableMap(features);
        final Map<String, Map<String, Object>> types = new LinkedHashMap<>();
        imageTypes.forEach((t, custom) -> types.put(t, Collections.unmodifiableMap(new LinkedHashMap<>(custom))));
        imageTypes = Collections.unmodifiableMap(types);
        otherSettings = Collections.unmodifiableMap(new LinkedHashMap<>(otherSettings));
        final Object count = otherSettings.get("binCount");
        if (count != null && !(count instanceof Integer c && c > 0)) {
            throw new IllegalArgumentException("binCount must be a positive whole number, got " + count);
        }
        final Object range = otherSettings.get("resegmentRange");
        if (range != null && !(range instanceof List<?> list && list.stream().allMatch(Number.class::isInstance))) {
            throw new IllegalArgumentException("resegmentRange must be a list of numbers, got " + range);
        }
        resegmentationOf(otherSettings);
        final Object norm = otherSettings.get("weightingNorm");
        WeightingNorm.of(norm == null ? null : norm.toString());
        distancesOf(otherSettings);
        ImageNormalization.checkParameters(number(otherSettings, "normalizeScale", 1),
            number(otherSettings, "removeOutliers", Double.NaN));
    }

    /**
     * @return PyRadiomics {@code distances}: the Chebyshev distances of the GLCM's angles and of the GLDM's and
     *         NGTDM's neighbours (default [1])
     */
    public List<Integer> distances() {
        return distancesOf(otherSettings);
    }

    private static List<Integer> distancesOf(final Map<String, Object> otherSettings) {
        final Object distances = otherSettings.get("distances");
        if (distances == null) {
            return List.of(1);
        }
        if (!(distances instanceof List<?> list) || list.isEmpty()
            || !list.stream().allMatch(d -> d instanceof Integer i && i > 0)) {
            throw new IllegalArgumentException("distances must be a list of positive whole numbers, got " + distances);
        }
        return list.stream().map(Integer.class::cast).toList();
    }

    /** The key of {@link #ibsiConventions()} among the other settings (not a PyRadiomics setting). */
    static final String IBSI_CONVENTIONS = "ibsiConventions";

    /**
     * @return whether the extraction follows IBSI's conventions where they differ from PyRadiomics' (see
     *         {@link IbsiConventions}); false for settings read from a PyRadiomics parameter file
     */
    public boolean ibsiConventions() {
        return Boolean.TRUE.equals(otherSettings.get(IBSI_CONVENTIONS));
    }

    /** @return these settings with IBSI's conventions ({@link IbsiConventions}) */
    public RadiomicsSettings withIbsiConventions() {
        final Map<String, Object> other = new LinkedHashMap<>(otherSettings);
        other.put(IBSI_CONVENTIONS, true);
        return new RadiomicsSettings(binWidth, voxelArrayShift, label, enabledFeatures, gldmA, force2D, force2Ddimension,
            imageTypes, other);
    }

    /** @return PyRadiomics {@code symmetricalGLCM}: count each GLCM pair in both orders (default true) */
    public boolean symmetricalGLCM() {
        return !Boolean.FALSE.equals(otherSettings.get("symmetricalGLCM"));
    }

    /**
     * @return PyRadiomics {@code weightingNorm}: how GLCM and GLRLM merge their directions, or null when not
     *         given (None), PyRadiomics' default: features averaged over the directions
     */
    public WeightingNorm weightingNorm() {
        final Object norm = otherSettings.get("weightingNorm");
        return norm == null ? null : WeightingNorm.of(norm.toString());
    }

    /**
     * @return PyRadiomics {@code normalize}: z-score the whole image first (default false), see
     *         {@link ImageNormalization}
     */
    public boolean normalize() {
        return Boolean.TRUE.equals(otherSettings.get("normalize"));
    }

    /** @return PyRadiomics {@code normalizeScale}: the factor of the normalised intensities (default 1) */
    public double normalizeScale() {
        return number(otherSettings, "normalizeScale", 1);
    }

    /**
     * @return PyRadiomics {@code removeOutliers}: the z-score at which normalised intensities are clipped, or
     *         NaN when not given (None), PyRadiomics' default: no clipping
     */
    public double removeOutliers() {
        return number(otherSettings, "removeOutliers", Double.NaN);
    }

    private static double number(final Map<String, Object> otherSettings, final String key, final double absent) {
        final Object value = otherSettings.get(key);
        if (value != null && !(value instanceof Number)) {
            throw new IllegalArgumentException(key + " must be a number, got " + value);
        }
        return value == null ? absent : ((Number) value).doubleValue();
    }

    /**
     * @return PyRadiomics {@code resegmentRange} with {@code resegmentMode} (default {@code absolute}), or
     *         null when the range is not given (None): no resegmentation
     */
    public Resegmentation resegmentation() {
        return resegmentationOf(otherSettings);
    }

    private static Resegmentation resegmentationOf(final Map<String, Object> otherSettings) {
        final Object range = otherSettings.get("resegmentRange");
        if (range == null) {
            return null;
        }
        final Object mode = otherSettings.get("resegmentMode");
        return new Resegmentation(((List<?>) range).stream().map(x -> ((Number) x).doubleValue()).toList(),
            mode == null ? "absolute" : mode.toString());
    }

    /**
     * @return PyRadiomics {@code resegmentShape}: compute the shape classes on the resegmented region too
     *         (default false)
     */
    public boolean resegmentShape() {
        return Boolean.TRUE.equals(otherSettings.get("resegmentShape"));
    }

    /**
     * @return PyRadiomics {@code binCount}: the number of grey-level bins between the region's minimum and
     *         maximum, which replaces {@link #binWidth()} when given; 0 when not given (None), PyRadiomics' default
     */
    public int binCount() {
        final Object count = otherSettings.get("binCount");
        return count == null ? 0 : (Integer) count;
    }

    /**
     * Settings of the Original image type with the default features of the given classes.
     *
     * @param binWidth see {@link #binWidth()}
     * @param voxelArrayShift see {@link #voxelArrayShift()}
     * @param label see {@link #label()}
     * @param featureClasses the classes, reported in their iteration order
     * @param gldmA see {@link #gldmA()}
     */
    public RadiomicsSettings(final double binWidth, final double voxelArrayShift, final int label,
        final Set<FeatureClass> featureClasses, final double gldmA) {
        this(binWidth, voxelArrayShift, label, allFeaturesOf(featureClasses), gldmA, false, 0,
            Map.of(RadiomicsExtractor.ORIGINAL_TYPE, Map.of()), Map.of());
    }

    /**
     * Settings with PyRadiomics' default {@code gldm_a} of 0.
     *
     * @param binWidth see {@link #binWidth()}
     * @param voxelArrayShift see {@link #voxelArrayShift()}
     * @param label see {@link #label()}
     * @param featureClasses the classes, reported in their iteration order
     */
    public RadiomicsSettings(final double binWidth, final double voxelArrayShift, final int label,
        final Set<FeatureClass> featureClasses) {
        this(binWidth, voxelArrayShift, label, featureClasses, 0);
    }

    /**
     * @return PyRadiomics' defaults: bin width 25, no voxel array shift, label 1, every class but
     *         {@code shape2D} (which needs force2D), gldm_a 0, the Original image
     */
    public static RadiomicsSettings defaults() {
        return new RadiomicsSettings(DEFAULT_BIN_WIDTH, 0, 1, EnumSet.complementOf(EnumSet.of(FeatureClass.SHAPE2D)));
    }

    /** @return the enabled classes, in the order given */
    public Set<FeatureClass> featureClasses() {
        return enabledFeatures.keySet();
    }

    /**
     * @param classes the feature classes to compute instead, each with its default features
     * @return these settings with other feature classes
     */
    public RadiomicsSettings withFeatureClasses(final Set<FeatureClass> classes) {
        return withEnabledFeatures(allFeaturesOf(classes));
    }

    /**
     * @param features see {@link #enabledFeatures()}
     * @return these settings with other enabled features
     */
    public RadiomicsSettings withEnabledFeatures(final Map<FeatureClass, List<String>> features) {
        return new RadiomicsSettings(binWidth, voxelArrayShift, label, features, gldmA, force2D, force2Ddimension,
            imageTypes, otherSettings);
    }

    /**
     * @param enabled see {@link #force2D()}
     * @param dimension see {@link #force2Ddimension()}
     * @return these settings with force2D changed
     */
    public RadiomicsSettings withForce2D(final boolean enabled, final int dimension) {
        return new RadiomicsSettings(binWidth, voxelArrayShift, label, enabledFeatures, gldmA, enabled, dimension,
            imageTypes, otherSettings);
    }

    /**
     * @param types see {@link #imageTypes()}
     * @return these settings with other image types
     */
    public RadiomicsSettings withImageTypes(final Map<String, Map<String, Object>> types) {
        return new RadiomicsSettings(binWidth, voxelArrayShift, label, enabledFeatures, gldmA, force2D,
            force2Ddimension, types, otherSettings);
    }

    private static Map<FeatureClass, List<String>> allFeaturesOf(final Set<FeatureClass> classes) {
        final Map<FeatureClass, List<String>> out = new LinkedHashMap<>();
        if (classes != null) {
            for (final FeatureClass c : classes) {
                out.put(c, List.of());
            }
        }
        return out;
    }
}
