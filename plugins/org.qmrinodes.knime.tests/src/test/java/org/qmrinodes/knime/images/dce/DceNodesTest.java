package org.qmrinodes.knime.images.dce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.qmrinodes.core.dicom.DicomScan;
import org.qmrinodes.core.dicom.DicomSeriesReader;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;
import org.qmrinodes.knime.images.dcephase.DcePhaseSelectionNodeFactory;
import org.qmrinodes.knime.images.tic.TimeIntensityCurveNodeFactory;

/** DCE Phase Selection and Time-Intensity Curve on hand-made multi-phase series. */
class DceNodesTest {

    private static final SeriesInfo INFO = new SeriesInfo("P1", "1.2", "1.2.3", 7, "DCE", "MR", "TEST");
    private static final Geometry GRID = new Geometry(3, 2, 1, new double[] {0, 0, 0}, new double[] {0.7, 0.7, 2},
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    private static final int[] ROI = {1, 1, 1, 0, 0, 0};
    private static final String TIMES = "-60, 60, 120, 180, 240, 300, 360";

    /** A series whose ROI voxels hold {@code roi[p]} in phase p and the others 9999; temporal positions 1, 2, ... */
    private static Volume series(final double... roi) {
        final List<AcquisitionParameters> phases = new ArrayList<>();
        for (int p = 0; p < roi.length; p++) {
            phases.add(new AcquisitionParameters(Double.NaN, 1.5, Double.NaN, 10, 4.5, p + 1, false));
        }
        final Volume.Builder b = Volume.builder(GRID, phases);
        for (int p = 0; p < roi.length; p++) {
            final float r = (float)roi[p];
            b.setSlice(0, p, new float[] {r, r, r, 9999, 9999, 9999});
        }
        return b.build();
    }

    private static BufferedDataTable rows(final Volume... series) {
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("dce", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("roi", MaskCell.TYPE).createSpec());
        final List<DefaultRow> out = new ArrayList<>();
        for (final Volume v : series) {
            out.add(new DefaultRow(RowKey.createRowKey((long)out.size()),
                v == null ? DataType.getMissingCell() : new VolumeCell(v, INFO), new MaskCell(new Mask(GRID, ROI), "roi")));
        }
        return NodeModelTestDriver.table(spec, out.toArray(DefaultRow[]::new));
    }

    private static <M extends NodeModel> M configured(final M m, final String... keyValues)
        throws InvalidSettingsException {
        configureSettings(m, keyValues);
        return m;
    }

    private static NodeModel phaseNode(final String... keyValues) throws InvalidSettingsException {
        final String[] all = Arrays.copyOf(new String[] {"volume_column", "dce"}, 2 + keyValues.length);
        System.arraycopy(keyValues, 0, all, 2, keyValues.length);
        return configured(new DcePhaseSelectionNodeFactory().createNodeModel(), all);
    }

    private static float phaseValue(final BufferedDataTable out, final int row) {
        final Volume v = ((VolumeValue)column(out, "phase").get(row)).getVolume();
        assertEquals(1, v.volumeCount());
        assertTrue(v.geometry().sameGrid(GRID, 1e-12));
        return v.get(0, 0, 0, 0);
    }

    @Test
    void phaseByNumberWithAndWithoutThePreContrastPhaseByPositionAndByTime() throws Exception {
        final BufferedDataTable in = rows(series(0, 100, 200, 300));
        NodeModel m = phaseNode();
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertEquals(100, phaseValue(out, 0));
        assertEquals(List.of("2"), texts(out, "phase_number"));
        assertEquals("phase 2 counting the pre-contrast phase", texts(out, "phase_rule").get(0));
        assertNull(NodeModelTestDriver.warningMessage(m));

        out = (BufferedDataTable)NodeModelTestDriver.execute(phaseNode("count_pre_contrast", "false"), in)[0];
        assertEquals(200, phaseValue(out, 0));
        assertEquals(List.of("3"), texts(out, "phase_number"));

        out = (BufferedDataTable)NodeModelTestDriver.execute(phaseNode("selection", "temporal position",
            "temporal_position", "4"), in)[0];
        assertEquals(300, phaseValue(out, 0));
        assertEquals(4.0, ((VolumeValue)column(out, "phase").get(0)).getVolume().parameters().get(0).temporalPosition());

        out = (BufferedDataTable)NodeModelTestDriver.execute(phaseNode("selection", "time after injection",
            "phase_times", "-30, 60, 120, 180"), in)[0];
        assertEquals(100, phaseValue(out, 0));
        assertEquals("phase nearest to 90 s after injection (phase times -30, 60, 120, 180 s)",
            texts(out, "phase_rule").get(0));
    }

    @Test
    void seriesWithoutThePhaseGetMissingCellsAndAreNamed() throws Exception {
        final BufferedDataTable in = rows(series(0, 100, 200, 300), series(0, 100), null);
        final NodeModel m = phaseNode("phase", "3");
        final BufferedDataTable out = org.qmrinodes.knime.common.StreamingTestSupport.assertStreamsAsItExecutes(m, in);
        assertEquals(200, phaseValue(out, 0));
        assertTrue(column(out, "phase").get(1).isMissing() && column(out, "phase_number").get(2).isMissing());
        assertEquals("2 rows have no phase 3 counting the pre-contrast phase and got missing cells: row 'Row1': phase 3 "
            + "does not exist; the series has 2 phases; row 'Row2': no series", NodeModelTestDriver.warningMessage(m));
        final NodeModel byTime = phaseNode("selection", "time after injection");
        final BufferedDataTable untimed = (BufferedDataTable)NodeModelTestDriver.execute(byTime, rows(series(0, 100)))[0];
        assertTrue(column(untimed, "phase").get(0).isMissing());
        assertTrue(NodeModelTestDriver.warningMessage(byTime).contains("row 'Row0': phase 1 of 2 has no acquisition time"),
            NodeModelTestDriver.warningMessage(byTime));
        final NodeModel notNumbers = phaseNode("phase_times", "60, soon");
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(notNumbers,
            in.getDataTableSpec())).getMessage().contains("'soon'"));
    }

    /** A generated DCE series (pre-contrast and six phases 30, 90, ..., 330 s after injection) as the reader loads it. */
    private static BufferedDataTable generatedDce(final Path folder) throws IOException {
        final Truth t = SyntheticMrSeries.write(SyntheticMrSeries.Spec.small(SyntheticMrSeries.Protocol.DCE, 12), folder,
            new PixelMedToolkit());
        final DicomSeriesReader reader = DicomSeriesReader.withPixelMed();
        final DicomScan scan = reader.scan(folder);
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("dce", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("roi", MaskCell.TYPE).createSpec());
        return NodeModelTestDriver.table(spec, new DefaultRow(RowKey.createRowKey(0L),
            new VolumeCell(reader.load(scan.series().get(0)), scan.series().get(0).info()), new MaskCell(t.reader1(), "r1")));
    }

    @Test
    void phaseTimesComeFromTheFilesWhenTheDialogGivesNone(@TempDir final Path tmp) throws Exception {
        final BufferedDataTable in = generatedDce(tmp);
        final NodeModel m = phaseNode("selection", "time after injection");
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertNull(NodeModelTestDriver.warningMessage(m));
        assertEquals(List.of("3"), texts(out, "phase_number"), "the phase starting 90 s after injection");
        assertArrayEquals(new double[] {90}, doubles(out, "phase_seconds_after_injection"), 1e-6);
        assertEquals("phase nearest to 90 s after injection (phase times from the files' acquisition times); phase starts"
            + " after injection, injection at Contrast/Bolus Start Time (0018,1042) 12:01:00", texts(out, "phase_rule").get(0));
        assertEquals(3.0, ((VolumeValue)column(out, "phase").get(0)).getVolume().parameters().get(0).temporalPosition());
        // by number, the time is reported too
        final BufferedDataTable second = (BufferedDataTable)NodeModelTestDriver.execute(phaseNode(), in)[0];
        assertArrayEquals(new double[] {30}, doubles(second, "phase_seconds_after_injection"), 1e-6);

        final NodeModel tic = ticNode("phase_times", "");
        final org.knime.core.node.port.PortObject[] curves = NodeModelTestDriver.execute(tic, in);
        // generated lesion 1 + 1.6 (1 - exp(-t / 90 s)): early peak at 90 s 2.01, at 330 s 2.56, change +27 %
        assertEquals(List.of("I"), texts((BufferedDataTable)curves[0], "tic_type"));
        assertArrayEquals(new double[] {0.27}, doubles((BufferedDataTable)curves[0], "change"), 0.03);
        assertArrayEquals(new double[] {-60, 30, 90, 150, 210, 270, 330},
            doubles((BufferedDataTable)curves[1], "time_s"), 1e-6);
    }

    private static NodeModel ticNode(final String... keyValues) throws InvalidSettingsException {
        final String[] all = Arrays.copyOf(new String[] {"volume_column", "dce", "mask_column", "roi", "phase_times",
            TIMES}, 6 + keyValues.length);
        System.arraycopy(keyValues, 0, all, 6, keyValues.length);
        return configured(new TimeIntensityCurveNodeFactory().createNodeModel(), all);
    }

    @Test
    void persistentWashoutAndPlateauCurvesOfAnRoi() throws Exception {
        final BufferedDataTable in = rows(series(100, 150, 180, 200, 220, 240, 260),
            series(100, 250, 240, 220, 210, 200, 190), series(100, 200, 210, 205, 208, 212, 215),
            series(100, 150, 180, 200, 220, 240));
        final NodeModel m = ticNode();
        final DataTableSpec[] specs = Arrays.stream(NodeModelTestDriver.configure(m, in.getDataTableSpec()))
            .map(DataTableSpec.class::cast).toArray(DataTableSpec[]::new);
        final org.knime.core.node.port.PortObject[] out = NodeModelTestDriver.execute(m, in);
        final BufferedDataTable types = (BufferedDataTable)out[0];
        final BufferedDataTable curves = (BufferedDataTable)out[1];
        assertEquals(specs[0], types.getDataTableSpec());
        assertEquals(specs[1], curves.getDataTableSpec());
        assertEquals(Arrays.asList("I", "III", "II", null), texts(types, "tic_type"));
        // peak within 120 s: 180 at 120 s, 250 at 60 s, 210 at 120 s
        assertArrayEquals(new double[] {120, 60, 120, Double.NaN}, doubles(types, "peak_s"), 0);
        assertArrayEquals(new double[] {80.0 / 180, -60.0 / 250, 5.0 / 210, Double.NaN}, doubles(types, "change"), 1e-6);
        assertArrayEquals(new double[] {0.8, 1.5, 1.1, Double.NaN}, doubles(types, "initial_enhancement"), 1e-6);
        assertArrayEquals(new double[] {7, 7, 7, 6}, doubles(types, "points"), 0);
        assertEquals("the series has 6 phases, the phase times list 7", texts(types, "tic_problem").get(3));
        assertTrue(NodeModelTestDriver.warningMessage(m).startsWith("1 curves could not be classified"),
            NodeModelTestDriver.warningMessage(m));
        assertEquals(21, curves.size());
        assertArrayEquals(new double[] {100, 150, 180, 200, 220, 240, 260},
            Arrays.copyOf(doubles(curves, "mean_signal"), 7), 1e-4);
        assertEquals(List.of("Row0", "Row0"), texts(curves, "row_id").subList(0, 2));
        assertArrayEquals(new double[] {-60, 60}, Arrays.copyOf(doubles(curves, "time_s"), 2), 0);
        org.qmrinodes.knime.common.StreamingTestSupport.assertStreamsAsItExecutes(m, in);
    }

    @Test
    void aWiderBandMakesTheWashoutCurveAPlateau() throws Exception {
        final BufferedDataTable in = rows(series(100, 250, 240, 220, 210, 200, 190));
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(ticNode("band", "0.3"), in)[0];
        assertEquals(List.of("II"), texts(out, "tic_type"));
        final BufferedDataTable late = (BufferedDataTable)NodeModelTestDriver.execute(ticNode("early_end", "30"), in)[0];
        assertTrue(texts(late, "tic_problem").get(0).contains("within 30.0 s after injection"),
            texts(late, "tic_problem").get(0));
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(
            ticNode("phase_times", "0, 60"), in.getDataTableSpec())).getMessage().contains("at least 3"));
        final BufferedDataTable untimed = (BufferedDataTable)NodeModelTestDriver.execute(ticNode("phase_times", ""), in)[0];
        assertTrue(texts(untimed, "tic_problem").get(0).startsWith("phase 1 of 7 has no acquisition time"),
            texts(untimed, "tic_problem").get(0));
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(phaseNode("selection", "temporal position", "phase_times", "1, 2"),
            new DcePhaseSelectionNodeFactory().createNodeModel());
        assertSettingsSurviveXmlRoundTrip(ticNode("band", "0.2"), new TimeIntensityCurveNodeFactory().createNodeModel());
    }
}
