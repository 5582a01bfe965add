package org.qmrinodes.knime.evaluation.delong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.demoTable;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;

class DelongComparisonNodeModelTest {

    private static DelongComparisonNodeModel model(final String... extra) throws InvalidSettingsException {
        final DelongComparisonNodeModel m = new DelongComparisonNodeFactory().createNodeModel();
        final String[] base = {"outcome_column", "low_vs_over", "positive_class", "HER2-over"};
        final String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        configureSettings(m, all);
        return m;
    }

    @Test
    void secondInputIsOptional() {
        final DelongComparisonNodeModel m = new DelongComparisonNodeFactory().createNodeModel();
        assertEquals(2, NodeModelTestDriver.inPortTypes(m).size());
        assertTrue(NodeModelTestDriver.inPortTypes(m).get(1).isOptional());
    }

    @Test
    void allPairsOfTheDemoFeatures() throws Exception {
        final DelongComparisonNodeModel m = model();
        final PortObject[] out = NodeModelTestDriver.execute(m, demoTable(), null);
        final BufferedDataTable paired = (BufferedDataTable)out[0];
        assertEquals(36, paired.size(), "9 features, 36 pairs");
        assertEquals(0, ((BufferedDataTable)out[1]).size(), "no second table, no unpaired rows");
        assertEquals(List.of("score_a", "score_b", "auc_a", "auc_b", "difference", "z", "p_value"),
            List.of(paired.getDataTableSpec().getColumnNames()).subList(0, 7));
    }

    @Test
    void referenceModeWithHolmAdjustment() throws Exception {
        final DelongComparisonNodeModel m =
            model("comparisons", DelongComparisonSettings.AGAINST_REFERENCE, "reference_column", "Kapp_entropy",
                "p_adjustment", "holm");
        final BufferedDataTable paired = (BufferedDataTable)NodeModelTestDriver.execute(m, demoTable(), null)[0];
        assertEquals(8, paired.size());
        assertTrue(texts(paired, "score_a").stream().allMatch("Kapp_entropy"::equals));
        final double[] p = doubles(paired, "p_value");
        final double[] adjusted = doubles(paired, "p_adjusted");
        final double smallest = java.util.Arrays.stream(p).min().orElseThrow();
        for (int i = 0; i < p.length; i++) {
            assertTrue(adjusted[i] >= p[i]);
            if (p[i] == smallest) {
                assertEquals(Math.min(1, 8 * smallest), adjusted[i], 1e-15);
            }
        }
    }

    @Test
    void referenceMustBeChosenAndSelected() {
        final DataTableSpec spec = demoTable().getDataTableSpec();
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver
            .configure(model("comparisons", DelongComparisonSettings.AGAINST_REFERENCE), spec, null));
        assertTrue(e.getMessage().contains("reference"), e.getMessage());
    }

    @Test
    void nodeReproducesProcPairedAndUnpairedTests() throws Exception {
        final CsvTable moderate = CsvTable.read(CsvTable.validationDir().resolve("roc/data/moderate.csv"));
        final DelongComparisonNodeModel m = new DelongComparisonNodeFactory().createNodeModel();
        configureSettings(m, "outcome_column", "outcome", "positive_class", "HER2-over");
        final BufferedDataTable paired = (BufferedDataTable)NodeModelTestDriver.execute(m, table(moderate), null)[0];
        final CsvTable golden = CsvTable.read(CsvTable.validationDir().resolve("roc/golden/delong_paired.csv"));
        int row = 0;
        for (int g = 0; g < golden.size(); g++) {
            if (golden.text(g, "dataset").equals("moderate")) {
                assertEquals(golden.text(g, "score_a"), texts(paired, "score_a").get(row));
                assertRelative(golden.number(g, "z"), doubles(paired, "z")[row], 1e-9, 0, "z");
                assertRelative(golden.number(g, "p_value"), doubles(paired, "p_value")[row], 1e-9, 0, "p");
                row++;
            }
        }
        assertEquals(3, row);

        final CsvTable a = CsvTable.read(CsvTable.validationDir().resolve("roc/data/unpaired_a.csv"));
        final CsvTable b = CsvTable.read(CsvTable.validationDir().resolve("roc/data/unpaired_b.csv"));
        final DelongComparisonNodeModel u = new DelongComparisonNodeFactory().createNodeModel();
        configureSettings(u, "outcome_column", "outcome", "positive_class", "HER2-over", "comparisons",
            DelongComparisonSettings.AGAINST_REFERENCE, "reference_column", "s1");
        final PortObject[] out = NodeModelTestDriver.execute(u, withCopy(a), withCopy(b));
        final BufferedDataTable unpaired = (BufferedDataTable)out[1];
        final CsvTable gu = CsvTable.read(CsvTable.validationDir().resolve("roc/golden/delong_unpaired.csv"));
        final int s1 = texts(unpaired, "score_a").indexOf("s1 [first table]");
        assertRelative(gu.number(0, "z"), doubles(unpaired, "z")[s1], 1e-9, 0, "z");
        assertRelative(gu.number(0, "p_value"), doubles(unpaired, "p_value")[s1], 1e-9, 0, "p");
        assertRelative(gu.number(0, "df"), doubles(unpaired, "df")[s1], 1e-9, 0, "df");
    }

    /** The unpaired data sets have one score; a shifted copy makes a second one for the paired port. */
    private static BufferedDataTable withCopy(final CsvTable t) {
        final ResultTable.Builder b =
            ResultTable.builder(ResultTable.text("outcome"), ResultTable.real("s1"), ResultTable.real("s1_copy"));
        for (int r = 0; r < t.size(); r++) {
            b.row(t.text(r, "outcome"), t.number(r, "s1"), t.number(r, "s1") * 2 + 1);
        }
        return table(b.build());
    }

    @Test
    void secondTableMustHaveTheSameColumns() {
        final ResultTable other = ResultTable.builder(ResultTable.text("low_vs_over"), ResultTable.real("ADC_mean"))
            .row("HER2-low", 1.0).build();
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver
            .configure(model(), demoTable().getDataTableSpec(), table(other).getDataTableSpec()));
        assertTrue(e.getMessage().contains("second table has no score column"), e.getMessage());
    }

    @Test
    void configureNeedsTwoScoresForPairs() throws Exception {
        final ResultTable one = ResultTable.builder(ResultTable.text("y"), ResultTable.real("s"))
            .row("a", 1.0).row("b", 2.0).build();
        final DelongComparisonNodeModel m = new DelongComparisonNodeFactory().createNodeModel();
        configureSettings(m, "outcome_column", "y");
        final PortObjectSpec spec = table(one).getDataTableSpec();
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(m, spec, null))
            .getMessage().contains("at least two"));
    }

    @Test
    void executionCanBeCancelled() throws Exception {
        assertThrows(CanceledExecutionException.class,
            () -> NodeModelTestDriver.execute(model(), NodeModelTestDriver.cancelledAfter(1), demoTable(), null));
    }
}
