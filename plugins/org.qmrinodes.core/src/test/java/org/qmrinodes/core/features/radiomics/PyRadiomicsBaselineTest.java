package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.Nrrd;
import org.qmrinodes.core.testing.CsvTable;

/**
 * PyRadiomics' own test cases (its test images and the expected values it ships, one column per case
 * and variant, each column's settings read from its {@code diagnostics_Configuration_Settings} row):
 * every feature of each implemented class within 1e-6 relative.
 */
class PyRadiomicsBaselineTest {

    private static final String DIR = "data/radiomics/pyradiomics/";
    private static final double TOLERANCE = 1e-6;

    /**
     * Columns {@code <case>} (base: binWidth 25, voxelArrayShift 2000) and, for the texture classes,
     * {@code <case>_flatRegion} (binWidth 5000: one grey level; its {@code resegmentRange [0]} keeps
     * every voxel, as both images have no negative intensities).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"breast1, firstorder", "brain2, firstorder", "breast1, glcm", "brain2, glcm", "breast1, glrlm",
        "brain2, glrlm", "breast1_flatRegion, glcm", "brain2_flatRegion, glcm", "breast1_flatRegion, glrlm",
        "brain2_flatRegion, glrlm", "breast1, glszm", "brain2, glszm", "breast1_flatRegion, glszm",
        "brain2_flatRegion, glszm", "breast1, gldm", "brain2, gldm", "breast1_flatRegion, gldm",
        "brain2_flatRegion, gldm", "breast1, ngtdm", "brain2, ngtdm", "breast1_flatRegion, ngtdm",
        "brain2_flatRegion, ngtdm"})
    void agreesWithPyRadiomics(final String column, final String className) {
        final String testCase = column.replace("_flatRegion", "");
        final Path baselineFile = CsvTable.sharedFile(DIR + "baseline_" + className + ".csv");
        final CsvTable baseline = CsvTable.read(baselineFile);
        final Map<String, String> values = new LinkedHashMap<>();
        final List<String> names = baseline.texts("featureName");
        for (int r = 0; r < baseline.size(); r++) {
            values.put(names.get(r), baseline.text(r, column));
        }
        final String settingsText = values.get("diagnostics_Configuration_Settings");
        final FeatureClass featureClass = FeatureClass.of(className);
        final RadiomicsSettings settings = new RadiomicsSettings(setting(settingsText, "binWidth", 25),
            setting(settingsText, "voxelArrayShift", 0), (int) setting(settingsText, "label", 1),
            EnumSet.of(featureClass), setting(settingsText, "gldm_a", 0));
        final Volume image = Nrrd.readImage(CsvTable.sharedFile(DIR + testCase + "_image.nrrd"));
        final Mask mask = Nrrd.read(CsvTable.sharedFile(DIR + testCase + "_label.nrrd"));

        final List<RadiomicsFeature> features = RadiomicsExtractor.extract(image, mask, testCase + "_label.nrrd", settings);

        final Map<String, Double> expected = new LinkedHashMap<>();
        values.forEach((name, text) -> {
            if (name.startsWith("original_" + className + "_")) {
                expected.put(name, CsvTable.parse(text));
            }
        });
        final List<String> computedNames = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        double worst = 0;
        for (final RadiomicsFeature f : features) {
            computedNames.add(f.name());
            final double want = expected.getOrDefault(f.name(), Double.NaN);
            final double relative = Math.abs(f.value() - want) / Math.max(Math.abs(want), 1e-300);
            worst = Math.max(worst, relative);
            if (!(relative <= TOLERANCE)) {
                failures.add(f.name() + ": " + f.value() + " vs PyRadiomics " + want + " (relative " + relative + ")");
            }
        }
        System.out.printf("%s %s: %d features, max relative difference %.3g%n", column, className, features.size(),
            worst);
        assertEquals(List.copyOf(expected.keySet()).stream().sorted().toList(), computedNames.stream().sorted().toList(),
            "feature names");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * With α ({@code gldm_a}) above the grey-level range every region neighbour is dependent, so the
     * dependence-only GLDM features of the base discretisation equal PyRadiomics' values for the
     * single-grey-level {@code flatRegion} column.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"breast1", "brain2"})
    void gldmAlphaAboveTheGreyLevelRangeMakesEveryNeighbourDependent(final String testCase) {
        final CsvTable baseline = CsvTable.read(CsvTable.sharedFile(DIR + "baseline_gldm.csv"));
        final List<String> names = baseline.texts("featureName");
        final Volume image = Nrrd.readImage(CsvTable.sharedFile(DIR + testCase + "_image.nrrd"));
        final Mask mask = Nrrd.read(CsvTable.sharedFile(DIR + testCase + "_label.nrrd"));
        final List<RadiomicsFeature> features = RadiomicsExtractor.extract(image, mask, testCase + "_label.nrrd",
            new RadiomicsSettings(25, 0, 1, EnumSet.of(FeatureClass.GLDM), 1e6));
        int compared = 0;
        for (final RadiomicsFeature f : features) {
            if (f.feature().startsWith("Dependence") && !f.feature().equals("DependenceEntropy")
                || f.feature().equals("SmallDependenceEmphasis") || f.feature().equals("LargeDependenceEmphasis")) {
                final double want = CsvTable.parse(baseline.text(names.indexOf(f.name()), testCase + "_flatRegion"));
                assertEquals(want, f.value(), TOLERANCE * Math.abs(want), f.name());
                compared++;
            }
        }
        assertEquals(5, compared);
    }

    private static double setting(final String settings, final String key, final double absent) {
        final Matcher m = Pattern.compile("'" + key + "': (-?[0-9.eE+-]+)").matcher(settings);
        return m.find() ? Double.parseDouble(m.group(1)) : absent;
    }
}
