package org.qmrinodes.core.features.radiomics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qmrinodes.core.data.InvalidDataException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a PyRadiomics parameter file (YAML) into {@link RadiomicsSettings}, checked against the keys,
 * types and ranges of PyRadiomics' parameter schema. Its sections:
 * <ul>
 * <li>{@code setting}: PyRadiomics settings by name; {@code binWidth}, {@code voxelArrayShift},
 * {@code label}, {@code gldm_a}, {@code force2D} and {@code force2Ddimension} become the record's fields,
 * every other one is kept in {@link RadiomicsSettings#otherSettings()}. A setting without a value (None)
 * means PyRadiomics' default.</li>
 * <li>{@code imageType}: the image types, each with a mapping of settings for it alone ({@code {}} for
 * none); absent or empty means {@code Original} only.</li>
 * <li>{@code featureClass}: the classes, each with no value or {@code []} for its default features or a
 * list of feature names; absent or empty means every class, {@code shape2D} only with force2D (PyRadiomics
 * skips it otherwise).</li>
 * <li>{@code voxelSetting}: the settings of voxel-based extraction, kept with the other settings.</li>
 * </ul>
 * An unknown section, setting, image type, class or feature is an error naming it and listing the known
 * ones; a value of the wrong type or out of range names its key.
 */
public final class PyRadiomicsParameters {

    /** PyRadiomics' image types. */
    public static final List<String> IMAGE_TYPES = List.of(RadiomicsExtractor.ORIGINAL_TYPE, "Wavelet", "LoG",
        "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D");

    private static final List<String> SECTIONS = List.of("setting", "imageType", "featureClass", "voxelSetting");

    /** NUMBERS_AS_GIVEN keeps an integer as Integer: PyRadiomics prints LoG's σ as given (3 → log-sigma-3-mm-3D). */
    private enum Kind { INTEGER, NUMBER, BOOLEAN, TEXT, NUMBERS, NUMBERS_AS_GIVEN, INTEGERS, INTERPOLATOR, WEIGHTING }

    /**
     * @param low the smallest value allowed, or −∞
     * @param lowExclusive true when {@code low} itself is not allowed
     * @param high the largest value allowed, or +∞
     * @param choices the texts allowed, empty for any
     */
    private record Spec(Kind kind, double low, boolean lowExclusive, double high, List<String> choices) {

        static Spec of(final Kind kind) {
            return new Spec(kind, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, List.of());
        }

        static Spec atLeast(final Kind kind, final double low) {
            return new Spec(kind, low, false, Double.POSITIVE_INFINITY, List.of());
        }

        static Spec above(final Kind kind, final double low) {
            return new Spec(kind, low, true, Double.POSITIVE_INFINITY, List.of());
        }

        static Spec between(final Kind kind, final double low, final double high) {
            return new Spec(kind, low, false, high, List.of());
        }

        static Spec oneOf(final Kind kind, final String... choices) {
            return new Spec(kind, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, List.of(choices));
        }
    }

    private static final Map<String, Spec> SETTINGS = new LinkedHashMap<>();
    private static final Map<String, Spec> VOXEL_SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("minimumROIDimensions", Spec.between(Kind.INTEGER, 1, 3));
        SETTINGS.put("minimumROISize", Spec.above(Kind.INTEGER, 0));
        SETTINGS.put("geometryTolerance", Spec.above(Kind.NUMBER, 0));
        SETTINGS.put("correctMask", Spec.of(Kind.BOOLEAN));
        SETTINGS.put("additionalInfo", Spec.of(Kind.BOOLEAN));
        SETTINGS.put("label", Spec.above(Kind.INTEGER, 0));
        SETTINGS.put("label_channel", Spec.atLeast(Kind.INTEGER, 0));
        SETTINGS.put("binWidth", Spec.above(Kind.NUMBER, 0));
        SETTINGS.put("binCount", Spec.above(Kind.INTEGER, 0));
        SETTINGS.put("normalize", Spec.of(Kind.BOOLEAN));
        SETTINGS.put("normalizeScale", Spec.above(Kind.NUMBER, 0));
        SETTINGS.put("removeOutliers", Spec.above(Kind.NUMBER, 0));
        SETTINGS.put("resampledPixelSpacing", Spec.atLeast(Kind.NUMBERS, 0));
        SETTINGS.put("interpolator", Spec.oneOf(Kind.INTERPOLATOR, "sitkNearestNeighbor", "sitkLinear", "sitkBSpline",
            "sitkGaussian", "sitkLabelGaussian", "sitkHammingWindowedSinc", "sitkCosineWindowedSinc",
            "sitkWelchWindowedSinc", "sitkLanczosWindowedSinc", "sitkBlackmanWindowedSinc"));
        SETTINGS.put("padDistance", Spec.atLeast(Kind.INTEGER, 0));
        SETTINGS.put("distances", Spec.above(Kind.INTEGERS, 0));
        SETTINGS.put("force2D", Spec.of(Kind.BOOLEAN));
        SETTINGS.put("force2Ddimension", Spec.between(Kind.INTEGER, 0, 2));
        SETTINGS.put("resegmentRange", Spec.of(Kind.NUMBERS));
        SETTINGS.put("resegmentMode", Spec.oneOf(Kind.TEXT, "absolute", "relative", "sigma"));
        SETTINGS.put("resegmentShape", Spec.of(Kind.BOOLEAN));
        SETTINGS.put("preCrop", Spec.of(Kind.BOOLEAN));
        SETTINGS.put("sigma", Spec.above(Kind.NUMBERS_AS_GIVEN, 0));
        SETTINGS.put("start_level", Spec.atLeast(Kind.INTEGER, 0));
        SETTINGS.put("level", Spec.above(Kind.INTEGER, 0));
        SETTINGS.put("wavelet", Spec.of(Kind.TEXT));
        SETTINGS.put("gradientUseSpacing", Spec.of(Kind.BOOLEAN));
        SETTINGS.put("lbp2DRadius", Spec.above(Kind.NUMBER, 0));
        SETTINGS.put("lbp2DSamples", Spec.atLeast(Kind.INTEGER, 1));
        SETTINGS.put("lbp2DMethod", Spec.oneOf(Kind.TEXT, "default", "ror", "uniform", "var"));
        SETTINGS.put("lbp3DLevels", Spec.atLeast(Kind.INTEGER, 1));
        SETTINGS.put("lbp3DIcosphereRadius", Spec.above(Kind.NUMBER, 0));
        SETTINGS.put("lbp3DIcosphereSubdivision", Spec.atLeast(Kind.INTEGER, 0));
        SETTINGS.put("voxelArrayShift", Spec.of(Kind.INTEGER));
        SETTINGS.put("symmetricalGLCM", Spec.of(Kind.BOOLEAN));
        SETTINGS.put("weightingNorm", Spec.oneOf(Kind.WEIGHTING, "euclidean", "manhattan", "infinity", "no_weighting"));
        SETTINGS.put("gldm_a", Spec.atLeast(Kind.INTEGER, 0));
        VOXEL_SETTINGS.put("kernelRadius", Spec.above(Kind.INTEGER, 0));
        VOXEL_SETTINGS.put("maskedKernel", Spec.of(Kind.BOOLEAN));
        VOXEL_SETTINGS.put("initValue", Spec.of(Kind.NUMBER));
        VOXEL_SETTINGS.put("voxelBatch", Spec.above(Kind.INTEGER, 0));
    }

    /** The settings that are fields of {@link RadiomicsSettings} rather than {@link RadiomicsSettings#otherSettings()}. */
    private static final Set<String> FIELDS = Set.of("binWidth", "voxelArrayShift", "label", "gldm_a", "force2D",
        "force2Ddimension");

    private PyRadiomicsParameters() {
    }

    /**
     * @param file a PyRadiomics parameter file
     * @return its settings
     * @throws InvalidDataException naming the file and the key when the file is not a valid parameter file
     * @throws UncheckedIOException when it cannot be read
     */
    public static RadiomicsSettings read(final Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read the PyRadiomics parameter file " + file, e);
        }
    }

    /**
     * @param yaml the text of a PyRadiomics parameter file
     * @param source its name (file), for messages
     * @return its settings
     * @throws InvalidDataException naming the source and the key when the text is not a valid parameter file
     */
    public static RadiomicsSettings parse(final String yaml, final String source) {
        final Object document;
        try {
            final LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            document = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (final YAMLException e) {
            throw new InvalidDataException(source + ": not a valid YAML file: " + e.getMessage());
        }
        final Map<String, Object> top = mapping(document == null ? Map.of() : document, source, "the file");
        for (final String section : top.keySet()) {
            if (!SECTIONS.contains(section)) {
                throw new InvalidDataException(source + ": unknown section '" + section + "' (known: "
                    + String.join(", ", SECTIONS) + ")");
            }
        }
        final Map<String, Object> settings = settings(top.get("setting"), SETTINGS, source, "setting");
        settings.putAll(settings(top.get("voxelSetting"), VOXEL_SETTINGS, source, "voxelSetting"));
        final Map<String, Map<String, Object>> imageTypes = imageTypes(top.get("imageType"), source);
        final boolean force2D = Boolean.TRUE.equals(settings.get("force2D"));
        final Map<FeatureClass, List<String>> features = featureClasses(top.get("featureClass"), force2D, source);
        final Map<String, Object> others = new LinkedHashMap<>(settings);
        others.keySet().removeAll(FIELDS);
        try {
            return new RadiomicsSettings(number(settings, "binWidth", RadiomicsSettings.DEFAULT_BIN_WIDTH),
                number(settings, "voxelArrayShift", 0), (int) number(settings, "label", 1), features,
                number(settings, "gldm_a", 0), force2D, (int) number(settings, "force2Ddimension", 0), imageTypes,
                others);
        } catch (final IllegalArgumentException e) {
            throw new InvalidDataException(source + ": " + e.getMessage());
        }
    }

    private static double number(final Map<String, Object> settings, final String key, final double absent) {
        final Object value = settings.get(key);
        return value == null ? absent : ((Number) value).doubleValue();
    }

    private static Map<String, Object> settings(final Object section, final Map<String, Spec> specs,
        final String source, final String name) {
        final Map<String, Object> out = new LinkedHashMap<>();
        if (section == null) {
            return out;
        }
        mapping(section, source, name).forEach((key, value) -> {
            final Spec spec = specs.get(key);
            if (spec == null) {
                throw new InvalidDataException(source + ": unknown " + name + " '" + key + "' (known: "
                    + String.join(", ", specs.keySet()) + ")");
            }
            out.put(key, value == null ? null : checked(value, spec, source + ": " + name + " '" + key + "'"));
        });
        return out;
    }

    /** @return the value in its kind's Java type (Integer, Double, Boolean, String, List), checked */
    private static Object checked(final Object value, final Spec spec, final String where) {
        return switch (spec.kind()) {
            case INTEGER -> inRange(integer(value, where), spec, where);
            case NUMBER -> inRange(decimal(value, where), spec, where);
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    throw new InvalidDataException(where + " must be true or false, got " + describe(value));
                }
                yield value;
            }
            case TEXT -> chosen(text(value, where), spec, where);
            case NUMBERS, NUMBERS_AS_GIVEN, INTEGERS -> {
                if (!(value instanceof List<?> list)) {
                    throw new InvalidDataException(where + " must be a list of numbers, got " + describe(value));
                }
                final List<Object> out = new ArrayList<>();
                for (final Object element : list) {
                    final boolean integer = spec.kind() == Kind.INTEGERS
                        || spec.kind() == Kind.NUMBERS_AS_GIVEN && element instanceof Integer;
                    if (integer) {
                        out.add(inRange(integer(element, where), spec, where));
                    } else {
                        out.add(inRange(decimal(element, where), spec, where));
                    }
                }
                yield List.copyOf(out);
            }
            case INTERPOLATOR -> value instanceof Integer i ? inRange(i, Spec.between(Kind.INTEGER, 1, 10), where)
                : chosen(text(value, where), spec, where);
            case WEIGHTING -> chosen(text(value, where), spec, where);
        };
    }

    private static Integer integer(final Object value, final String where) {
        if (!(value instanceof Integer i)) {
            throw new InvalidDataException(where + " must be an integer, got " + describe(value));
        }
        return i;
    }

    private static Double decimal(final Object value, final String where) {
        if (!(value instanceof Integer || value instanceof Double)) {
            throw new InvalidDataException(where + " must be a number, got " + describe(value));
        }
        return ((Number) value).doubleValue();
    }

    private static String text(final Object value, final String where) {
        if (!(value instanceof String s)) {
            throw new InvalidDataException(where + " must be a text, got " + describe(value));
        }
        return s;
    }

    private static <T extends Number> T inRange(final T value, final Spec spec, final String where) {
        final double x = value.doubleValue();
        if (x < spec.low() || spec.lowExclusive() && x == spec.low() || x > spec.high()) {
            throw new InvalidDataException(where + " must be " + (spec.lowExclusive() ? "above " : "at least ")
                + format(spec.low()) + (Double.isInfinite(spec.high()) ? "" : " and at most " + format(spec.high()))
                + ", got " + value);
        }
        return value;
    }

    private static String chosen(final String value, final Spec spec, final String where) {
        if (!spec.choices().isEmpty() && !spec.choices().contains(value)) {
            throw new InvalidDataException(where + " must be one of " + String.join(", ", spec.choices()) + ", got '"
                + value + "'");
        }
        return value;
    }

    private static String format(final double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static Map<String, Map<String, Object>> imageTypes(final Object section, final String source) {
        final Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (section != null) {
            mapping(section, source, "imageType").forEach((type, custom) -> {
                if (!IMAGE_TYPES.contains(type)) {
                    throw new InvalidDataException(source + ": unknown imageType '" + type + "' (known: "
                        + String.join(", ", IMAGE_TYPES) + ")");
                }
                if (custom == null) {
                    throw new InvalidDataException(source + ": imageType '" + type
                        + "' needs a mapping of settings, {} for none");
                }
                out.put(type, settings(custom, SETTINGS, source, "setting of imageType " + type));
            });
        }
        if (out.isEmpty()) {
            out.put(RadiomicsExtractor.ORIGINAL_TYPE, Map.of());
        }
        return out;
    }

    private static Map<FeatureClass, List<String>> featureClasses(final Object section, final boolean force2D,
        final String source) {
        final Map<FeatureClass, List<String>> out = new LinkedHashMap<>();
        if (section != null) {
            mapping(section, source, "featureClass").forEach((name, features) -> {
                final FeatureClass c;
                try {
                    c = FeatureClass.of(name);
                } catch (final IllegalArgumentException e) {
                    throw new InvalidDataException(source + ": featureClass: " + e.getMessage());
                }
                out.put(c, featureNames(c, features, source));
            });
        }
        if (out.isEmpty()) {
            for (final FeatureClass c : FeatureClass.values()) {
                if (c != FeatureClass.SHAPE2D || force2D) {
                    out.put(c, List.of());
                }
            }
        }
        return out;
    }

    private static List<String> featureNames(final FeatureClass c, final Object features, final String source) {
        if (features == null) {
            return List.of();
        }
        final String where = source + ": featureClass '" + c.pyradiomicsName() + "'";
        if (!(features instanceof List<?> list)) {
            throw new InvalidDataException(where + " must be a list of feature names, got " + describe(features));
        }
        final List<String> names = new ArrayList<>();
        for (final Object feature : list) {
            final String name = text(feature, where);
            if (!c.defaultFeatures().contains(name) && !c.deprecatedFeatures().contains(name)) {
                final List<String> known = new ArrayList<>(c.defaultFeatures());
                known.addAll(c.deprecatedFeatures());
                throw new InvalidDataException(where + ": unknown feature '" + name + "' (known: "
                    + String.join(", ", known) + ")");
            }
            names.add(name);
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(final Object value, final String source, final String where) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidDataException(source + ": " + where + " must be a mapping (name: value), got "
                + describe(value));
        }
        for (final Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new InvalidDataException(source + ": " + where + " has a key that is not a name: " + key);
            }
        }
        return (Map<String, Object>) map;
    }

    private static String describe(final Object value) {
        if (value == null) {
            return "nothing";
        }
        final String kind = value instanceof Map ? "a mapping" : value instanceof List ? "a list"
            : value instanceof String ? "the text" : value instanceof Boolean ? "the boolean" : "the value";
        return kind + " " + (value instanceof String ? "'" + value + "'" : value);
    }
}
