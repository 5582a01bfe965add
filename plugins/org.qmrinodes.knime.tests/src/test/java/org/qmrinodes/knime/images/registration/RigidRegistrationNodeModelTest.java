package org.qmrinodes.knime.images.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.image.registration.RigidTransform;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;
import org.qmrinodes.core.testing.Displacements;

/**
 * The Rigid Registration node on an analytic phantom: the moving volume is the fixed phantom seen
 * through a known rigid transform, sampled exactly (no interpolation), so the transform the node
 * recovers can be checked against the truth.
 */
class RigidRegistrationNodeModelTest {

    private static final SeriesInfo INFO = new SeriesInfo("P1", "1.2", "1.2.3", 1, "T1", "MR", "TEST");
    private static final Geometry GRID = grid(64, 20, 1.5, 3.0);
    /** The truth: 2°, −1.5°, 3° and (3.2, −2.1, 1.4) mm about the fixed grid's centre (the origin). */
    private static final RigidTransform TRUTH = new RigidTransform(Math.toRadians(2), Math.toRadians(-1.5),
        Math.toRadians(3), new double[] {3.2, -2.1, 1.4}, new double[3]);

    /** Smooth background with blobs of different size and contrast, in patient mm. */
    private static double phantom(final double[] p) {
        final double[][] blobs = {{-18, -10, 0, 12, 8, 10, 300}, {14, 12, 6, 7, 11, 9, 220}, {5, -20, -8, 6, 6, 8, 400},
            {-8, 18, 10, 9, 5, 7, 160}, {22, -14, -12, 5, 7, 6, 260}};
        double v = 100 + 0.8 * p[0] - 0.5 * p[1] + 0.3 * p[2];
        for (final double[] b : blobs) {
            final double dx = (p[0] - b[0]) / b[3];
            final double dy = (p[1] - b[1]) / b[4];
            final double dz = (p[2] - b[2]) / b[5];
            v += b[6] * Math.exp(-0.5 * (dx * dx + dy * dy + dz * dz));
        }
        return v;
    }

    private static Geometry grid(final int n, final int slices, final double inPlane, final double thickness) {
        final double[] origin = {-(n - 1) / 2.0 * inPlane, -(n - 1) / 2.0 * inPlane, -(slices - 1) / 2.0 * thickness};
        return new Geometry(n, n, slices, origin, new double[] {inPlane, inPlane, thickness},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    private static Volume sample(final Geometry g, final UnaryOperator<double[]> at, final double scale) {
        final float[] v = new float[(int)g.voxelCount()];
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    v[(k * g.rows() + j) * g.columns() + i] = (float)(scale * phantom(at.apply(g.indexToPatient(i, j, k))) + 30);
                }
            }
        }
        return Volume.map(g, v);
    }

    private static final Volume FIXED = sample(GRID, UnaryOperator.identity(), 1);
    /** moving(y) = phantom(T⁻¹(y)), so fixed(x) = moving(T(x)); another (linear) contrast. */
    private static final Volume MOVING = sample(GRID, TRUTH::applyInverse, 2);

    private static DataTableSpec spec(final String... names) {
        final org.knime.core.data.DataColumnSpec[] columns = new org.knime.core.data.DataColumnSpec[names.length];
        for (int c = 0; c < names.length; c++) {
            columns[c] = new DataColumnSpecCreator(names[c], VolumeCell.TYPE).createSpec();
        }
        return new DataTableSpec(columns);
    }

    private static DataCell cell(final Volume v) {
        return v == null ? DataType.getMissingCell() : new VolumeCell(v, INFO);
    }

    private static RigidRegistrationNodeModel node(final String... extra) throws InvalidSettingsException {
        final RigidRegistrationNodeModel m = new RigidRegistrationNodeFactory().createNodeModel();
        final String[] all = new String[6 + extra.length];
        System.arraycopy(new String[] {"fixed_column", "fixed", "moving_column", "moving", "second_moving_column", "later"},
            0, all, 0, 6);
        System.arraycopy(extra, 0, all, 6, extra.length);
        configureSettings(m, all);
        return m;
    }

    /** Mean distance between where the two transforms send the fixed grid's voxel centres. */
    private static double meanDisplacementError(final RigidTransform a, final RigidTransform b) {
        return Displacements.mean(GRID, a::apply, b::apply);
    }

    private static RigidTransform recovered(final BufferedDataTable out, final int row) {
        final double[] p = new double[6];
        for (int i = 0; i < 6; i++) {
            p[i] = doubles(out, RigidRegistrationNodeModel.PARAMETERS.get(i))[row];
        }
        return new RigidTransform(Math.toRadians(p[0]), Math.toRadians(p[1]), Math.toRadians(p[2]),
            new double[] {p[3], p[4], p[5]}, new double[3]);
    }

    @Test
    void recoversTheKnownTransformWithinATenthOfAMillimetre() throws Exception {
        final BufferedDataTable in = NodeModelTestDriver.table(spec("fixed", "moving"),
            new DefaultRow(RowKey.createRowKey(0L), cell(FIXED), cell(MOVING)),
            new DefaultRow(RowKey.createRowKey(1L), cell(FIXED), cell(null)));
        final RigidRegistrationNodeModel m = node("metric", RigidRegistrationSettings.CORRELATION);
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m, in.getDataTableSpec(), null);
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in, null)[0];
        assertEquals(specs[0], out.getDataTableSpec());
        final double error = meanDisplacementError(TRUTH, recovered(out, 0));
        assertTrue(error < 0.1, "mean displacement error " + error + " mm");
        final String tfm = texts(out, RigidRegistrationNodeModel.TRANSFORM).get(0);
        assertTrue(tfm.startsWith("#Insight Transform File V1.0") && tfm.contains("Euler3DTransform_double_3_3"), tfm);
        assertTrue(doubles(out, RigidRegistrationNodeModel.METRIC)[0] < -0.99, "-correlation squared");
        final Volume registered = ((VolumeValue)column(out, RigidRegistrationNodeModel.REGISTERED).get(0)).getVolume();
        assertTrue(registered.geometry().sameGrid(GRID, 1e-9));
        // inside the field of view the registered volume is the moving one seen through the transform: 2 x fixed + 30
        final float[] r = registered.copyOfVolume(0);
        final float[] f = FIXED.copyOfVolume(0);
        final int centre = (10 * 64 + 32) * 64 + 32;
        assertEquals(2 * (f[centre] - 30) + 30, r[centre], 0.02 * Math.abs(r[centre]));
        assertTrue(column(out, RigidRegistrationNodeModel.REGISTERED).get(1).isMissing());
        final String warning = NodeModelTestDriver.warningMessage(m);
        assertTrue(warning.startsWith("1 rows were not registered") && warning.contains("Row1"), warning);
    }

    @Test
    void theMovingVolumesMayComeFromTheSecondInput() throws Exception {
        final BufferedDataTable first = NodeModelTestDriver.table(spec("fixed"),
            new DefaultRow(RowKey.createRowKey(0L), cell(FIXED)));
        final BufferedDataTable second = NodeModelTestDriver.table(spec("later"),
            new DefaultRow(RowKey.createRowKey(0L), cell(MOVING)));
        final RigidRegistrationNodeModel m = node();
        NodeModelTestDriver.configure(m, first.getDataTableSpec(), second.getDataTableSpec());
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, first, second)[0];
        final double error = meanDisplacementError(TRUTH, recovered(out, 0));
        assertTrue(error < 0.1, "Mattes mutual information: mean displacement error " + error + " mm");
        final BufferedDataTable longer = NodeModelTestDriver.table(spec("later"),
            new DefaultRow(RowKey.createRowKey(0L), cell(MOVING)), new DefaultRow(RowKey.createRowKey(1L), cell(MOVING)));
        final Exception e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(node(), first, longer));
        assertTrue(e.getMessage().contains("2 rows"), e.getMessage());
    }

    @Test
    void volumesThatDoNotOverlapFailNamingTheRow() throws Exception {
        final Geometry far = new Geometry(64, 64, 20, new double[] {1000, 1000, 1000}, new double[] {1.5, 1.5, 3},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final BufferedDataTable in = NodeModelTestDriver.table(spec("fixed", "moving"),
            new DefaultRow(RowKey.createRowKey(0L), cell(FIXED), cell(Volume.map(far, MOVING.copyOfVolume(0)))));
        final Exception e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(node(), in, null));
        assertTrue(e.getMessage().contains("Row 'Row0'") && e.getMessage().contains("overlap"), e.getMessage());
    }

    @Test
    void aColumnThatIsNotAVolumeIsRefusedAtConfigure() throws Exception {
        final DataTableSpec in = new DataTableSpec(new DataColumnSpecCreator("fixed", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("moving", org.knime.core.data.def.StringCell.TYPE).createSpec());
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node(), in, null));
        assertTrue(e.getMessage().contains("'moving'"), e.getMessage());
    }

    @Test
    void settingsSurviveAWorkflowSave() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("metric", RigidRegistrationSettings.CORRELATION),
            new RigidRegistrationNodeFactory().createNodeModel());
    }
}
