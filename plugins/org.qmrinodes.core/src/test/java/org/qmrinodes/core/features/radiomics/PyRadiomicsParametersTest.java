package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.testing.CsvTable;

/** PyRadiomics parameter files: the shared examples, the Fr24 preset, and the messages for bad files. */
class PyRadiomicsParametersTest {

    private static RadiomicsSettings shared(final String file) {
        return PyRadiomicsParameters.read(CsvTable.sharedFile(PyRadiomicsBaseline.DIR + file));
    }

    @Test
    void theFr24PresetIsPyRadiomicsExampleMr5mm() {
        final RadiomicsSettings file = shared("exampleMR_5mm.yaml");
        final RadiomicsSettings preset = RadiomicsPresets.named(RadiomicsPresets.FR24);
        assertEquals(preset, file);
        assertEquals(List.copyOf(preset.enabledFeatures().entrySet()), List.copyOf(file.enabledFeatures().entrySet()),
            "classes and features in the file's order");
        assertEquals(List.copyOf(preset.imageTypes().keySet()), List.copyOf(file.imageTypes().keySet()));
        assertEquals(List.of(3.0, 5.0), file.imageTypes().get("LoG").get("sigma"));
        assertEquals(List.of(3.0, 3.0, 3.0), file.otherSettings().get("resampledPixelSpacing"));
    }

    /** PyRadiomics names LoG images by σ as the file gives it: 3 → log-sigma-3-mm-3D, 2.5 → log-sigma-2-5-mm-3D. */
    @Test
    void anIntegerSigmaStaysAnInteger() {
        final RadiomicsSettings settings = PyRadiomicsParameters.parse(
            "imageType:\n  LoG: {sigma: [3, 2.5]}\nsetting:\n  sigma: [1]\n", "s.yaml");
        assertEquals(List.of(3, 2.5), settings.imageTypes().get("LoG").get("sigma"));
        assertEquals(List.of(1), settings.otherSettings().get("sigma"));
        assertEquals(List.of(3.0), PyRadiomicsParameters.parse("setting:\n  resampledPixelSpacing: [3]\n", "r.yaml")
            .otherSettings().get("resampledPixelSpacing"));
    }

    /** Shape once, then 86 features for each of the 11 images: Original, LoG at 2 σ, 8 wavelet bands. */
    @Test
    void theFr24PresetDescribes960Features() {
        final RadiomicsSettings preset = RadiomicsPresets.named(RadiomicsPresets.FR24);
        int shape = 0;
        int perImage = 0;
        for (final Map.Entry<FeatureClass, List<String>> e : preset.enabledFeatures().entrySet()) {
            final int n = e.getValue().isEmpty() ? e.getKey().defaultFeatures().size() : e.getValue().size();
            if (e.getKey().isShape()) {
                shape += n;
            } else {
                perImage += n;
            }
        }
        int images = 0;
        for (final Map.Entry<String, Map<String, Object>> e : preset.imageTypes().entrySet()) {
            images += switch (e.getKey()) {
                case "LoG" -> ((List<?>) e.getValue().get("sigma")).size();
                case "Wavelet" -> 8;
                default -> 1;
            };
        }
        assertEquals(14, shape);
        assertEquals(86, perImage);
        assertEquals(960, shape + images * perImage);
        final String message = assertThrows(IllegalArgumentException.class,
            () -> RadiomicsPresets.named("Fr24")).getMessage();
        assertTrue(message.contains(RadiomicsPresets.FR24), message);
    }

    @Test
    void paramsYamlKeepsItsNoneSettingsAndExtractsPyRadiomicsValues() {
        final RadiomicsSettings params = shared("Params.yaml");
        assertEquals(25, params.binWidth());
        assertEquals(1, params.label());
        assertEquals("sitkBSpline", params.otherSettings().get("interpolator"));
        assertTrue(params.otherSettings().containsKey("resampledPixelSpacing"));
        assertNull(params.otherSettings().get("resampledPixelSpacing"));
        assertTrue(params.otherSettings().containsKey("weightingNorm"));
        assertEquals(List.of(FeatureClass.SHAPE, FeatureClass.FIRSTORDER, FeatureClass.GLCM, FeatureClass.GLRLM,
            FeatureClass.GLSZM, FeatureClass.GLDM), List.copyOf(params.featureClasses()));
        assertEquals(22, params.enabledFeatures().get(FeatureClass.GLCM).size());
        assertEquals(List.of(RadiomicsExtractor.ORIGINAL_TYPE), List.copyOf(params.imageTypes().keySet()));

        final List<RadiomicsFeature> features = RadiomicsExtractor.extract(PyRadiomicsBaseline.image("breast1"),
            PyRadiomicsBaseline.label("breast1"), "breast1_label.nrrd", params);
        assertEquals(14 + 18 + 22 + 16 + 16 + 14, features.size());
        assertEquals("original_shape_Elongation", features.get(0).name());
        assertEquals("original_glcm_Autocorrelation", features.get(32).name());
        assertEquals("original_glcm_JointAverage", features.get(33).name());
        final Map<String, String> glcm = PyRadiomicsBaseline.column("glcm", "breast1");
        final List<RadiomicsFeature> named = new ArrayList<>();
        for (final RadiomicsFeature f : features) {
            if (f.featureClass() == FeatureClass.GLCM) {
                named.add(f);
            }
        }
        for (final RadiomicsFeature f : named) {
            final double want = CsvTable.parse(glcm.get(f.name()));
            assertEquals(want, f.value(), PyRadiomicsBaseline.TOLERANCE * Math.abs(want), f.name());
        }
    }

    @Test
    void resamplingWithAnInterpolatorOtherThanNearestLinearOrBSplineFailsTheExtractionByName() {
        final Volume image = PyRadiomicsBaseline.image("breast1");
        final Mask label = PyRadiomicsBaseline.label("breast1");
        for (final String interpolator : new String[] {"sitkLanczosWindowedSinc", "4"}) {
            final RadiomicsSettings resampled = PyRadiomicsParameters.parse("setting:\n  resampledPixelSpacing: [2, 2, 2]\n"
                + "  interpolator: " + interpolator + "\n", "r.yaml");
            final String message = assertThrows(IllegalArgumentException.class,
                () -> RadiomicsExtractor.extract(image, label, "breast1_label.nrrd", resampled)).getMessage();
            assertTrue(message.contains("interpolator") && message.contains(interpolator)
                && message.contains("sitkBSpline"), message);
        }
        final RadiomicsSettings twoAxes = PyRadiomicsParameters.parse("setting:\n  resampledPixelSpacing: [2, 2]\n",
            "r.yaml");
        final String message = assertThrows(IllegalArgumentException.class,
            () -> RadiomicsExtractor.extract(image, label, "breast1_label.nrrd", twoAxes)).getMessage();
        assertTrue(message.contains("resampledPixelSpacing") && message.contains("3"), message);
    }

    @Test
    void withoutFeatureClassEveryClassIsEnabledAndShape2DOnlyWithForce2D() {
        assertEquals(List.of(FeatureClass.SHAPE, FeatureClass.FIRSTORDER, FeatureClass.GLCM, FeatureClass.GLDM,
            FeatureClass.GLRLM, FeatureClass.GLSZM, FeatureClass.NGTDM),
            List.copyOf(PyRadiomicsParameters.parse("setting:\n  binWidth: 10\n", "a.yaml").featureClasses()));
        final RadiomicsSettings flat = PyRadiomicsParameters.parse("setting:\n  force2D: true\n  force2Ddimension: 1\n"
            + "featureClass:\n  shape2D:\n", "b.yaml");
        assertTrue(flat.force2D());
        assertEquals(1, flat.force2Ddimension());
        assertEquals(List.of(FeatureClass.SHAPE2D), List.copyOf(flat.featureClasses()));
        assertTrue(PyRadiomicsParameters.parse("setting:\n  force2D: true\n", "c.yaml").featureClasses()
            .contains(FeatureClass.SHAPE2D));
        assertEquals(RadiomicsSettings.defaults(), PyRadiomicsParameters.parse("", "empty.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "setting:\\n  binwidth: 5|unknown setting 'binwidth' (known: minimumROIDimensions,|binWidth, binCount",
        "settings:\\n  binWidth: 5|unknown section 'settings' (known: setting, imageType, featureClass|voxelSetting",
        "setting:\\n  binWidth: five|setting 'binWidth' must be a number, got the text 'five'|",
        "setting:\\n  voxelArrayShift: 2.5|setting 'voxelArrayShift' must be an integer|",
        "setting:\\n  label: 0|setting 'label' must be above 0, got 0|",
        "setting:\\n  force2D: 1|setting 'force2D' must be true or false|",
        "setting:\\n  resampledPixelSpacing: 3|setting 'resampledPixelSpacing' must be a list of numbers|",
        "setting:\\n  interpolator: cubic|setting 'interpolator' must be one of sitkNearestNeighbor|sitkBSpline",
        "imageType:\\n  LoGG: {}|unknown imageType 'LoGG' (known: Original, Wavelet, LoG|Exponential",
        "imageType:\\n  LoG:|imageType 'LoG' needs a mapping of settings|",
        "imageType:\\n  LoG: {sigmas: [1]}|unknown setting of imageType LoG 'sigmas'|",
        "featureClass:\\n  glcn:|unknown radiomics feature class 'glcn' (known: shape, shape2D, firstorder|ngtdm",
        "featureClass:\\n  glcm: [Idmn, Foo]|featureClass 'glcm': unknown feature 'Foo' (known: Autocorrelation|SumVariance",
        "featureClass:\\n  glcm: Idmn|featureClass 'glcm' must be a list of feature names|",
        "setting: [1, 2]|setting must be a mapping (name: value), got a list|",
        "setting:\\n  binWidth: 5\\n  binWidth: 6|not a valid YAML file|binWidth",
        "setting:\\n  binWidth: [5|not a valid YAML file|"})
    void badParameterFilesNameTheKey(final String yaml, final String expected, final String alsoExpected) {
        final String message = assertThrows(InvalidDataException.class,
            () -> PyRadiomicsParameters.parse(yaml.replace("\\n", "\n"), "params.yaml")).getMessage();
        assertTrue(message.startsWith("params.yaml: "), message);
        assertTrue(message.contains(expected), message);
        assertTrue(alsoExpected == null || message.contains(alsoExpected), message);
    }
}
