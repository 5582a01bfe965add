package org.qmrinodes.knime.images.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.features.radiomics.RadiomicsPresets;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.mask.Nrrd;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.cells.VolumeCell;

/**
 * The Radiomics Features node on PyRadiomics' breast1 test case against the values PyRadiomics ships
 * ({@code baseline_<class>.csv}, column {@code breast1}: binWidth 25, voxelArrayShift 2000, label 1;
 * read in place from the shared folder, skipped when it is absent), and its handling of bad rows and
 * refused settings.
 */
class RadiomicsFeaturesNodeModelTest {

    private static final String DIR = "data/radiomics/pyradiomics/";
    private static final List<String> CLASSES = List.of("shape", "firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm");
    private static final SeriesInfo INFO = new SeriesInfo("P1", "1.2", "1.2.3", 1, "T1", "MR", "TEST");

    @TempDir
    Path tmp;

    private static final DataTableSpec SPEC = new DataTableSpec(new DataColumnSpecCreator("image", VolumeCell.TYPE).createSpec(),
        new DataColumnSpecCreator("mask", MaskCell.TYPE).createSpec());

    private static DataRow row(final long index, final Volume image, final Mask mask) {
        return new DefaultRow(RowKey.createRowKey(index), new DataCell[] {new VolumeCell(image, INFO), new MaskCell(mask, "mask" + index)});
    }

    private static RadiomicsFeaturesNodeModel node(final String... keyValues) throws InvalidSettingsException {
        final RadiomicsFeaturesNodeModel m = new RadiomicsFeaturesNodeFactory().createNodeModel();
        final List<String> all = new ArrayList<>(List.of("image_column", "image", "mask_column", "mask"));
        all.addAll(List.of(keyValues));
        configureSettings(m, all.toArray(String[]::new));
        return m;
    }

    /** The settings of the baseline's breast1 column as a PyRadiomics parameter file, every class with its defaults. */
    private Path baselineParameters() throws Exception {
        final Path yaml = tmp.resolve("breast1.yaml");
        Files.writeString(yaml, "setting:\n  binWidth: 25\n  voxelArrayShift: 2000\n  label: 1\nimageType:\n  Original: {}\n"
            + "featureClass:\n" + String.join("", CLASSES.stream().map(c -> "  " + c + ":\n").toList()));
        return yaml;
    }

    @Test
    void breast1AgreesWithPyRadiomicsBaselineInItsNamesAndOrder() throws Exception {
        final Volume image = Nrrd.readImage(CsvTable.sharedFile(DIR + "breast1_image.nrrd"));
        final Mask mask = Nrrd.read(CsvTable.sharedFile(DIR + "breast1_label.nrrd"));
        final Map<String, Double> expected = new LinkedHashMap<>();
        for (final String c : CLASSES) {
            final CsvTable baseline = CsvTable.read(CsvTable.sharedFile(DIR + "baseline_" + c + ".csv"));
            for (int r = 0; r < baseline.size(); r++) {
                if (baseline.text(r, "featureName").startsWith("original_")) {
                    expected.put(baseline.text(r, "featureName"), CsvTable.parse(baseline.text(r, "breast1")));
                }
            }
        }
        final RadiomicsFeaturesNodeModel m = node("configuration", RadiomicsFeaturesSettings.PARAMETER_FILE,
            "parameter_file", baselineParameters().toString());
        final BufferedDataTable in = NodeModelTestDriver.table(SPEC, row(0, image, mask));
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m, in.getDataTableSpec());
        final PortObject[] out = NodeModelTestDriver.execute(m, in);
        final BufferedDataTable features = (BufferedDataTable)out[0];
        assertEquals(specs[0], features.getDataTableSpec());
        assertEquals(specs[1], ((BufferedDataTable)out[1]).getDataTableSpec());
        final DataTableSpec spec = features.getDataTableSpec();
        final List<String> failures = new ArrayList<>();
        final List<String> classOrder = new ArrayList<>();
        for (int c = 2; c < spec.getNumColumns(); c++) {
            final String name = spec.getColumnSpec(c).getName();
            final String featureClass = name.split("_")[1];
            if (!classOrder.contains(featureClass)) {
                classOrder.add(featureClass);
            }
            final Double want = expected.get(name);
            final double got = ((DoubleValue)column(features, name).get(0)).getDoubleValue();
            if (want == null || !(Math.abs(got - want) <= 1e-6 * Math.abs(want))) {
                failures.add(name + ": " + got + " vs PyRadiomics " + want);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(CLASSES, classOrder, "shape first, then the classes in the file's order");
        assertTrue(spec.getNumColumns() - 2 >= 100, "features: " + (spec.getNumColumns() - 2));
        final BufferedDataTable list = (BufferedDataTable)out[1];
        assertEquals(spec.getNumColumns() - 2, list.size());
        assertEquals(spec.getColumnSpec(2).getName(), texts(list, "feature").get(0));
        assertTrue(texts(list, "settings").get(0).contains("voxelArrayShift: 2000"), texts(list, "settings").get(0));
    }

    private static Geometry grid(final int slices) {
        return new Geometry(8, 8, slices, new double[3], new double[] {1, 1, 2}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    private static Volume image(final int slices) {
        final float[] v = new float[8 * 8 * slices];
        for (int i = 0; i < v.length; i++) {
            v[i] = 50 + (i * 37) % 200;
        }
        return Volume.map(grid(slices), v);
    }

    private static Mask cube(final int slices, final int label) {
        final int[] labels = new int[8 * 8 * slices];
        for (int k = 1; k < slices - 1; k++) {
            for (int j = 2; j < 6; j++) {
                for (int i = 2; i < 6; i++) {
                    labels[(k * 8 + j) * 8 + i] = label;
                }
            }
        }
        return new Mask(grid(slices), labels);
    }

    @Test
    void rowsWithAnEmptyMaskOrWithoutTheLabelGetMissingCellsAndACountedWarning() throws Exception {
        final BufferedDataTable in = NodeModelTestDriver.table(SPEC, row(0, image(6), cube(6, 1)),
            row(1, image(6), new Mask(grid(6), new int[8 * 8 * 6])), row(2, image(6), cube(6, 2)));
        final RadiomicsFeaturesNodeModel m = node();
        final BufferedDataTable features = NodeModelTestDriver.executeStreamed(m, 3, in)[1];
        final BufferedDataTable out = org.qmrinodes.knime.common.StreamingTestSupport.assertStreamsAsItExecutes(m, in);
        assertEquals(out.getDataTableSpec().getNumColumns() - 2, features.size(), "the feature list, not distributed");
        final String first = out.getDataTableSpec().getColumnSpec(2).getName();
        assertTrue(!column(out, first).get(0).isMissing());
        assertTrue(column(out, first).get(1).isMissing());
        assertTrue(column(out, first).get(2).isMissing());
        final String warning = NodeModelTestDriver.warningMessage(m);
        assertTrue(warning.startsWith("2 rows have no features"), warning);
        assertTrue(warning.contains("Row1") && warning.contains("empty") && warning.contains("label 1"), warning);
    }

    @Test
    void aMaskOffTheImageGridFailsNamingTheRow() throws Exception {
        final BufferedDataTable in = NodeModelTestDriver.table(SPEC, row(0, image(6), cube(6, 1)),
            row(1, image(6), cube(5, 1)));
        final Exception e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(node(), in));
        assertTrue(e.getMessage().contains("Row 'Row1'") && e.getMessage().contains("grid"), e.getMessage());
    }

    @Test
    void whatIsNotImplementedIsRefusedAtConfigureNamingIt() throws Exception {
        final DataTableSpec spec = SPEC;
        // the Fr24 preset (resampling, LoG, wavelets) configures to its 960 features
        final DataTableSpec fr24 = (DataTableSpec)NodeModelTestDriver.configure(node("configuration",
            RadiomicsPresets.FR24), spec)[0];
        assertEquals(2 + 960, fr24.getNumColumns());
        final Path yaml = tmp.resolve("sinc.yaml");
        Files.writeString(yaml, "setting:\n  resampledPixelSpacing: [2, 2, 2]\n  interpolator: sitkLanczosWindowedSinc\n"
            + "imageType:\n  Original: {}\nfeatureClass:\n  firstorder:\n");
        final InvalidSettingsException file = assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver
            .configure(node("configuration", RadiomicsFeaturesSettings.PARAMETER_FILE, "parameter_file", yaml.toString()), spec));
        assertTrue(file.getMessage().contains("sitkLanczosWindowedSinc")
            && file.getMessage().contains(yaml.getFileName().toString()),
            file.getMessage());
        final InvalidSettingsException absent = assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver
            .configure(node("configuration", RadiomicsFeaturesSettings.PARAMETER_FILE, "parameter_file",
                tmp.resolve("none.yaml").toString()), spec));
        assertTrue(absent.getMessage().contains("none.yaml"), absent.getMessage());
    }

    @Test
    void ibsiModeNamesTheColumnsByIbsiTagsWithTheConsensusValuesOfTheDigitalPhantom() throws Exception {
        final Volume phantom = Nifti.readVolume(CsvTable.sharedFile("data/ibsi/digital_phantom/phantom.nii.gz"));
        final Mask phantomMask = Nifti.readMask(CsvTable.sharedFile("data/ibsi/digital_phantom/mask.nii.gz"));
        final Path yaml = Files.writeString(tmp.resolve("ibsi.yaml"), "setting:\n  binWidth: 1\nimageType:\n"
            + "  Original: {}\nfeatureClass:\n  firstorder:\n  glcm:\n  glszm:\n");
        final RadiomicsFeaturesNodeModel m = node("configuration", RadiomicsFeaturesSettings.PARAMETER_FILE,
            "parameter_file", yaml.toString(), "ibsi_conventions", "true");
        final BufferedDataTable in = NodeModelTestDriver.table(SPEC, row(0, phantom, phantomMask));
        final PortObject[] out = NodeModelTestDriver.execute(m, in);
        final BufferedDataTable features = (BufferedDataTable) out[0];
        final DataTableSpec spec = features.getDataTableSpec();
        final DataRow r = NodeModelTestDriver.rows(features).get(0);
        // IBSI 1 consensus: excess kurtosis -0.355, joint maximum (3D averaged) 0.503, small zone emphasis 0.255.
        assertEquals(-0.355, ((DoubleValue) r.getCell(spec.findColumnIndex("stat_kurt"))).getDoubleValue(), 0.0005);
        assertEquals(0.503, ((DoubleValue) r.getCell(spec.findColumnIndex("cm_joint_max_3D_avg"))).getDoubleValue(),
            0.0005);
        assertEquals(0.255, ((DoubleValue) r.getCell(spec.findColumnIndex("szm_sze_3D"))).getDoubleValue(), 0.0005);
        assertTrue(spec.findColumnIndex("original_firstorder_Kurtosis") < 0, "no PyRadiomics names in IBSI mode");
        final BufferedDataTable list = (BufferedDataTable) out[1];
        final DataRow first = NodeModelTestDriver.rows(list).get(0);
        assertTrue(first.getCell(list.getDataTableSpec().findColumnIndex("settings")).toString()
            .contains("ibsiConventions: true"), first.toString());
        final InvalidSettingsException filters = assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver
            .configure(node("configuration", RadiomicsPresets.FR24, "ibsi_conventions", "true"), SPEC));
        assertTrue(filters.getMessage().contains("IBSI mode"), filters.getMessage());
    }

    @Test
    void theBinWidthOfTheDialogOverridesTheConfigurations() throws Exception {
        final BufferedDataTable in = NodeModelTestDriver.table(SPEC, row(0, image(6), cube(6, 1)));
        final RadiomicsFeaturesNodeModel coarse = node();
        final RadiomicsFeaturesNodeModel fine = node();
        final org.knime.core.node.NodeSettings s = NodeModelTestDriver.saveSettings(fine);
        s.addDouble("bin_width", 5);
        NodeModelTestDriver.loadSettings(fine, s);
        final BufferedDataTable a = (BufferedDataTable)NodeModelTestDriver.execute(coarse, in)[1];
        final BufferedDataTable b = (BufferedDataTable)NodeModelTestDriver.execute(fine, in)[1];
        assertTrue(texts(a, "settings").get(0).contains("binWidth: 25.0"), texts(a, "settings").get(0));
        assertTrue(texts(b, "settings").get(0).contains("binWidth: 5.0"), texts(b, "settings").get(0));
        final BufferedDataTable fa = (BufferedDataTable)NodeModelTestDriver.execute(coarse, in)[0];
        final BufferedDataTable fb = (BufferedDataTable)NodeModelTestDriver.execute(fine, in)[0];
        final String entropy = "original_firstorder_Entropy";
        assertTrue(((DoubleValue)column(fb, entropy).get(0)).getDoubleValue()
            > ((DoubleValue)column(fa, entropy).get(0)).getDoubleValue());
    }

    @Test
    void aFixedBinCountOfTheParameterFileIsWrittenIntoTheFeatureTable() throws Exception {
        final Path yaml = tmp.resolve("fbn.yaml");
        Files.writeString(yaml, "setting:\n  binCount: 16\nimageType:\n  Original: {}\nfeatureClass:\n"
            + "  firstorder:\n  shape:\n");
        final BufferedDataTable in = NodeModelTestDriver.table(SPEC, row(0, image(6), cube(6, 1)));
        final RadiomicsFeaturesNodeModel m = node("configuration", RadiomicsFeaturesSettings.PARAMETER_FILE,
            "parameter_file", yaml.toString());
        final BufferedDataTable list = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[1];
        final int entropy = texts(list, "feature").indexOf("original_firstorder_Entropy");
        final int volume = texts(list, "feature").indexOf("original_shape_VoxelVolume");
        assertEquals("16", texts(list, "bin_count").get(entropy));
        assertTrue(column(list, "bin_width").get(entropy).isMissing() && column(list, "bin_count").get(volume).isMissing());
        assertTrue(texts(list, "settings").get(0).contains("binCount: 16")
            && !texts(list, "settings").get(0).contains("binWidth"), texts(list, "settings").get(0));
        final RadiomicsFeaturesNodeModel width = node("configuration", RadiomicsFeaturesSettings.PARAMETER_FILE,
            "parameter_file", yaml.toString(), "bin_width", "5");
        final BufferedDataTable w = (BufferedDataTable)NodeModelTestDriver.execute(width, in)[1];
        assertTrue(column(w, "bin_count").get(entropy).isMissing(), "the dialog's bin width replaces binCount");
        assertTrue(texts(w, "settings").get(0).contains("binWidth: 5.0"), texts(w, "settings").get(0));
    }

    /** An ADC map (mm²/s) with a bin width of 5e-5: the feature names are known at configure whatever the bin width. */
    @Test
    void aMapInSmallUnitsWithAFineBinWidth() throws Exception {
        final float[] adc = image(6).copyOfVolume(0);
        for (int i = 0; i < adc.length; i++) {
            adc[i] *= 1e-5f;
        }
        final BufferedDataTable in = NodeModelTestDriver.table(SPEC, row(0, Volume.map(grid(6), adc), cube(6, 1)));
        final RadiomicsFeaturesNodeModel m = node();
        final org.knime.core.node.NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addDouble("bin_width", 5e-5);
        NodeModelTestDriver.loadSettings(m, s);
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m, in.getDataTableSpec());
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(specs[0], out.getDataTableSpec());
        assertTrue(!column(out, "original_glcm_Idmn").get(0).isMissing());
        assertEquals("", NodeModelTestDriver.warningMessage(m) == null ? "" : NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void everyImplementedImageTypeGivesItsColumnsAfterTheOriginals() throws Exception {
        final Path yaml = tmp.resolve("types.yaml");
        Files.writeString(yaml, "imageType:\n  Original: {}\n  Square: {}\n  SquareRoot: {}\n  Logarithm: {}\n"
            + "  Exponential: {}\nfeatureClass:\n  shape:\n  firstorder:\n");
        final BufferedDataTable in = NodeModelTestDriver.table(SPEC, row(0, image(6), cube(6, 1)));
        final RadiomicsFeaturesNodeModel m = node("configuration", RadiomicsFeaturesSettings.PARAMETER_FILE,
            "parameter_file", yaml.toString());
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        final List<String> prefixes = new ArrayList<>();
        for (int c = 2; c < spec.getNumColumns(); c++) {
            final String prefix = spec.getColumnSpec(c).getName().split("_")[0] + "_" + spec.getColumnSpec(c).getName().split("_")[1];
            if (!prefixes.contains(prefix)) {
                prefixes.add(prefix);
            }
        }
        assertEquals(List.of("original_shape", "original_firstorder", "square_firstorder", "squareroot_firstorder",
            "logarithm_firstorder", "exponential_firstorder"), prefixes);
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertTrue(!column(out, "exponential_firstorder_Mean").get(0).isMissing());
    }

    /** As PyRadiomics, a σ too large for a row's cropped image leaves out that σ's features only. */
    @Test
    void aLogSigmaTooLargeForARowLeavesOnlyItsColumnsMissing() throws Exception {
        final Path yaml = tmp.resolve("log.yaml");
        Files.writeString(yaml, "imageType:\n  LoG:\n    sigma: [1.0, 100.0]\nfeatureClass:\n  firstorder:\n");
        final BufferedDataTable in = NodeModelTestDriver.table(SPEC, row(0, image(6), cube(6, 1)));
        final RadiomicsFeaturesNodeModel m = node("configuration", RadiomicsFeaturesSettings.PARAMETER_FILE,
            "parameter_file", yaml.toString());
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        assertEquals(2 + 2 * 18, spec.getNumColumns(), "both σ's columns, whatever a row's size");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertTrue(!column(out, "log-sigma-1-0-mm-3D_firstorder_Mean").get(0).isMissing());
        assertTrue(column(out, "log-sigma-100-0-mm-3D_firstorder_Mean").get(0).isMissing());
        final String warning = NodeModelTestDriver.warningMessage(m);
        assertTrue(warning.startsWith("1 rows lack the features of an image PyRadiomics leaves out too (missing cells): "
            + "row 'Row0': log-sigma-100-0-mm-3D left out, as PyRadiomics does: sigma 100.0 mm needs at least"), warning);
    }

    @Test
    void settingsSurviveAWorkflowSave() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("configuration", RadiomicsFeaturesSettings.PARAMETER_FILE, "parameter_file", "p.yaml"), new RadiomicsFeaturesNodeFactory().createNodeModel());
    }
}
