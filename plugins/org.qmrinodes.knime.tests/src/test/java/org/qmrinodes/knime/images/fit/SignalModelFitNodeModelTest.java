package org.qmrinodes.knime.images.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.BValueStorage;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;
import org.qmrinodes.core.testing.SyntheticTruth;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * The fit node on a noise-free DWI series written by {@link SyntheticMrSeries} (the series of the
 * CLI's FitCommandTest): Dapp, Kapp and the two-point ADC over reader 1's lesion recover the
 * generator's ground truth at the CLI test's tolerances.
 */
class SignalModelFitNodeModelTest {

    @TempDir
    Path tmp;

    private Truth dwi() throws Exception {
        final Spec s = new Spec(Protocol.DWI, 48, 40, 6, 2.5, 4.0, Double.POSITIVE_INFINITY, BValueStorage.STANDARD,
            "FIT", 5);
        return SyntheticMrSeries.write(s, tmp.resolve("dwi"), new PixelMedToolkit());
    }

    /** A volume cell of the stored voxels with the given per-volume parameters. */
    private static VolumeCell volume(final Truth t, final List<AcquisitionParameters> params) {
        final Volume.Builder b = Volume.builder(t.geometry(), params);
        final int n = t.geometry().columns() * t.geometry().rows();
        for (int v = 0; v < params.size(); v++) {
            final float[] all = t.stored().get(v);
            for (int k = 0; k < t.geometry().slices(); k++) {
                b.setSlice(k, v, java.util.Arrays.copyOfRange(all, k * n, (k + 1) * n));
            }
        }
        return new VolumeCell(b.build(), new SeriesInfo("FIT", "1.2.3", t.seriesUid(), 3, "DWI", "MR", "SYN"));
    }

    private static BufferedDataTable table(final VolumeCell volume, final MaskCell mask) {
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("volume", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("mask", MaskCell.TYPE).createSpec());
        return NodeModelTestDriver.table(spec, new DefaultRow(RowKey.createRowKey(0L), new DataCell[] {volume, mask}));
    }

    private static SignalModelFitNodeModel node(final String... keyValues) throws InvalidSettingsException {
        final SignalModelFitNodeModel m = new SignalModelFitNodeFactory().createNodeModel();
        final List<String> kv = new ArrayList<>(List.of("volume_column", "volume", "mask_column", "mask"));
        Collections.addAll(kv, keyValues);
        configureSettings(m, kv.toArray(String[]::new));
        return m;
    }

    private static SignalModelFitNodeModel fixedS0(final SignalModelFitNodeModel m) throws InvalidSettingsException {
        final org.knime.core.node.NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addBoolean("fixed_s0", true);
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    private static float[] map(final BufferedDataTable out, final String column) {
        final Volume v = ((VolumeValue)column(out, column).get(0)).getVolume();
        assertEquals(1, v.volumeCount(), column + " is a 3D map");
        return v.copyOfVolume(0);
    }

    /** Largest relative error over the lesion; asserts 0 outside it. */
    private static double maxRelativeError(final Truth t, final float[] m, final float[] truth) {
        return SyntheticTruth.maxRelativeErrorOverLesion(t, m, truth, 1f);
    }

    private static void assertBelow(final double error, final double tolerance, final String what) {
        assertTrue(error < tolerance, what + ": largest relative error " + error + " >= " + tolerance);
    }

    private static int count(final BufferedDataTable out, final String column) {
        return ((IntValue)column(out, column).get(0)).getIntValue();
    }

    @Test
    void dkiAndTwoPointAdcOverTheLesionRecoverTheGroundTruth() throws Exception {
        final Truth t = dwi();
        final BufferedDataTable in = table(volume(t, t.volumes()), new MaskCell(t.reader1(), "reader1"));
        SignalModelFitNodeModel m = node("model", "dki", "method", "wlls");
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertEquals(List.of("volume", "mask", "Dapp", "Kapp", "S0", "R2", "fit_ok", "voxels_fitted", "voxels_hit_bound",
            "voxels_failed", "voxels_excluded"), List.of(spec.getColumnNames()));
        assertBelow(maxRelativeError(t, map(out, "Dapp"), t.parameterMaps().get("D")), 2e-3, "Dapp");
        assertBelow(maxRelativeError(t, map(out, "Kapp"), t.parameterMaps().get("K")), 1e-2, "Kapp");
        assertBelow(maxRelativeError(t, map(out, "S0"), t.parameterMaps().get("S0")), 1e-3, "S0");
        assertTrue(((VolumeValue)column(out, "Dapp").get(0)).getVolume().geometry().sameGrid(t.geometry(), 1e-6));
        final int lesion = t.reader1().labelCounts().get(1).intValue();
        assertEquals(lesion, count(out, "voxels_fitted"));
        assertEquals(0, count(out, "voxels_failed") + count(out, "voxels_hit_bound") + count(out, "voxels_excluded"));
        double ok = 0;
        for (final float f : map(out, "fit_ok")) {
            ok += f;
        }
        assertEquals(lesion, ok, 0, "fit_ok is 1 on every lesion voxel");

        // two-point ADC from b = 0 and 800 of S0*exp(-b*D + b^2*D^2*K/6): ADC = D - 800*D^2*K/6
        m = node("model", "adc", "method", "lls", "b_values", "0, 800");
        out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        final float[] d = t.parameterMaps().get("D");
        final float[] k = t.parameterMaps().get("K");
        final float[] expected = new float[d.length];
        for (int v = 0; v < d.length; v++) {
            expected[v] = (float)(d[v] - 800.0 * d[v] * d[v] * k[v] / 6);
        }
        assertBelow(maxRelativeError(t, map(out, "ADC"), expected), 2e-3, "ADC");
    }

    @Test
    void seriesWithoutBValuesFailsNamingRowAndSeries() throws Exception {
        final Truth t = dwi();
        final List<AcquisitionParameters> unknown =
            Collections.nCopies(t.volumes().size(), AcquisitionParameters.UNKNOWN);
        final BufferedDataTable in = table(volume(t, unknown), new MaskCell(t.reader1(), "reader1"));
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> NodeModelTestDriver.execute(node("model", "dki", "unsuitable_series", "fail"), in));
        assertTrue(e.getMessage().startsWith("Row Row0: series " + t.seriesUid())
            && e.getMessage().contains("has no b-values"), e.getMessage());
    }

    /**
     * The DICOM Series Reader lists every series of a study: by default a row whose series does not
     * suit the model gets missing cells, counted and named with the reason, and the other rows are fitted.
     */
    @Test
    void aSeriesThatDoesNotSuitTheModelGetsMissingCellsAndTheOthersAreFitted() throws Exception {
        final Truth t = dwi();
        final VolumeCell suitable = volume(t, t.volumes());
        final VolumeCell unsuitable = volume(t, Collections.nCopies(t.volumes().size(), AcquisitionParameters.UNKNOWN));
        final MaskCell mask = new MaskCell(t.reader1(), "reader1");
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("volume", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("mask", MaskCell.TYPE).createSpec());
        final BufferedDataTable in = NodeModelTestDriver.table(spec,
            new DefaultRow(RowKey.createRowKey(0L), new DataCell[] {suitable, mask}),
            new DefaultRow(RowKey.createRowKey(1L), new DataCell[] {unsuitable, mask}),
            new DefaultRow(RowKey.createRowKey(2L), new DataCell[] {suitable, mask}));
        final SignalModelFitNodeModel m = node("model", "adc");
        // streamed row by row and in partitions (KNIME's streaming executor) the table and warning are the same
        final BufferedDataTable out = org.qmrinodes.knime.common.StreamingTestSupport.assertStreamsAsItExecutes(m, in);
        assertEquals(3, out.size());
        final List<DataCell> adc = column(out, "ADC");
        assertFalse(adc.get(0).isMissing());
        assertTrue(adc.get(1).isMissing());
        assertFalse(adc.get(2).isMissing());
        final DataRow second = NodeModelTestDriver.rows(out).get(1);
        for (int c = in.getDataTableSpec().getNumColumns(); c < second.getNumCells(); c++) {
            assertTrue(second.getCell(c).isMissing(), out.getDataTableSpec().getColumnSpec(c).getName());
        }
        final String warning = NodeModelTestDriver.warningMessage(m);
        assertTrue(warning != null && warning.startsWith("1 rows whose series does not suit model 'adc'")
            && warning.contains("Row1 (") && warning.contains("has no b-values") && !warning.contains("Row0"),
            warning);
    }

    @Test
    void settingsThatDoNotApplyToTheModelAreRejected() throws Exception {
        final Truth t = dwi();
        final BufferedDataTable in = table(volume(t, t.volumes()), new MaskCell(t.reader1(), "reader1"));
        assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("model", "t2", "b_values", "0,800"), in.getDataTableSpec()));
        assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("model", "adc", "b_values", "0,x"), in.getDataTableSpec()));
        assertThrows(InvalidSettingsException.class,
            () -> configureSettings(new SignalModelFitNodeFactory().createNodeModel(), "model", "ivim"));
        final InvalidSettingsException fixed = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(fixedS0(node("model", "adc")), in.getDataTableSpec()));
        assertTrue(fixed.getMessage().contains("dki only"), fixed.getMessage());
    }

    @Test
    void dkiWithFixedS0FitsTheNoiseFreeLesion() throws Exception {
        final Truth t = dwi();
        final BufferedDataTable in = table(volume(t, t.volumes()), new MaskCell(t.reader1(), "reader1"));
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(fixedS0(node("model", "dki",
            "method", "wlls")), in)[0];
        final float[] dapp = map(out, "Dapp");
        assertTrue(dapp.length > 0);
        assertTrue(java.util.stream.IntStream.range(0, dapp.length).anyMatch(v -> dapp[v] > 0), "Dapp fitted in the lesion");
    }

    @Test
    void settingsSurviveXmlRoundTrip() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("model", "t2star", "method", "nlls", "ir_correction", "none"),
            new SignalModelFitNodeFactory().createNodeModel());
    }
}
