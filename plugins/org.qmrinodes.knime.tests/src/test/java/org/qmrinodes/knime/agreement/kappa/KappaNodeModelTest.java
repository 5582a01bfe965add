package org.qmrinodes.knime.agreement.kappa;

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
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestDriver;
import org.qmrinodes.core.testing.CsvTable;

class KappaNodeModelTest {

    private static final Path DIR = CsvTable.validationDir().resolve("agreement");

    private static BufferedDataTable ratings(final String dataset) {
        return table(CsvTable.read(DIR.resolve("data/kappa_" + dataset + ".csv")), Set.of("rater_a", "rater_b"));
    }

    @Test
    void nodeReproducesTheGoldenValuesForEveryWeighting() throws Exception {
        final CsvTable g = CsvTable.read(DIR.resolve("golden/kappa.csv"));
        int checked = 0;
        for (int i = 0; i < g.size(); i++) {
            if (!g.text(i, "dataset").equals("empty_category") || g.text(i, "categories").isEmpty()) {
                continue;
            }
            final KappaNodeModel m = new KappaNodeFactory().createNodeModel();
            configureSettings(m, "rater_a_column", "rater_a", "rater_b_column", "rater_b", "weights",
                g.text(i, "weights"), "categories", g.text(i, "categories").replace(';', ','));
            final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, ratings("empty_category"))[0];
            assertEquals(List.of("n", "kappa", "se", "ci_lower", "ci_upper", "z", "p_value"),
                List.of(out.getDataTableSpec().getColumnNames()).subList(0, 7));
            for (final String c : List.of("kappa", "se", "ci_lower", "ci_upper", "z", "p_value")) {
                assertRelative(g.number(i, c), doubles(out, c)[0], 1e-9, 1e-14, c);
            }
            assertEquals("1;2;3;4", texts(out, "categories").get(0));
            checked++;
        }
        assertEquals(3, checked);
    }

    @Test
    void missingRatingsAreSkippedWithAWarning() throws Exception {
        final KappaNodeModel m = new KappaNodeFactory().createNodeModel();
        configureSettings(m, "rater_a_column", "rater_a", "rater_b_column", "rater_b");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, ratings("ordinal"))[0];
        assertEquals(78.0, doubles(out, "n")[0]);
        assertEquals(2.0, doubles(out, "skipped_rows")[0]);
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("2 rows skipped"));
        assertEquals("landis-koch", texts(out, "scale").get(0));
    }

    @Test
    void badInputAndSettings() throws Exception {
        final KappaNodeModel m = new KappaNodeFactory().createNodeModel();
        configureSettings(m, "rater_a_column", "rater_a", "rater_b_column", "rater_b", "categories", "1,2");
        final Exception e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(m, ratings("ordinal")));
        assertTrue(e.getMessage().contains("column 'rater_") && e.getMessage().contains("Data row 1"), e.getMessage());
        final KappaNodeModel same = new KappaNodeFactory().createNodeModel();
        configureSettings(same, "rater_a_column", "rater_a", "rater_b_column", "rater_a");
        assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(same, ratings("ordinal").getDataTableSpec()));
        assertThrows(InvalidSettingsException.class,
            () -> configureSettings(new KappaNodeFactory().createNodeModel(), "weights", "cubic"));
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        final KappaNodeModel m = new KappaNodeFactory().createNodeModel();
        configureSettings(m, "rater_a_column", "a", "rater_b_column", "b", "weights", "quadratic", "categories",
            "minimal, mild,moderate,marked");
        final KappaNodeModel copy = new KappaNodeFactory().createNodeModel();
        assertSettingsSurviveXmlRoundTrip(m, copy);
    }

    @Test
    void fleissKappaOfTheReaderColumnsReproducesTheGoldenValues() throws Exception {
        final CsvTable g = CsvTable.read(DIR.resolve("golden/fleiss.csv"));
        final CsvTable data = CsvTable.read(DIR.resolve("data/fleiss_" + g.text(0, "dataset") + ".csv"));
        // one column per reader (the long data list R1..R4 per subject); by default every text column is a reader
        final org.qmrinodes.core.data.ResultTable.Builder b = org.qmrinodes.core.data.ResultTable.builder(
            org.qmrinodes.core.data.ResultTable.text("R1"), org.qmrinodes.core.data.ResultTable.text("R2"),
            org.qmrinodes.core.data.ResultTable.text("R3"), org.qmrinodes.core.data.ResultTable.text("R4"));
        for (int i = 0; i < data.size(); i += 4) {
            b.row(data.text(i, "rating"), data.text(i + 1, "rating"), data.text(i + 2, "rating"),
                data.text(i + 3, "rating"));
        }
        final KappaNodeModel m = new KappaNodeFactory().createNodeModel();
        configureSettings(m, "statistic", KappaSettings.FLEISS);
        final BufferedDataTable in = table(b.build());
        final var spec = (org.knime.core.data.DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(List.of(spec.getColumnNames()), List.of(out.getDataTableSpec().getColumnNames()));
        assertEquals(g.number(0, "subjects"), doubles(out, "n")[0]);
        for (final String c : List.of("kappa", "z", "p_value")) {
            assertRelative(g.number(0, c), doubles(out, c)[0], 1e-9, 0, c);
        }
        assertRelative(g.number(0, "se_null"), doubles(out, "se_null")[0], 1e-9, 0, "se_null");
        assertEquals("R1;R2;R3;R4", texts(out, "raters").get(0));
        final BufferedDataTable one = table(org.qmrinodes.core.data.ResultTable.builder(
            org.qmrinodes.core.data.ResultTable.text("R1")).row("mass").build());
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(m, one.getDataTableSpec())).getMessage().contains("at least two"));
    }
}
