package org.qmrinodes.knime.clinical.receptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
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
import org.knime.core.node.NodeSettings;
import org.qmrinodes.core.data.ResultTable;

class ReceptorStatusNodeModelTest {

    private static final double NA = Double.NaN;

    /** ER, PR and Ki-67 of six cases: cut-off values, a missing one, Ki-67 with median 40. */
    private static BufferedDataTable cases() {
        return table(ResultTable.builder(ResultTable.real("er"), ResultTable.real("pr"), ResultTable.real("ki67"))
            .row(0.0, 0.0, 10.0).row(1.0, 0.0, 20.0).row(0.5, 30.0, 40.0).row(95.0, NA, 40.0).row(NA, 0.0, 60.0)
            .row(NA, NA, 80.0).build());
    }

    private static ReceptorStatusNodeModel node(final String... keyValues) throws InvalidSettingsException {
        final ReceptorStatusNodeModel m = new ReceptorStatusNodeFactory().createNodeModel();
        configureSettings(m, keyValues);
        return m;
    }

    private static List<String> nullIsMissing(final String... values) {
        return Arrays.asList(values);
    }

    @Test
    void defaultsArePositiveAtOnePercentAndKi67HighAboveFourteen() throws Exception {
        final ReceptorStatusNodeModel m = node("er_column", "er", "pr_column", "pr", "ki67_column", "ki67");
        final BufferedDataTable in = cases();
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertEquals(List.of("er", "pr", "ki67", "er_status", "pr_status", "hr_status", "ki67_status", "receptor_rule"),
            List.of(out.getDataTableSpec().getColumnNames()));
        assertEquals(nullIsMissing("negative", "positive", "negative", "positive", null, null), texts(out, "er_status"));
        assertEquals(nullIsMissing("negative", "negative", "positive", null, "negative", null), texts(out, "pr_status"));
        // HR: positive when either is, negative only when both are known negative
        assertEquals(nullIsMissing("negative", "positive", "positive", "positive", null, null), texts(out, "hr_status"));
        assertEquals(List.of("low", "high", "high", "high", "high", "high"), texts(out, "ki67_status"));
        assertEquals("ER positive >= 1 %; PR positive >= 1 %; HR positive when ER or PR is; Ki-67 high > 14 %",
            texts(out, "receptor_rule").get(0));
        assertEquals("Missing percentages give a missing status: 2 without er, 2 without pr.",
            NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void strictReceptorCutoffAndTheCohortMedianTieRule() throws Exception {
        final ReceptorStatusNodeModel strict = node("er_column", "er", "receptor_inclusive", "false");
        BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(strict, cases())[0];
        assertEquals(nullIsMissing("negative", "negative", "negative", "positive", null, null), texts(out, "er_status"));
        assertEquals("ER positive > 1 %", texts(out, "receptor_rule").get(0));

        final ReceptorStatusNodeModel median = node("ki67_column", "ki67", "ki67_rule", "cohort median",
            "ki67_inclusive", "true");
        out = (BufferedDataTable)NodeModelTestDriver.execute(median, cases())[0];
        assertEquals(List.of("low", "low", "high", "high", "high", "high"), texts(out, "ki67_status"));
        assertEquals("Ki-67 high >= cohort median (40 % of 6 values)", texts(out, "receptor_rule").get(0));
        assertNull(NodeModelTestDriver.warningMessage(median));
        assertEquals(List.of("ki67", "ki67_status", "receptor_rule"),
            List.of(out.getDataTableSpec().getColumnNames()).subList(2, 5));

        final ReceptorStatusNodeModel medianStrict = node("ki67_column", "ki67", "ki67_rule", "cohort median");
        out = (BufferedDataTable)NodeModelTestDriver.execute(medianStrict, cases())[0];
        assertEquals(List.of("low", "low", "low", "low", "high", "high"), texts(out, "ki67_status"));
    }

    @Test
    void aValueThatIsNotAPercentageNamesTheRowAndColumn() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.real("ki67")).row(12.0).row(120.0).build());
        final Exception e = assertThrows(Exception.class,
            () -> NodeModelTestDriver.execute(node("ki67_column", "ki67"), in));
        assertTrue(e.getMessage().contains("Row 'Row1', column 'ki67'") && e.getMessage().contains("120"), e.getMessage());
        final BufferedDataTable empty = table(ResultTable.builder(ResultTable.real("ki67")).row(NA).build());
        final Exception none = assertThrows(Exception.class,
            () -> NodeModelTestDriver.execute(node("ki67_column", "ki67", "ki67_rule", "cohort median"), empty));
        assertTrue(none.getMessage().contains("'ki67'") && none.getMessage().contains("median"), none.getMessage());
    }

    @Test
    void configureNeedsANumericColumnAndFreeOutputNames() throws Exception {
        final DataTableSpec spec = table(ResultTable.builder(ResultTable.real("er"), ResultTable.text("pr"),
            ResultTable.text("er_status")).build()).getDataTableSpec();
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(node(), spec))
            .getMessage().contains("at least one"));
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("pr_column", "pr"), spec)).getMessage().contains("PR column 'pr'"));
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node("er_column", "er"), spec)).getMessage().contains("er_status"));
        assertThrows(InvalidSettingsException.class, () -> node("ki67_rule", "tertiles"));
    }

    /** Each study's rule of {@code validation/clinical/receptor_truth_table.csv}, through the node's settings. */
    @Test
    void theStudiesRulesReproduceTheTruthTable() throws Exception {
        final org.qmrinodes.core.testing.CsvTable truth = org.qmrinodes.core.testing.CsvTable.read(
            org.qmrinodes.core.testing.CsvTable.validationDir().resolve("clinical/receptor_truth_table.csv"));
        final java.util.Map<String, List<Integer>> rules = new java.util.LinkedHashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            if (!"error".equals(truth.text(i, "expected"))) {
                rules.computeIfAbsent(truth.text(i, "rule"), r -> new java.util.ArrayList<>()).add(i);
            }
        }
        assertEquals(6, rules.size());
        for (final java.util.Map.Entry<String, List<Integer>> rule : rules.entrySet()) {
            final int first = rule.getValue().get(0);
            final boolean ki67 = truth.text(first, "marker").equals("Ki-67");
            final ResultTable.Builder b = ResultTable.builder(ResultTable.real("percent"));
            rule.getValue().forEach(i -> b.row(truth.number(i, "percent")));
            final String cutoff = Double.toString(truth.number(first, "cutoff"));
            final String inclusive = truth.text(first, "inclusive");
            final ReceptorStatusNodeModel m = ki67
                ? node("ki67_column", "percent", "ki67_cutoff", cutoff, "ki67_inclusive", inclusive)
                : node("er_column", "percent", "receptor_cutoff", cutoff, "receptor_inclusive", inclusive);
            final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, table(b.build()))[0];
            final List<String> expected = rule.getValue().stream().map(i -> truth.text(i, "expected"))
                .map(e -> e == null || e.isEmpty() ? null : e).toList();
            assertEquals(expected, texts(out, ki67 ? "ki67_status" : "er_status"), rule.getKey());
        }
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        final ReceptorStatusNodeModel m = new ReceptorStatusNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("ki67_column", "ki67");
        s.addDouble("ki67_cutoff", 30.0);
        NodeModelTestDriver.loadSettings(m, s);
        assertSettingsSurviveXmlRoundTrip(m, new ReceptorStatusNodeFactory().createNodeModel());
    }
}
