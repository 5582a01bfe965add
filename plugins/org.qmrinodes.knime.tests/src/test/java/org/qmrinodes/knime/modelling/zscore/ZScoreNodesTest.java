package org.qmrinodes.knime.modelling.zscore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortUtil;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.knime.common.NodeTestSupport;
import org.qmrinodes.knime.ports.ZScorePortObject;
import org.qmrinodes.knime.ports.ZScorePortObjectSpec;
import org.qmrinodes.knime.modelling.zscoreapply.ZScoreApplierNodeFactory;

/** The learner and applier against R's mean, sd and scale on validation/zscore (make_zscore_golden.R). */
class ZScoreNodesTest {

    private static final List<String> COLUMNS = List.of("adc", "ktrans", "volume_ml");
    private static final double TOLERANCE = 1e-12;

    private static CsvTable golden(final String file) {
        return CsvTable.read(CsvTable.validationDir().resolve("zscore/" + file));
    }

    private static BufferedDataTable input(final String file) {
        return NodeTestSupport.table(golden(file), Set.of("id"));
    }

    private static NodeModel learner(final String suffix, final String... columns) throws InvalidSettingsException {
        final NodeModel m = new ZScoreLearnerNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        final NodeSettings filter = s.getNodeSettings("columns");
        filter.addStringArray("included_names", columns);
        filter.addStringArray("excluded_names");
        filter.addString("enforce_option", "EnforceInclusion");
        s.addString("suffix", suffix);
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    private static void assertColumnsMatch(final CsvTable expected, final BufferedDataTable actual, final String suffix) {
        assertEquals(expected.texts("id"), texts(actual, "id"));
        for (final String c : COLUMNS) {
            final double[] e = expected.numbers(c);
            final double[] a = doubles(actual, c + suffix);
            assertEquals(e.length, a.length, c);
            for (int i = 0; i < e.length; i++) {
                if (Double.isNaN(e[i])) {
                    assertTrue(Double.isNaN(a[i]), c + " row " + i + " stays missing");
                } else {
                    assertEquals(e[i], a[i], TOLERANCE, c + " row " + i);
                }
            }
        }
    }

    @Test
    void learnerGivesRsMeanSdAndScaleAndTheApplierUsesTheTrainingParametersOnTheTestTable() throws Exception {
        final NodeModel learner = learner("", COLUMNS.toArray(String[]::new));
        final BufferedDataTable train = input("data_train.csv");
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(learner, train.getDataTableSpec());
        final PortObject[] out = NodeModelTestDriver.execute(learner, train);
        assertEquals(specs[0], ((BufferedDataTable)out[0]).getDataTableSpec());
        assertEquals(COLUMNS, ((ZScorePortObjectSpec)specs[1]).columns());
        assertColumnsMatch(golden("zscore_train.csv"), (BufferedDataTable)out[0], "");
        final CsvTable parameters = golden("zscore_parameters.csv");
        final BufferedDataTable table = (BufferedDataTable)out[2];
        assertEquals(parameters.texts("column"), texts(table, "column"));
        for (int i = 0; i < COLUMNS.size(); i++) {
            assertEquals(parameters.number(i, "mean"), doubles(table, "mean")[i], TOLERANCE);
            assertEquals(parameters.number(i, "sd"), doubles(table, "sd")[i], TOLERANCE);
        }

        final NodeModel applier = new ZScoreApplierNodeFactory().createNodeModel();
        final BufferedDataTable test = input("data_test.csv");
        final PortObjectSpec applied = NodeModelTestDriver.configure(applier, specs[1], test.getDataTableSpec())[0];
        final BufferedDataTable normalisedTest = (BufferedDataTable)NodeModelTestDriver.execute(applier, out[1], test)[0];
        assertEquals(applied, normalisedTest.getDataTableSpec());
        assertColumnsMatch(golden("zscore_test.csv"), normalisedTest, "");
        assertTrue(normalisedTest.getDataTableSpec().getColumnSpec("adc").getType().isCompatible(DoubleValue.class));
    }

    @Test
    void theModelPortSurvivesSavingWithItsVersionAndGivesTheSameZScores() throws Exception {
        final PortObject[] out = NodeModelTestDriver.execute(learner("", COLUMNS.toArray(String[]::new)),
            input("data_train.csv"));
        final ZScorePortObject port = (ZScorePortObject)out[1];
        final java.io.ByteArrayOutputStream specBytes = new java.io.ByteArrayOutputStream();
        try (var zip = PortUtil.getPortObjectSpecZipOutputStream(specBytes)) {
            new ZScorePortObjectSpec.Serializer().savePortObjectSpec(port.getSpec(), zip);
        }
        final java.io.ByteArrayOutputStream objectBytes = new java.io.ByteArrayOutputStream();
        try (var zip = PortUtil.getPortObjectZipOutputStream(objectBytes)) {
            new ZScorePortObject.Serializer().savePortObject(port, zip, new ExecutionMonitor());
        }
        final ZScorePortObjectSpec spec;
        try (var zip = PortUtil.getPortObjectSpecZipInputStream(new java.io.ByteArrayInputStream(specBytes.toByteArray()))) {
            spec = new ZScorePortObjectSpec.Serializer().loadPortObjectSpec(zip);
        }
        assertEquals(port.getSpec(), spec);
        final ZScorePortObject loaded;
        try (var zip = PortUtil.getPortObjectZipInputStream(new java.io.ByteArrayInputStream(objectBytes.toByteArray()))) {
            loaded = new ZScorePortObject.Serializer().loadPortObject(zip, spec, new ExecutionMonitor());
        }
        assertEquals(port.normaliser(), loaded.normaliser());
        final BufferedDataTable test = (BufferedDataTable)NodeModelTestDriver.execute(
            new ZScoreApplierNodeFactory().createNodeModel(), loaded, input("data_test.csv"))[0];
        assertColumnsMatch(golden("zscore_test.csv"), test, "");
        assertTrue(port.getSummary().contains("3 columns: adc, ktrans, volume_ml"), port.getSummary());
    }

    @Test
    void aSuffixAppendsTheZScoresAndKeepsTheOriginals() throws Exception {
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(
            learner("_z", COLUMNS.toArray(String[]::new)), input("data_train.csv"))[0];
        assertColumnsMatch(golden("zscore_train.csv"), out, "_z");
        assertEquals(golden("data_train.csv").number(0, "adc"), doubles(out, "adc")[0]);
        assertEquals(List.of("id", "adc", "ktrans", "volume_ml", "adc_z", "ktrans_z", "volume_ml_z"),
            java.util.Arrays.asList(out.getDataTableSpec().getColumnNames()));
    }

    @Test
    void columnsMissingFromTheTableAreNamedAndAConstantColumnFailsAsCoreDefines() throws Exception {
        final PortObject[] out = NodeModelTestDriver.execute(learner("", COLUMNS.toArray(String[]::new)),
            input("data_train.csv"));
        final BufferedDataTable onlyAdc = NodeTestSupport.table(ResultTable.builder(ResultTable.text("id"),
            ResultTable.real("adc")).row("x", 1.0).build());
        final NodeModel applier = new ZScoreApplierNodeFactory().createNodeModel();
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(applier, out[1].getSpec(), onlyAdc.getDataTableSpec()));
        assertTrue(e.getMessage().contains("columns 'ktrans', 'volume_ml', which are not in the input table"),
            e.getMessage());
        assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.execute(applier, out[1], onlyAdc));

        final BufferedDataTable constant = NodeTestSupport.table(ResultTable.builder(ResultTable.real("k"),
            ResultTable.real("adc")).row(2.0, 1.0).row(2.0, 3.0).row(2.0, 4.0).build());
        final InvalidDataException c = assertThrows(InvalidDataException.class,
            () -> NodeModelTestDriver.execute(learner("", "k", "adc"), constant));
        assertTrue(c.getMessage().contains("'k' is constant"), c.getMessage());

        final NodeModel none = learner("");
        assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(none, constant.getDataTableSpec()));
    }
}
