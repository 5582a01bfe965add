package org.qmrinodes.knime.agreement.icc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;

class IccNodeModelTest {

    private static final Path DIR = CsvTable.validationDir().resolve("agreement");

    static BufferedDataTable ratings(final String dataset) {
        return table(CsvTable.read(DIR.resolve("data/icc_" + dataset + ".csv")), Set.of("subject", "reader"));
    }

    private static IccNodeModel model(final String... extra) throws InvalidSettingsException {
        final IccNodeModel m = new IccNodeFactory().createNodeModel();
        configureSettings(m, "case_column", "subject", "reader_column", "reader");
        if (extra.length > 0) {
            configureSettings(m, extra);
        }
        return m;
    }

    @Test
    void nodeReproducesPsychWithMissingRatings() throws Exception {
        final IccNodeModel m = model();
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, ratings("missing"))[0];
        assertEquals(List.of("feature", "type", "icc", "f", "df1", "df2", "p_value", "ci_lower", "ci_upper"),
            List.of(out.getDataTableSpec().getColumnNames()).subList(0, 9));
        final CsvTable g = CsvTable.read(DIR.resolve("golden/icc.csv"));
        int row = 0;
        for (int i = 0; i < g.size(); i++) {
            if (g.text(i, "dataset").equals("missing")) {
                assertEquals(g.text(i, "feature") + "/" + g.text(i, "type"),
                    texts(out, "feature").get(row) + "/" + texts(out, "type").get(row));
                for (final String c : List.of("icc", "f", "p_value", "ci_lower", "ci_upper")) {
                    assertRelative(g.number(i, c), doubles(out, c)[row], 1e-9, 1e-14, c);
                }
                assertEquals(g.number(i, "dropped_subjects"), doubles(out, "dropped_subjects")[row]);
                row++;
            }
        }
        assertEquals(12, row);
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("'ADC_mean': 2 of 25 subjects dropped"),
            NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void oneFormGivesOneRowPerFeatureWithItsBand() throws Exception {
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(
            model("icc_form", "ICC3k", "agreement_scale", "shen25"), ratings("readers3"))[0];
        assertEquals(List.of("T2", "noise"), texts(out, "feature"));
        assertEquals(List.of("ICC3k", "ICC3k"), texts(out, "type"));
        assertEquals("ICC(3,k)", texts(out, "form").get(0));
        assertEquals("excellent", texts(out, "agreement").get(0));
    }

    @Test
    void constantFeatureIsReportedAndTheOthersAreAnalysed() throws Exception {
        final ResultTable t = ResultTable.builder(ResultTable.text("case"), ResultTable.text("reader"),
            ResultTable.real("flat"), ResultTable.real("x")).row("a", "R1", 1.0, 1.0).row("a", "R2", 1.0, 1.2)
            .row("b", "R1", 1.0, 2.0).row("b", "R2", 1.0, 2.1).row("c", "R1", 1.0, 3.0).row("c", "R2", 1.0, 2.8)
            .build();
        final IccNodeModel m = new IccNodeFactory().createNodeModel();
        configureSettings(m, "case_column", "case", "reader_column", "reader", "icc_form", "ICC2");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, table(t))[0];
        assertTrue(Double.isNaN(doubles(out, "icc")[0]));
        assertTrue(texts(out, "message").get(0).contains("constant"));
        assertTrue(doubles(out, "icc")[1] > 0.9);
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("'flat'"), NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void badInputFailsNamingColumnAndRows() throws Exception {
        final ResultTable twice = ResultTable.builder(ResultTable.text("case"), ResultTable.text("reader"),
            ResultTable.real("x")).row("a", "R1", 1.0).row("a", "R2", 1.0).row("a", "R1", 2.0).build();
        final IccNodeModel m = new IccNodeFactory().createNodeModel();
        configureSettings(m, "case_column", "case", "reader_column", "reader");
        final Exception e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(m, table(twice)));
        assertTrue(e.getMessage().contains("data rows 1 and 3"), e.getMessage());

        final DataTableSpec spec = ratings("tiny").getDataTableSpec();
        final IccNodeModel fresh = new IccNodeFactory().createNodeModel();
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(fresh, spec))
            .getMessage().contains("case column"));
        final IccNodeModel same = new IccNodeFactory().createNodeModel();
        configureSettings(same, "case_column", "subject", "reader_column", "subject");
        assertTrue(assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(same, spec))
            .getMessage().contains("must differ"));
        final IccNodeModel badForm = new IccNodeFactory().createNodeModel();
        assertThrows(InvalidSettingsException.class, () -> configureSettings(badForm, "icc_form", "ICC4"));
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        final IccNodeModel m = model("icc_form", "ICC1k", "agreement_scale", "landis-koch");
        final IccNodeModel copy = new IccNodeFactory().createNodeModel();
        assertSettingsSurviveXmlRoundTrip(m, copy);
        assertEquals("ICC1k", NodeModelTestDriver.saveSettings(copy).getString("icc_form"));
    }

    @Test
    void bundledTwoReaderTableSpansPoorToExcellent() throws Exception {
        final IccNodeModel m = model("case_column", "patient_id");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m,
            org.qmrinodes.knime.common.NodeTestSupport.twoReaderTable())[0];
        assertEquals(9 * 6, out.size());
        final List<String> bands = texts(out, "agreement");
        assertTrue(bands.contains("poor") && bands.contains("excellent"), bands.toString());
        assertEquals(List.of(232), texts(out, "subjects").stream().map(Integer::valueOf).distinct().toList());
    }
}
