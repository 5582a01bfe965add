package org.qmrinodes.knime.clinical.repeated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.qmrinodes.core.data.ResultTable;

class RepeatedMeasurementsNodeModelTest {

    private static final double NA = Double.NaN;

    /** Three ROI placements per reader (QIMS26): lesion, reader, T1 and T2 of each placement. */
    private static BufferedDataTable placements() {
        return table(ResultTable.builder(ResultTable.text("lesion"), ResultTable.text("reader"), ResultTable.real("T1"),
            ResultTable.real("T2"))
            .row("L1", "A", 100.0, 60.0).row("L1", "A", 110.0, 62.0).row("L1", "A", 130.0, 61.0)
            .row("L1", "B", 90.0, 70.0).row("L1", "B", 95.0, 72.0).row("L1", "B", 200.0, 80.0)
            .row("L2", "A", 50.0, 30.0).row("L2", "A", NA, 34.0).row("L2", "A", 70.0, 31.0)
            .row("L2", "B", 40.0, 33.0).row("L2", "B", 44.0, 33.0).row("L2", "B", 48.0, 36.0)
            .row("L3", "A", NA, 20.0).row("L3", "A", NA, 22.0).row("L3", "B", 10.0, 24.0).build());
    }

    private static RepeatedMeasurementsNodeModel node(final String... keyValues) throws InvalidSettingsException {
        final RepeatedMeasurementsNodeModel m = new RepeatedMeasurementsNodeFactory().createNodeModel();
        final String[] all = new String[keyValues.length + 2];
        all[0] = "case_column";
        all[1] = "lesion";
        System.arraycopy(keyValues, 0, all, 2, keyValues.length);
        configureSettings(m, all);
        return m;
    }

    @Test
    void medianOfThreePlacementsPerReaderThenMeanOfTheReaders() throws Exception {
        final RepeatedMeasurementsNodeModel m = node("reader_column", "reader");
        final BufferedDataTable in = placements();
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertEquals(List.of("lesion", "readers", "measurements", "T1", "T2", "aggregation_rule"),
            List.of(spec.getColumnNames()));
        assertEquals(List.of("L1", "L2", "L3"), texts(out, "lesion"));
        // L1: A median 110, B median 95; L2: A median of (50, 70) = 60, B 44; L3: A has no value, B 10
        assertArrayEquals(new double[] {102.5, 52.0, 10.0}, doubles(out, "T1"), 1e-12);
        // L1: A 61, B 72; L2: A 31, B 33; L3: A median of (20, 22) = 21, B 24
        assertArrayEquals(new double[] {66.5, 32.0, 22.5}, doubles(out, "T2"), 1e-12);
        assertEquals(List.of("2", "2", "2"), texts(out, "readers"));
        assertEquals(List.of("6", "6", "3"), texts(out, "measurements"));
        assertEquals("median of the repeats per case and reader, then mean across readers",
            texts(out, "aggregation_rule").get(0));
        assertEquals("T1: 3 missing values left out.", NodeModelTestDriver.warningMessage(m));
        final List<String> keys = new ArrayList<>();
        out.forEach(r -> keys.add(r.getKey().getString()));
        assertEquals(List.of("L1", "L2", "L3"), keys);
    }

    @Test
    void meanOfTheRepeatsWithoutReadersAndACaseWithoutAnyValue() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("lesion"), ResultTable.real("ADC"))
            .row("L1", 1.0).row("L1", 1.5).row("L2", NA).row("L2", NA).build());
        final RepeatedMeasurementsNodeModel m = node("repeats_rule", "mean");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertArrayEquals(new double[] {1.25, NA}, doubles(out, "ADC"), 0);
        assertEquals(List.of("lesion", "measurements", "ADC", "aggregation_rule"),
            List.of(out.getDataTableSpec().getColumnNames()));
        assertEquals("mean of the repeats per case", texts(out, "aggregation_rule").get(0));
        assertEquals("ADC: 2 missing values left out, 1 cases without any value.", NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void medianOfReadersAndNoWarningWhenComplete() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("lesion"), ResultTable.text("reader"),
            ResultTable.real("v")).row("L1", "A", 1.0).row("L1", "B", 2.0).row("L1", "C", 10.0).build());
        final RepeatedMeasurementsNodeModel m = node("reader_column", "reader", "readers_rule", "median");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertArrayEquals(new double[] {2.0}, doubles(out, "v"), 0);
        assertNull(NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void aRowWithoutCaseOrReaderIsNamed() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("lesion"), ResultTable.text("reader"),
            ResultTable.real("v")).row("L1", "A", 1.0).row("L1", null, 2.0).build());
        final Exception e = assertThrows(Exception.class,
            () -> NodeModelTestDriver.execute(node("reader_column", "reader"), in));
        assertTrue(e.getMessage().contains("Row 'Row1' has no reader"), e.getMessage());
    }

    @Test
    void configureRefusesClashesAndMissingChoices() throws Exception {
        final DataTableSpec spec = table(ResultTable.builder(ResultTable.text("lesion"), ResultTable.real("measurements"))
            .build()).getDataTableSpec();
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(node(), spec))
            .getMessage().contains("two columns 'measurements'"));
        final DataTableSpec textOnly = table(ResultTable.builder(ResultTable.text("lesion")).build()).getDataTableSpec();
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(node(), textOnly))
            .getMessage().contains("numeric measurement column"));
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("reader_column", "lesion"), textOnly)).getMessage()
            .contains("cannot be the case column"));
        assertThrows(InvalidSettingsException.class, () -> node("repeats_rule", "mode"));
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("reader_column", "reader", "readers_rule", "median"),
            new RepeatedMeasurementsNodeFactory().createNodeModel());
    }
}
