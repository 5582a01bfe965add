package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.Nrrd;
import org.qmrinodes.core.testing.CsvTable;

/**
 * PyRadiomics' shipped expected values ({@code baseline_<class>.csv}, one column per test case and
 * variant) and its test images, read in place from the shared folder (tests skip when it is absent).
 */
final class PyRadiomicsBaseline {

    /** The shared folder of PyRadiomics' test data. */
    static final String DIR = "data/radiomics/pyradiomics/";

    /** Relative agreement asked of every feature. */
    static final double TOLERANCE = 1e-6;

    private PyRadiomicsBaseline() {
    }

    /**
     * @param className the class, e.g. {@code glcm}
     * @param column a column, e.g. {@code breast1_flatRegion}
     * @return that column's cells by row name ({@code featureName})
     */
    static Map<String, String> column(final String className, final String column) {
        final CsvTable baseline = CsvTable.read(CsvTable.sharedFile(DIR + "baseline_" + className + ".csv"));
        final Map<String, String> values = new LinkedHashMap<>();
        final List<String> names = baseline.texts("featureName");
        for (int r = 0; r < baseline.size(); r++) {
            values.put(names.get(r), baseline.text(r, column));
        }
        return values;
    }

    /**
     * @param testCase e.g. {@code breast1}
     * @return its image
     */
    static Volume image(final String testCase) {
        return Nrrd.readImage(shared(testCase + "_image.nrrd"));
    }

    /**
     * @param testCase e.g. {@code breast1}
     * @return its label mask
     */
    static Mask label(final String testCase) {
        return Nrrd.read(shared(testCase + "_label.nrrd"));
    }

    private static Path shared(final String file) {
        return CsvTable.sharedFile(DIR + file);
    }

    /**
     * @param settings a {@code diagnostics_Configuration_Settings} cell (a Python dict)
     * @param key a numeric setting
     * @param absent the value when the key is not there
     * @return its value
     */
    static double setting(final String settings, final String key, final double absent) {
        final Matcher m = Pattern.compile("'" + key + "': (-?[0-9.eE+-]+)").matcher(settings);
        return m.find() ? Double.parseDouble(m.group(1)) : absent;
    }

    /**
     * @param settings a {@code diagnostics_Configuration_Settings} cell (a Python dict)
     * @param classNames the classes to enable, each with its default features
     * @return the settings as the parameter-file reader reads them from a {@code setting:} section
     */
    static RadiomicsSettings settings(final String settings, final String... classNames) {
        final StringBuilder yaml = new StringBuilder("setting: ").append(settings.replace("None", "null"))
            .append("\nfeatureClass:\n");
        for (final String c : classNames) {
            yaml.append("  ").append(c).append(":\n");
        }
        return PyRadiomicsParameters.parse(yaml.toString(), "diagnostics_Configuration_Settings");
    }

    /**
     * Asserts that the features are exactly the column's {@code original_<class>_*} rows, each within
     * {@link #TOLERANCE} relative, and prints the largest relative difference.
     */
    static void assertAgrees(final String column, final String className, final Map<String, String> values,
        final List<RadiomicsFeature> features) {
        final Map<String, Double> expected = new LinkedHashMap<>();
        values.forEach((name, text) -> {
            if (name.startsWith("original_" + className + "_")) {
                expected.put(name, CsvTable.parse(text));
            }
        });
        final List<String> failures = new ArrayList<>();
        double worst = 0;
        for (final RadiomicsFeature f : features) {
            final double want = expected.getOrDefault(f.name(), Double.NaN);
            final double relative = Math.abs(f.value() - want) / Math.max(Math.abs(want), 1e-300);
            worst = Math.max(worst, relative);
            if (!(relative <= TOLERANCE)) {
                failures.add(f.name() + ": " + f.value() + " vs PyRadiomics " + want + " (relative " + relative + ")");
            }
        }
        System.out.printf("%s %s: %d features, max relative difference %.3g%n", column, className, features.size(),
            worst);
        assertEquals(expected.keySet().stream().sorted().toList(),
            features.stream().map(RadiomicsFeature::name).sorted().toList(), "feature names");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * Asserts that the features are the expected ones in the expected order, each within
     * {@link #TOLERANCE} relative, and prints the largest relative difference of each group.
     *
     * @param testCase the case, for the printout
     * @param expected PyRadiomics' values by feature name, in its order
     * @param features the features computed
     * @param group the group a feature's difference is reported under, e.g. its image type
     */
    static void assertAgreesInOrder(final String testCase, final Map<String, Double> expected,
        final List<RadiomicsFeature> features, final Function<RadiomicsFeature, String> group) {
        assertAgreesInOrder(testCase, expected, features, group, TOLERANCE, 0);
    }

    /**
     * As {@link #assertAgreesInOrder(String, Map, List, Function)}, each feature within
     * {@code relative · |expected| + absolute}.
     */
    static void assertAgreesInOrder(final String testCase, final Map<String, Double> expected,
        final List<RadiomicsFeature> features, final Function<RadiomicsFeature, String> group, final double relative,
        final double absolute) {
        assertEquals(List.copyOf(expected.keySet()), features.stream().map(RadiomicsFeature::name).toList(),
            "names and order");
        final Map<String, Double> worst = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        for (final RadiomicsFeature f : features) {
            final double want = expected.get(f.name());
            final double difference = want == f.value() ? 0 : Math.abs(f.value() - want);
            worst.merge(group.apply(f), difference / Math.max(Math.abs(want), 1e-300), Math::max);
            if (!(difference <= relative * Math.abs(want) + absolute)) {
                failures.add(f.name() + ": " + f.value() + " vs PyRadiomics " + want + " (relative "
                    + difference / Math.abs(want) + ")");
            }
        }
        worst.forEach((kind, r) -> System.out.printf("%s %s: max relative difference %.3g%n", testCase, kind, r));
        assertTrue(failures.isEmpty(), failures.size() + " features differ:\n" + String.join("\n", failures));
    }
}
