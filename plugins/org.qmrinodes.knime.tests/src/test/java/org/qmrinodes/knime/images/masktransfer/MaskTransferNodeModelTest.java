package org.qmrinodes.knime.images.masktransfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.cells.VolumeCell;

class MaskTransferNodeModelTest {

    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    /** The series the lesion was drawn on: 4 x 4 x 3 voxels of 1 mm from the origin. */
    private static final Geometry DRAWN = new Geometry(4, 4, 3, new double[] {0, 0, 0}, new double[] {1, 1, 1}, AXIAL);
    /** The map it is measured on: 3 x 3 x 3 voxels starting one voxel further in x and y. */
    private static final Geometry MAP = new Geometry(3, 3, 3, new double[] {1, 1, 0}, new double[] {1, 1, 1}, AXIAL);

    /** One voxel in slice 0, four in slice 1, two in slice 2. */
    private static Mask lesion() {
        final int[] labels = new int[48];
        for (final int[] v : new int[][] {{1, 1, 0}, {1, 1, 1}, {2, 1, 1}, {1, 2, 1}, {2, 2, 1}, {3, 3, 2}, {2, 3, 2}}) {
            labels[(v[2] * 4 + v[1]) * 4 + v[0]] = 1;
        }
        return new Mask(DRAWN, labels);
    }

    private static BufferedDataTable rows(final Geometry... targets) {
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("voi", MaskCell.TYPE).createSpec(),
            new DataColumnSpecCreator("map", VolumeCell.TYPE).createSpec());
        final List<DefaultRow> out = new ArrayList<>();
        for (final Geometry g : targets) {
            out.add(new DefaultRow(RowKey.createRowKey((long)out.size()), new MaskCell(lesion(), "lesion.nii.gz"),
                g == null ? DataType.getMissingCell() : new VolumeCell(Volume.map(g, new float[(int)g.voxelCount()]),
                    new SeriesInfo("P1", "1.2", "1.2.3", 3, "T2 map", "MR", "TEST"))));
        }
        return NodeModelTestDriver.table(spec, out.toArray(DefaultRow[]::new));
    }

    private static MaskTransferNodeModel node(final String... keyValues) throws InvalidSettingsException {
        final MaskTransferNodeModel m = new MaskTransferNodeFactory().createNodeModel();
        final String[] all = Arrays.copyOf(new String[] {"mask_column", "voi", "target_column", "map"},
            4 + keyValues.length);
        System.arraycopy(keyValues, 0, all, 4, keyValues.length);
        configureSettings(m, all);
        return m;
    }

    private static int[] labels(final BufferedDataTable out, final int row) {
        final Mask m = ((MaskValue)column(out, "transferred_mask").get(row)).getMask();
        assertTrue(m.geometry().sameGrid(MAP, 1e-9));
        return m.copyOfLabels();
    }

    private static int[] onMap(final int[]... voxels) {
        final int[] labels = new int[27];
        for (final int[] v : voxels) {
            labels[(v[2] * 3 + v[1]) * 3 + v[0]] = 1;
        }
        return labels;
    }

    @Test
    void theVoiIsPlacedOnTheMapThroughPatientCoordinates() throws Exception {
        final BufferedDataTable in = rows(MAP, null);
        final MaskTransferNodeModel m = node();
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertArrayEquals(onMap(new int[] {0, 0, 0}, new int[] {0, 0, 1}, new int[] {1, 0, 1}, new int[] {0, 1, 1},
            new int[] {1, 1, 1}, new int[] {2, 2, 2}, new int[] {1, 2, 2}), labels(out, 0));
        assertArrayEquals(new double[] {7, Double.NaN}, doubles(out, "roi_voxels"), 0);
        assertEquals(Arrays.asList("true", null), texts(out, "mask_resampled"));
        assertEquals("3D VOI of every non-zero label on the target grid", texts(out, "roi_rule").get(0));
        assertTrue(column(out, "roi_slice_index").get(0).isMissing());
        assertEquals("1 masks were resampled onto their target grid by nearest neighbour (row 'Row0'); 1 rows without a "
            + "mask or target volume got missing cells (row 'Row1').", NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void largestCrossSectionAndOneRowPerSlice() throws Exception {
        BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(node("roi", "largest cross-section"),
            rows(MAP))[0];
        assertArrayEquals(onMap(new int[] {0, 0, 1}, new int[] {1, 0, 1}, new int[] {0, 1, 1}, new int[] {1, 1, 1}),
            labels(out, 0));
        assertArrayEquals(new double[] {4}, doubles(out, "roi_voxels"), 0);
        assertEquals(List.of("1"), texts(out, "roi_slice_index"));
        out = (BufferedDataTable)NodeModelTestDriver.execute(node("roi", "every slice"), rows(MAP))[0];
        final List<String> keys = new ArrayList<>();
        out.forEach(r -> keys.add(r.getKey().getString()));
        assertEquals(List.of("Row0_slice0", "Row0_slice1", "Row0_slice2"), keys);
        assertArrayEquals(new double[] {1, 4, 2}, doubles(out, "roi_voxels"), 0);
        assertArrayEquals(onMap(new int[] {2, 2, 2}, new int[] {1, 2, 2}), labels(out, 2));
    }

    @Test
    void streamedRowByRowInPartitionsAsExecuted() throws Exception {
        final BufferedDataTable in = rows(MAP, null, MAP, MAP);
        for (final String roi : new String[] {"3D VOI", "largest cross-section", "every slice"}) {
            final BufferedDataTable out = org.qmrinodes.knime.common.StreamingTestSupport.assertStreamsAsItExecutes(
                node("roi", roi), in);
            assertEquals(roi.equals("every slice") ? 3 * 3 + 1 : 4, out.size(), roi);
        }
    }

    @Test
    void aTargetThatDoesNotCoverTheLesionIsNamed() throws Exception {
        final Geometry far = new Geometry(3, 3, 3, new double[] {10, 10, 0}, new double[] {1, 1, 1}, AXIAL);
        final Exception e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(node(), rows(MAP, far)));
        assertTrue(e.getMessage().startsWith("Row 'Row1': "), e.getMessage());
        final Exception label = assertThrows(Exception.class,
            () -> NodeModelTestDriver.execute(node("label", "2"), rows(MAP)));
        assertTrue(label.getMessage().startsWith("Row 'Row0': "), label.getMessage());
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("roi", "every slice", "label", "1"),
            new MaskTransferNodeFactory().createNodeModel());
    }
}
