package org.qmrinodes.knime.clinical.her2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;

class Her2StatusNodeModelTest {

    private static final CsvTable TRUTH = CsvTable.read(CsvTable.validationDir().resolve("clinical/her2_truth_table.csv"));

    /** @return the truth table rows of {@code rule}: IHC and FISH as text, ratio and copy number as numbers */
    private static BufferedDataTable truthRows(final String rule) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("ihc"), ResultTable.real("ratio"),
            ResultTable.real("copy_number"), ResultTable.text("fish_result"), ResultTable.text("expected"));
        for (int i = 0; i < TRUTH.size(); i++) {
            if (TRUTH.text(i, "rule").equals(rule)) {
                b.row(blankIsMissing(TRUTH.text(i, "ihc")), TRUTH.number(i, "ratio"), TRUTH.number(i, "copy_number"),
                    blankIsMissing(TRUTH.text(i, "fish_result")), TRUTH.text(i, "expected"));
            }
        }
        return table(b.build());
    }

    private static String blankIsMissing(final String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static Her2StatusNodeModel node(final String... keyValues) throws InvalidSettingsException {
        final Her2StatusNodeModel m = new Her2StatusNodeFactory().createNodeModel();
        final String[] all = new String[keyValues.length + 8];
        System.arraycopy(new String[] {"ihc_column", "ihc", "ratio_column", "ratio", "copy_number_column",
            "copy_number", "fish_column", "fish_result"}, 0, all, 0, 8);
        System.arraycopy(keyValues, 0, all, 8, keyValues.length);
        configureSettings(m, all);
        return m;
    }

    @Test
    void everyRuleReproducesItsTruthTable() throws Exception {
        for (final String rule : List.of("asco-cap-2018", "asco-cap-2023", "asco-cap-2018-groups-2-4-equivocal",
            "qims26", "fr24")) {
            final Her2StatusNodeModel m = rule.endsWith("-equivocal")
                ? node("rule", "asco-cap-2018", "groups_2_4", "equivocal") : node("rule", rule);
            final BufferedDataTable in = truthRows(rule);
            final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
            final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
            assertEquals(spec, out.getDataTableSpec(), rule);
            assertEquals(54, out.size(), rule);
            assertEquals(texts(out, "expected"), texts(out, "her2_status"), rule);
            assertTrue(NodeModelTestDriver.warningMessage(m).contains("unclassifiable"), rule);
        }
    }

    @Test
    void numericIhcScoresAndTheCountsInTheWarning() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.real("ihc"), ResultTable.real("ratio"))
            .row(0.0, Double.NaN).row(1.0, Double.NaN).row(2.0, 2.5).row(2.0, 1.2).row(2.0, Double.NaN)
            .row(3.0, Double.NaN).build());
        final Her2StatusNodeModel m = new Her2StatusNodeFactory().createNodeModel();
        configureSettings(m, "ihc_column", "ihc", "ratio_column", "ratio", "rule", "fr24");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        // ratio 1.2 without a copy number: Fr24's copy number criterion (> 6.0) cannot be ruled out
        assertEquals(List.of("HER2-zero", "HER2-low", "HER2-positive", "unclassifiable", "unclassifiable",
            "HER2-positive"), texts(out, "her2_status"));
        assertEquals("Fr24 (ratio > 2.0 or copy number > 6.0)", texts(out, "her2_rule").get(0));
        assertEquals("HER2 status by Fr24 (ratio > 2.0 or copy number > 6.0): 1 HER2-zero, 1 HER2-low, "
            + "2 HER2-positive, 0 equivocal, 2 unclassifiable (2 not classified, see her2_reason)",
            NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void customThresholdsAreInclusiveOrStrict() throws Exception {
        final BufferedDataTable in = table(ResultTable.builder(ResultTable.text("ihc"), ResultTable.real("ratio"),
            ResultTable.real("copies")).row("2+", 1.5, 5.0).build());
        final Her2StatusNodeModel m = new Her2StatusNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("ihc_column", "ihc");
        s.addString("ratio_column", "ratio");
        s.addString("copy_number_column", "copies");
        s.addString("rule", "custom");
        s.addDouble("ratio_threshold", 2.2);
        s.addDouble("copy_threshold", 5.0);
        s.addBoolean("inclusive", true);
        NodeModelTestDriver.loadSettings(m, s);
        BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals("HER2-positive", texts(out, "her2_status").get(0));
        assertEquals("custom (ratio >= 2.2 or copy number >= 5.0)", texts(out, "her2_rule").get(0));
        assertNull(NodeModelTestDriver.warningMessage(m));
        s.addBoolean("inclusive", false);
        NodeModelTestDriver.loadSettings(m, s);
        out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals("HER2-low", texts(out, "her2_status").get(0));
    }

    @Test
    void badValuesNameTheRowAndColumn() throws Exception {
        final BufferedDataTable ihc = table(ResultTable.builder(ResultTable.text("ihc")).row("1+").row("4+").build());
        final Her2StatusNodeModel m = new Her2StatusNodeFactory().createNodeModel();
        configureSettings(m, "ihc_column", "ihc");
        final Exception e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(m, ihc));
        assertTrue(e.getMessage().contains("Row 'Row1', column 'ihc'") && e.getMessage().contains("'4+'"), e.getMessage());
        final BufferedDataTable fish = table(ResultTable.builder(ResultTable.text("ihc"), ResultTable.text("fish"))
            .row("2+", "borderline").build());
        final Her2StatusNodeModel f = new Her2StatusNodeFactory().createNodeModel();
        configureSettings(f, "ihc_column", "ihc", "fish_column", "fish");
        final Exception fe = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(f, fish));
        assertTrue(fe.getMessage().contains("column 'fish'") && fe.getMessage().contains("borderline"), fe.getMessage());
    }

    @Test
    void configureChecksColumnsTypesAndRule() throws Exception {
        final DataTableSpec spec = table(ResultTable.builder(ResultTable.text("ihc"), ResultTable.text("ratio"),
            ResultTable.text("her2_status")).build()).getDataTableSpec();
        final Her2StatusNodeModel none = new Her2StatusNodeFactory().createNodeModel();
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(none, spec))
            .getMessage().contains("IHC"));
        final Her2StatusNodeModel textRatio = new Her2StatusNodeFactory().createNodeModel();
        configureSettings(textRatio, "ihc_column", "ihc", "ratio_column", "ratio");
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(textRatio, spec))
            .getMessage().contains("ratio"));
        final Her2StatusNodeModel clash = new Her2StatusNodeFactory().createNodeModel();
        configureSettings(clash, "ihc_column", "ihc");
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(clash, spec))
            .getMessage().contains("her2_status"));
        final DataTableSpec plain = table(ResultTable.builder(ResultTable.text("ihc")).build()).getDataTableSpec();
        final Her2StatusNodeModel wrongRule = new Her2StatusNodeFactory().createNodeModel();
        configureSettings(wrongRule, "ihc_column", "ihc", "rule", "qims26", "groups_2_4", "equivocal");
        assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(wrongRule, plain));
        assertThrows(InvalidSettingsException.class,
            () -> configureSettings(new Her2StatusNodeFactory().createNodeModel(), "rule", "asco-cap-2099"));
        final DataTableSpec out = (DataTableSpec)NodeModelTestDriver.configure(node("rule", "fr24"),
            truthRows("fr24").getDataTableSpec())[0];
        assertEquals(List.of("her2_status", "her2_reason", "her2_rule"),
            List.of(out.getColumnNames()).subList(out.getNumColumns() - 3, out.getNumColumns()));
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("rule", "custom", "groups_2_4", "resolve"),
            new Her2StatusNodeFactory().createNodeModel());
    }
}
