package org.qmrinodes.knime.images.coil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
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
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;

class CoilCombinationNodeModelTest {

    private static final Geometry GRID = new Geometry(2, 1, 1, new double[] {0, 0, 0}, new double[] {1, 1, 3},
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    private static final List<AcquisitionParameters> ECHOES = List.of(echo(5), echo(10));

    private static AcquisitionParameters echo(final double te) {
        return new AcquisitionParameters(Double.NaN, te, Double.NaN, Double.NaN, 50, Double.NaN, false);
    }

    /** A channel: two voxels, two echoes. */
    private static Volume channel(final List<AcquisitionParameters> echoes, final float... values) {
        final Volume.Builder b = Volume.builder(GRID, echoes);
        for (int e = 0; e < echoes.size(); e++) {
            b.setSlice(0, e, new float[] {values[2 * e], values[2 * e + 1]});
        }
        return b.build();
    }

    private static BufferedDataTable channels(final Object[]... rows) {
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("series", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("channel", VolumeCell.TYPE).createSpec());
        final List<DefaultRow> out = new ArrayList<>();
        for (final Object[] r : rows) {
            final SeriesInfo info = new SeriesInfo("P1", "1.2", "1.2." + out.size(), out.size(), "T2star", "MR", "TEST");
            out.add(new DefaultRow(RowKey.createRowKey((long)out.size()),
                r[0] == null ? DataType.getMissingCell() : new StringCell((String)r[0]),
                r[1] == null ? DataType.getMissingCell() : (DataCell)new VolumeCell((Volume)r[1], info)));
        }
        return NodeModelTestDriver.table(spec, out.toArray(DefaultRow[]::new));
    }

    private static CoilCombinationNodeModel node(final String... keyValues) throws InvalidSettingsException {
        final CoilCombinationNodeModel m = new CoilCombinationNodeFactory().createNodeModel();
        final String[] all = new String[keyValues.length + 4];
        System.arraycopy(new String[] {"volume_column", "channel", "group_column", "series"}, 0, all, 0, 4);
        System.arraycopy(keyValues, 0, all, 4, keyValues.length);
        configureSettings(m, all);
        return m;
    }

    @Test
    void rootSumOfSquaresPerGroupAndEcho() throws Exception {
        final BufferedDataTable in = channels(new Object[] {"A", channel(ECHOES, 3, 6, 1, 0)},
            new Object[] {"B", channel(ECHOES, 2, 2, 2, 2)}, new Object[] {"A", channel(ECHOES, 4, 8, 1, 0)},
            new Object[] {"A", null}, new Object[] {"B", channel(ECHOES, 1, 4, 2, Float.NaN)});
        final CoilCombinationNodeModel m = node();
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertEquals(List.of("A", "B"), texts(out, "series"));
        assertEquals(List.of("2", "2"), texts(out, "channels"));
        final Volume a = ((VolumeValue)column(out, "combined").get(0)).getVolume();
        assertArrayEquals(new float[] {5, 10}, a.copyOfVolume(0), 1e-6f);
        assertArrayEquals(new float[] {(float)Math.sqrt(2), 0}, a.copyOfVolume(1), 1e-6f);
        assertEquals(ECHOES, a.parameters());
        final Volume b = ((VolumeValue)column(out, "combined").get(1)).getVolume();
        assertArrayEquals(new float[] {(float)Math.sqrt(5), (float)Math.sqrt(20)}, b.copyOfVolume(0), 1e-6f);
        assertTrue(Float.isNaN(b.copyOfVolume(1)[1]));
        assertEquals("1.2.0", ((VolumeValue)column(out, "combined").get(0)).getSeriesInfo().seriesUid());
        assertEquals("1 rows without a volume were left out (row 'Row3').", NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void channelsWithOtherEchoesOrNoGroupAreNamed() throws Exception {
        final BufferedDataTable echoes = channels(new Object[] {"A", channel(ECHOES, 3, 6, 1, 0)},
            new Object[] {"A", channel(List.of(echo(5), echo(12)), 4, 8, 1, 0)});
        final Exception e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(node(), echoes));
        assertTrue(e.getMessage().startsWith("Group 'A' (rows 'Row0', 'Row1'): channel 2 has other volumes"),
            e.getMessage());
        final BufferedDataTable noGroup = channels(new Object[] {null, channel(ECHOES, 3, 6, 1, 0)});
        assertTrue(assertThrows(Exception.class, () -> NodeModelTestDriver.execute(node(), noGroup)).getMessage()
            .contains("Row 'Row0' has no group"));
        final DataTableSpec spec = noGroup.getDataTableSpec();
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("output_column", "channels"), spec)).getMessage().contains("taken"));
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("output_column", "t2star_rss"),
            new CoilCombinationNodeFactory().createNodeModel());
    }
}
