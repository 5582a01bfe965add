package org.qmrinodes.knime.images.mapmath;

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
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;

class MapArithmeticNodeModelTest {

    private static final SeriesInfo PRE = new SeriesInfo("P1", "1.2", "1.2.3", 5, "T1 map pre", "MR", "TEST");
    private static final SeriesInfo POST = new SeriesInfo("P1", "1.2", "1.2.4", 9, "T1 map post", "MR", "TEST");
    private static final Geometry GRID = new Geometry(3, 2, 1, new double[] {0, 0, 0}, new double[] {0.8, 0.8, 3},
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    private static final float NAN = Float.NaN;
    /** T1 pre and post (ms): a zero pre value, a NaN pre value, an infinite post value outside the mask. */
    private static final float[] T1_PRE = {1000, 1200, 0, NAN, 800, 1500};
    private static final float[] T1_POST = {600, 900, 500, 700, Float.POSITIVE_INFINITY, 1500};
    private static final int[] VOI = {1, 1, 1, 1, 0, 1};

    private static BufferedDataTable maps(final Volume pre, final Volume post, final boolean withMask) {
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("pre", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("post", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("voi", MaskCell.TYPE).createSpec());
        final DataCell mask = withMask ? new MaskCell(new Mask(GRID, VOI), "voi.nii.gz") : DataType.getMissingCell();
        return NodeModelTestDriver.table(spec, new DefaultRow(RowKey.createRowKey(0L), new VolumeCell(pre, PRE),
            post == null ? DataType.getMissingCell() : new VolumeCell(post, POST), mask));
    }

    private static MapArithmeticNodeModel node(final String... keyValues) throws InvalidSettingsException {
        final MapArithmeticNodeModel m = new MapArithmeticNodeFactory().createNodeModel();
        final String[] all = new String[keyValues.length + 4];
        System.arraycopy(new String[] {"pre_column", "pre", "post_column", "post"}, 0, all, 0, 4);
        System.arraycopy(keyValues, 0, all, 4, keyValues.length);
        configureSettings(m, all);
        return m;
    }

    private static float[] derived(final BufferedDataTable out, final String column) {
        final VolumeValue v = (VolumeValue)column(out, column).get(0);
        assertTrue(v.getVolume().geometry().sameGrid(GRID, 1e-12));
        assertEquals(PRE, v.getSeriesInfo());
        return v.getVolume().copyOfVolume(0);
    }

    @Test
    void deltaT1InsideTheMaskCountsTheInvalidVoxels() throws Exception {
        final MapArithmeticNodeModel m = node("mask_column", "voi", "output_column", "delta_T1");
        final BufferedDataTable in = maps(Volume.map(GRID, T1_PRE), Volume.map(GRID, T1_POST), true);
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertArrayEquals(new float[] {400, 300, -500, NAN, NAN, 0}, derived(out, "delta_T1"), 0);
        assertEquals("pre - post", texts(out, "map_formula").get(0));
        assertArrayEquals(new double[] {4}, doubles(out, "computed_voxels"));
        assertArrayEquals(new double[] {1}, doubles(out, "invalid_input_voxels"));
        assertArrayEquals(new double[] {0}, doubles(out, "zero_denominator_voxels"));
        assertEquals("voxels left out (NaN): 1 with a non-finite input, 0 with a zero denominator (see the count "
            + "columns).", NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void relativeReductionInPercentAndBothSignsOfTheRelativeChange() throws Exception {
        final BufferedDataTable in = maps(Volume.map(GRID, T1_PRE), Volume.map(GRID, T1_POST), true);
        final MapArithmeticNodeModel percent = node("operation", "reduction-relative-to-pre", "percent", "true");
        BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(percent, in)[0];
        // every voxel (no mask column chosen): 40 %, 25 %, pre 0, pre NaN, post infinite, no change
        assertArrayEquals(new float[] {40, 25, NAN, NAN, NAN, 0}, derived(out, "derived_map"), 1e-4f);
        assertEquals("(pre - post) / pre x 100", texts(out, "map_formula").get(0));
        assertArrayEquals(new double[] {3, 2, 1}, new double[] {doubles(out, "computed_voxels")[0],
            doubles(out, "invalid_input_voxels")[0], doubles(out, "zero_denominator_voxels")[0]});
        final MapArithmeticNodeModel change = node("operation", "change-relative-to-pre");
        out = (BufferedDataTable)NodeModelTestDriver.execute(change, in)[0];
        assertArrayEquals(new float[] {-0.4f, -0.25f, NAN, NAN, NAN, 0}, derived(out, "derived_map"), 1e-7f);
        final MapArithmeticNodeModel subtraction = node("operation", "subtraction", "percent", "true");
        out = (BufferedDataTable)NodeModelTestDriver.execute(subtraction, in)[0];
        assertArrayEquals(new float[] {-400, -300, 500, NAN, NAN, 0}, derived(out, "derived_map"), 0);
        assertEquals("post - pre", texts(out, "map_formula").get(0));
    }

    @Test
    void mismatchedGridsAndFourDimensionalMapsAreNamedMissingMapsCounted() throws Exception {
        final Geometry other = new Geometry(3, 2, 1, new double[] {5, 0, 0}, new double[] {0.8, 0.8, 3},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final Exception grid = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(node(),
            maps(Volume.map(GRID, T1_PRE), Volume.map(other, T1_POST), false)));
        assertTrue(grid.getMessage().startsWith("Row 'Row0': pre and post maps are on different grids")
            && grid.getMessage().contains("Series Pairing"), grid.getMessage());
        final Volume.Builder b = Volume.builder(GRID, java.util.List.of(
            org.qmrinodes.core.image.AcquisitionParameters.UNKNOWN, org.qmrinodes.core.image.AcquisitionParameters.UNKNOWN));
        final Exception fourD = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(node(),
            maps(b.build(), Volume.map(GRID, T1_POST), false)));
        assertTrue(fourD.getMessage().contains("2 and 1 volumes"), fourD.getMessage());
        final MapArithmeticNodeModel m = node();
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m,
            maps(Volume.map(GRID, T1_PRE), null, false))[0];
        assertTrue(column(out, "derived_map").get(0).isMissing());
        assertEquals("1 rows without a pre map, post map or mask got missing cells (row 'Row0').",
            NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void configureChecksTheColumns() throws Exception {
        final DataTableSpec spec = maps(Volume.map(GRID, T1_PRE), null, false).getDataTableSpec();
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("post_column", "pre"), spec)).getMessage().contains("the same"));
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("mask_column", "pre"), spec)).getMessage().contains("mask"));
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("output_column", "voi"), spec)).getMessage().contains("'voi'"));
        assertThrows(InvalidSettingsException.class, () -> node("operation", "ratio"));
        final MapArithmeticNodeModel fine = node();
        NodeModelTestDriver.configure(fine, spec);
        assertNull(NodeModelTestDriver.warningMessage(fine));
    }

    @Test
    void streamedRowByRowAndInPartitionsItGivesTheSameTable() throws Exception {
        final java.util.List<DefaultRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            final float[] pre = T1_PRE.clone();
            pre[0] += 100 * i;
            rows.add(new DefaultRow(RowKey.createRowKey((long)i), new VolumeCell(Volume.map(GRID, pre), PRE),
                i == 3 ? DataType.getMissingCell() : new VolumeCell(Volume.map(GRID, T1_POST), POST),
                new MaskCell(new Mask(GRID, VOI), "voi.nii.gz")));
        }
        final BufferedDataTable in = NodeModelTestDriver.table(maps(Volume.map(GRID, T1_PRE), null, true)
            .getDataTableSpec(), rows.toArray(DefaultRow[]::new));
        final BufferedDataTable out = org.qmrinodes.knime.common.StreamingTestSupport.assertStreamsAsItExecutes(
            node("mask_column", "voi", "operation", "reduction-relative-to-pre"), in);
        assertEquals(5, out.size());
        assertTrue(column(out, "derived_map").get(3).isMissing());
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("operation", "subtraction", "label", "2"),
            new MapArithmeticNodeFactory().createNodeModel());
    }
}
