package org.qmrinodes.knime.clinical.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.qmrinodes.core.data.ResultTable;

class BinaryEndpointNodeModelTest {

    /** Seven lesions of five patients: label, lesion type, patient, diameter. */
    private static BufferedDataTable lesions() {
        return table(ResultTable.builder(ResultTable.text("her2_status"), ResultTable.text("type"),
            ResultTable.text("patient"), ResultTable.real("diameter"))
            .row("HER2-low", "mass", "P1", 21.0)
            .row("HER2-zero", "mass", "P2", 15.0)
            .row("HER2-positive", "NME", "P3", 30.0)
            .row("HER2-low", "NME", "P4", 12.0)
            .row("unclassifiable", "mass", "P5", 18.0)
            .row("HER2-low", "mass", "P1", 9.0)
            .row(null, "mass", "P2", 16.0).build());
    }

    private static BinaryEndpointNodeModel node(final String... keyValues) throws InvalidSettingsException {
        final BinaryEndpointNodeModel m = new BinaryEndpointNodeFactory().createNodeModel();
        final String[] all = new String[keyValues.length + 2];
        all[0] = "label_column";
        all[1] = "her2_status";
        System.arraycopy(keyValues, 0, all, 2, keyValues.length);
        configureSettings(m, all);
        return m;
    }

    private static List<Integer> endpoint(final BufferedDataTable out, final String column) {
        return column(out, column).stream().map(c -> c.isMissing() ? null : Integer.valueOf(c.toString())).toList();
    }

    @Test
    void lowVersusZeroLeavesTheThirdGroupEmptyAndCountsEveryReason() throws Exception {
        final BinaryEndpointNodeModel m = node();
        final BufferedDataTable in = lesions();
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertEquals(Arrays.asList(1, 0, null, 1, null, 1, null), endpoint(out, "endpoint"));
        assertEquals(Arrays.asList(null, null, "label 'HER2-positive' not in the pair", null,
            "label 'unclassifiable' not in the pair", null, "no label"), texts(out, "endpoint_excluded"));
        assertEquals("1 = HER2-low, 0 = HER2-zero (from 'her2_status')", texts(out, "endpoint_rule").get(0));
        assertEquals("3 rows with endpoint 1 (HER2-low), 1 with 0 (HER2-zero), 3 without an endpoint: "
            + "1 label 'HER2-positive' not in the pair, 1 label 'unclassifiable' not in the pair, 1 no label",
            NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void positiveVersusNegativePutsLowAndZeroTogether() throws Exception {
        final BinaryEndpointNodeModel m = node("pair", "HER2-positive vs HER2-negative", "endpoint_column", "her2_pos");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, lesions())[0];
        assertEquals(Arrays.asList(0, 0, 1, 0, null, 0, null), endpoint(out, "her2_pos"));
        assertEquals("1 = HER2-positive, 0 = HER2-low or HER2-zero (from 'her2_status')",
            texts(out, "endpoint_rule").get(0));
    }

    @Test
    void largestLesionPerPatientThenTheSubgroupAndRemovedRows() throws Exception {
        final BinaryEndpointNodeModel m = node("patient_column", "patient", "size_column", "diameter", "subgroup_column",
            "type", "subgroups", "mass", "without_endpoint", "remove");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, lesions())[0];
        // P1: the 21 mm lesion, not the 9 mm one; P2: the 16 mm lesion, which has no label; P3, P4: NME
        final List<String> keys = new java.util.ArrayList<>();
        out.forEach(r -> keys.add(r.getKey().getString()));
        assertEquals(List.of("Row0"), keys);
        assertEquals(List.of(1), endpoint(out, "endpoint"));
        assertEquals("1 rows with endpoint 1 (HER2-low), 0 with 0 (HER2-zero), 6 without an endpoint (removed): "
            + "2 not the largest lesion of the patient, 2 subgroup 'NME' not kept, "
            + "1 label 'unclassifiable' not in the pair, 1 no label", NodeModelTestDriver.warningMessage(m));
        assertEquals("1 = HER2-low, 0 = HER2-zero (from 'her2_status'); largest lesion per patient ('patient') by "
            + "'diameter'; type in [mass]", texts(out, "endpoint_rule").get(0));
    }

    @Test
    void customLabelsAndEveryCaseWithAnEndpointGivesNoWarning() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("her2_status"))
            .row("over ").row("low").row("zero").build());
        final BinaryEndpointNodeModel m = node("pair", "custom", "positive_labels", "over", "negative_labels", "low, zero");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(List.of(1, 0, 0), endpoint(out, "endpoint"));
        assertNull(NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void badSettingsAreNamedAtConfigure() throws Exception {
        final DataTableSpec spec = lesions().getDataTableSpec();
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("pair", "custom", "positive_labels", "a", "negative_labels", "a, b"),
                spec)).getMessage().contains("both"));
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("patient_column", "patient"), spec)).getMessage()
            .contains("both the patient and the lesion size"));
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("subgroup_column", "type"), spec)).getMessage()
            .contains("name the subgroups"));
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("endpoint_column", "patient"), spec)).getMessage()
            .contains("'patient'"));
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("label_column", "diameter"), spec)).getMessage()
            .contains("diameter"));
    }

    @Test
    void aLesionWithoutPatientIsNamed() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("her2_status"), ResultTable.text("patient"),
            ResultTable.real("d")).row("HER2-low", "P1", 3.0).row("HER2-zero", null, 4.0).build());
        final Exception e = assertThrows(Exception.class,
            () -> NodeModelTestDriver.execute(node("patient_column", "patient", "size_column", "d"), in));
        assertTrue(e.getMessage().contains("Row 'Row1' has no patient"), e.getMessage());
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("pair", "HER2-positive vs HER2-low", "subgroups", "mass"),
            new BinaryEndpointNodeFactory().createNodeModel());
    }
}
