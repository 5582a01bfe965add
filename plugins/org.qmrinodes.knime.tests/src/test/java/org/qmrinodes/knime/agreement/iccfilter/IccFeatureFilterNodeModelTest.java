package org.qmrinodes.knime.agreement.iccfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.demoTable;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;
import static org.qmrinodes.knime.common.NodeTestSupport.twoReaderTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestDriver;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.testing.CsvTable;

class IccFeatureFilterNodeModelTest {

    private static final CsvTable GOLDEN =
        CsvTable.read(CsvTable.validationDir().resolve("agreement/golden/icc.csv"));

    private static BufferedDataTable readers2() {
        return table(CsvTable.read(CsvTable.validationDir().resolve("agreement/data/icc_readers2.csv")),
            Set.of("subject", "reader"));
    }

    /** The readers2 features whose psych ICC2 passes the threshold, from the golden file. */
    private static List<String> expectedKept(final double threshold) {
        final List<String> kept = new ArrayList<>();
        for (int i = 0; i < GOLDEN.size(); i++) {
            if (GOLDEN.text(i, "dataset").equals("readers2") && GOLDEN.text(i, "type").equals("ICC2")
                && GOLDEN.number(i, "icc") > threshold) {
                kept.add(GOLDEN.text(i, "feature"));
            }
        }
        return kept;
    }

    @Test
    void keepsTheFeaturesPsychPutsAboveTheThresholdWithTheMeanOfReaders() throws Exception {
        final IccFeatureFilterNodeModel m = new IccFeatureFilterNodeFactory().createNodeModel();
        configureSettings(m, "case_column", "subject", "reader_column", "reader");
        final var out = NodeModelTestDriver.execute(m, readers2(), null);
        final BufferedDataTable wide = (BufferedDataTable)out[0];
        final List<String> expected = expectedKept(0.75);
        assertTrue(!expected.isEmpty() && expected.size() < 5, expected.toString());
        final List<String> columns = new ArrayList<>(List.of(wide.getDataTableSpec().getColumnNames()));
        assertEquals("subject", columns.remove(0));
        assertEquals(expected, columns);
        assertEquals(60, wide.size());
        final CsvTable data = CsvTable.read(CsvTable.validationDir().resolve("agreement/data/icc_readers2.csv"));
        final String f = expected.get(0);
        assertEquals((data.number(0, f) + data.number(1, f)) / 2, doubles(wide, f)[0], 1e-15);
        final BufferedDataTable dropped = (BufferedDataTable)out[1];
        assertEquals(5 - expected.size(), dropped.size());
        assertTrue(texts(dropped, "reason").get(0).startsWith("ICC not above 0.75"));
    }

    @Test
    void oneReadersValuesAndUnknownReader() throws Exception {
        final IccFeatureFilterNodeModel m = new IccFeatureFilterNodeFactory().createNodeModel();
        configureSettings(m, "case_column", "subject", "reader_column", "reader", "output_values", "one reader",
            "output_reader", "reader2");
        final BufferedDataTable wide = (BufferedDataTable)NodeModelTestDriver.execute(m, readers2(), null)[0];
        final CsvTable data = CsvTable.read(CsvTable.validationDir().resolve("agreement/data/icc_readers2.csv"));
        final String f = wide.getDataTableSpec().getColumnNames()[1];
        assertEquals(data.number(1, f), doubles(wide, f)[0], 0.0);

        final IccFeatureFilterNodeModel unknown = new IccFeatureFilterNodeFactory().createNodeModel();
        configureSettings(unknown, "case_column", "subject", "reader_column", "reader", "output_values", "one reader",
            "output_reader", "reader3");
        final Exception e = assertThrows(Exception.class, () -> NodeModelTestDriver.execute(unknown, readers2(), null));
        assertTrue(e.getMessage().contains("'reader3'") && e.getMessage().contains("reader1"), e.getMessage());
    }

    @Test
    void configureLeavesTheDataDependentSpecOpenAndGivesTheDroppedTableSpec() throws Exception {
        final IccFeatureFilterNodeModel m = new IccFeatureFilterNodeFactory().createNodeModel();
        configureSettings(m, "case_column", "subject", "reader_column", "reader");
        final var specs = NodeModelTestDriver.configure(m, readers2().getDataTableSpec(), null);
        assertEquals(null, specs[0], "the kept feature columns depend on the data");
        assertTrue(((DataTableSpec)specs[1]).containsName("reason"));
    }

    @Test
    void aConnectedCohortLosesTheDroppedFeaturesAndKeepsEverythingElse() throws Exception {
        final IccFeatureFilterNodeModel m = new IccFeatureFilterNodeFactory().createNodeModel();
        configureSettings(m, "case_column", "patient_id", "reader_column", "reader");
        final BufferedDataTable cohort = demoTable();
        final var specs = NodeModelTestDriver.configure(m, twoReaderTable().getDataTableSpec(),
            cohort.getDataTableSpec());
        assertEquals(null, specs[2], "which columns stay depends on the data");
        final var out = NodeModelTestDriver.execute(m, twoReaderTable(), cohort);
        final List<String> dropped = texts((BufferedDataTable)out[1], "feature");
        final BufferedDataTable filtered = (BufferedDataTable)out[2];
        final List<String> expected = new ArrayList<>(List.of(cohort.getDataTableSpec().getColumnNames()));
        expected.removeAll(dropped);
        assertTrue(!dropped.isEmpty() && expected.contains("her2_status") && expected.contains("ADC_mean"),
            dropped + " / " + expected);
        assertEquals(expected, List.of(filtered.getDataTableSpec().getColumnNames()));
        assertEquals(cohort.size(), filtered.size());
        assertEquals(texts(cohort, "her2_status"), texts(filtered, "her2_status"));
        assertEquals(List.of(doubles(cohort, "ADC_mean")[0], doubles(cohort, "ADC_mean")[231]),
            List.of(doubles(filtered, "ADC_mean")[0], doubles(filtered, "ADC_mean")[231]));
        final var alone = NodeModelTestDriver.execute(m, twoReaderTable(), null);
        assertEquals(0, ((BufferedDataTable)alone[2]).size(), "without a cohort the third output is empty");
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        final IccFeatureFilterNodeModel m = new IccFeatureFilterNodeFactory().createNodeModel();
        configureSettings(m, "case_column", "subject", "reader_column", "reader", "icc_form", "ICC3",
            "comparison", "at least the threshold", "output_values", "one reader", "output_reader", "reader1");
        final IccFeatureFilterNodeModel copy = new IccFeatureFilterNodeFactory().createNodeModel();
        assertSettingsSurviveXmlRoundTrip(m, copy);
    }

    @Test
    void defaultsWorkOnTheBundledTwoReaderTable() throws Exception {
        final IccFeatureFilterNodeModel m = new IccFeatureFilterNodeFactory().createNodeModel();
        configureSettings(m, "case_column", "patient_id", "reader_column", "reader");
        final var out = NodeModelTestDriver.execute(m, twoReaderTable(), null);
        final List<String> kept = new ArrayList<>(List.of(((BufferedDataTable)out[0]).getDataTableSpec()
            .getColumnNames()));
        assertEquals("patient_id", kept.remove(0));
        assertEquals(232, ((BufferedDataTable)out[0]).size());
        final List<String> dropped = texts((BufferedDataTable)out[1], "feature");
        // generator targets (Shen25TwoReaders): 0.62 and 0.42 lie far below 0.75, 0.85 and more far above
        assertTrue(dropped.containsAll(List.of("Dapp_p05", "Kapp_entropy")), dropped.toString());
        assertTrue(kept.containsAll(List.of("ADC_mean", "ADC_median", "Dapp_mean", "Kapp_mean")), kept.toString());
        final List<String> all = new ArrayList<>(kept);
        all.addAll(dropped);
        all.sort(null);
        final List<String> features = new ArrayList<>(Shen25FeatureCohort.featureNames());
        features.sort(null);
        assertEquals(features, all);
    }
}
