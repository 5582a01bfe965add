package org.qmrinodes.knime.images.pairing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Resampling;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;

class SeriesPairingNodeModelTest {

    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    private static Geometry grid(final double x0, final double z0) {
        return new Geometry(6, 4, 2, new double[] {x0, 0, z0}, new double[] {1, 1, 2}, AXIAL);
    }

    /** Values 10 x (patient x) + 100: linear, so trilinear resampling reproduces them. */
    private static Volume ramp(final Geometry g) {
        final float[] v = new float[(int)g.voxelCount()];
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    v[(k * g.rows() + j) * g.columns() + i] = (float)(10 * g.indexToPatient(i, j, k)[0] + 100);
                }
            }
        }
        return Volume.map(g, v);
    }

    /** Rows of patient, series description, protocol and volume (on the grid shifted by the given x). */
    private static BufferedDataTable series(final String prefix, final Object[]... rows) {
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("protocol", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("map", VolumeCell.TYPE).createSpec());
        final List<DefaultRow> out = new ArrayList<>();
        for (final Object[] r : rows) {
            final String patient = (String)r[0];
            final SeriesInfo info = new SeriesInfo(patient, "study-" + patient, prefix + out.size(), out.size() + 1,
                prefix, "MR", "TEST");
            out.add(new DefaultRow(new RowKey(prefix + out.size()), new StringCell((String)r[1]),
                r[2] == null ? DataType.getMissingCell() : new VolumeCell(ramp(grid((Double)r[2], 0)), info)));
        }
        return NodeModelTestDriver.table(spec, out.toArray(DefaultRow[]::new));
    }

    private static SeriesPairingNodeModel node(final String... keyValues) throws InvalidSettingsException {
        final SeriesPairingNodeModel m = new SeriesPairingNodeFactory().createNodeModel();
        final String[] all = Arrays.copyOf(new String[] {"first_volume_column", "map", "second_volume_column", "map"},
            4 + keyValues.length);
        System.arraycopy(keyValues, 0, all, 4, keyValues.length);
        configureSettings(m, all);
        return m;
    }

    @Test
    void partnersArePairedResampledOrRefusedWithTheirReason() throws Exception {
        final BufferedDataTable pre = series("pre", new Object[] {"P1", "T1", 0.0}, new Object[] {"P2", "T1", 0.0},
            new Object[] {"P3", "T1", 0.0}, new Object[] {"P5", "T1", 0.0}, new Object[] {"P6", "T1", 0.0},
            new Object[] {"P7", "T1", null});
        final BufferedDataTable post = series("post", new Object[] {"P1", "T1", 0.0}, new Object[] {"P2", "T1", 0.5},
            new Object[] {"P4", "T1", 0.0}, new Object[] {"P5", "T1", 500.0}, new Object[] {"P6", "T1", 0.0},
            new Object[] {"P6", "T2", 0.0});
        final SeriesPairingNodeModel m = node();
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, pre.getDataTableSpec(),
            post.getDataTableSpec())[0];
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, pre, post)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertEquals(Arrays.asList("post0", "post1", null, null, null, null), texts(out, "paired_row"));
        assertEquals(Arrays.asList("false", "true", null, null, null, null), texts(out, "resampled"));
        final List<String> problems = texts(out, "pairing_problem");
        assertEquals(null, problems.get(0));
        assertTrue(problems.get(2).contains("no series of patient 'P3'"), problems.get(2));
        assertTrue(problems.get(3).contains("do not overlap"), problems.get(3));
        assertTrue(problems.get(4).contains("2 series of the second list match (post4, post5)"), problems.get(4));
        assertEquals("no volume", problems.get(5));
        // P2's partner lies half a voxel to the right: resampled onto P1's grid, the linear ramp is kept inside
        final VolumeValue p2 = (VolumeValue)column(out, "paired_volume").get(1);
        assertTrue(p2.getVolume().geometry().sameGrid(grid(0, 0), 1e-9));
        assertEquals(10 * 3 + 100, p2.getVolume().get(3, 1, 0, 0), 1e-3);
        assertEquals("post1", p2.getSeriesInfo().seriesUid());
        assertEquals(0, doubles(out, "outside_voxels")[0]);
        final String warning = NodeModelTestDriver.warningMessage(m);
        assertTrue(warning.startsWith("4 rows of the first input were not paired (see pairing_problem)"), warning);
        assertTrue(warning.contains("1 partners were resampled onto the first grid (trilinear)")
            && warning.endsWith("4 series of the second input were not used."), warning);
    }

    @Test
    void bSplineResamplesThePartnerAsCoreDoes() throws Exception {
        final BufferedDataTable pre = series("pre", new Object[] {"P2", "T1", 0.0});
        final BufferedDataTable post = series("post", new Object[] {"P2", "T1", 0.5});
        final SeriesPairingNodeModel m = node("interpolation", "B-spline");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, pre, post)[0];
        final Volume paired = ((VolumeValue)column(out, "paired_volume").get(0)).getVolume();
        final Volume expected = Resampling.onto(ramp(grid(0.5, 0)), grid(0, 0), Resampling.Interpolation.BSPLINE);
        assertArrayEquals(expected.copyOfVolume(0), paired.copyOfVolume(0));
        final Volume linear = Resampling.onto(ramp(grid(0.5, 0)), grid(0, 0), Resampling.Interpolation.TRILINEAR);
        assertFalse(Arrays.equals(linear.copyOfVolume(0), paired.copyOfVolume(0)), "not the trilinear result");
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("1 partners were resampled onto the first grid (B-spline)"),
            NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void anAttributeTellsTwoSeriesOfAStudyApart() throws Exception {
        final BufferedDataTable pre = series("pre", new Object[] {"P6", "T1", 0.0});
        final BufferedDataTable post = series("post", new Object[] {"P6", "T2", 0.0}, new Object[] {"P6", "T1", 0.0});
        final SeriesPairingNodeModel m = node("first_attribute_column", "protocol", "second_attribute_column", "protocol");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, pre, post)[0];
        assertEquals(List.of("post1"), texts(out, "paired_row"));
        final SeriesPairingNodeModel one = node("first_attribute_column", "protocol");
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(one,
            pre.getDataTableSpec(), post.getDataTableSpec())).getMessage().contains("both inputs or for neither"));
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("interpolation", "nearest", "tolerance_mm", "0.5"),
            new SeriesPairingNodeFactory().createNodeModel());
    }
}
