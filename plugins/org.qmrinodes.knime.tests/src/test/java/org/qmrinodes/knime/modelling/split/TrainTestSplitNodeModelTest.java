package org.qmrinodes.knime.modelling.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
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

class TrainTestSplitNodeModelTest {

    private static final CsvTable DEVELOPMENT =
        CsvTable.read(CsvTable.validationDir().resolve("evaluation").resolve("data_development.csv"));

    private static TrainTestSplitNodeModel node(final double fraction, final int seed, final String stratify)
        throws InvalidSettingsException {
        final TrainTestSplitNodeModel m = new TrainTestSplitNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addDouble("training_fraction", fraction);
        s.addInt("seed", seed);
        s.addString("stratify_column", stratify);
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    @Test
    void stratifiedAllocationKeepsTheFractionPerClassAndEveryInputColumn() throws Exception {
        final BufferedDataTable in = table(DEVELOPMENT);
        final TrainTestSplitNodeModel m = node(0.7, 42, "y");
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in)[0];
        assertEquals(spec, out.getDataTableSpec());
        assertEquals(in.size(), out.size());
        assertArrayEquals(DEVELOPMENT.numbers("x3"), doubles(out, "x3"));
        final List<String> set = texts(out, "set");
        final double[] y = doubles(out, "y");
        final int[] size = new int[2];
        final int[] train = new int[2];
        for (int i = 0; i < y.length; i++) {
            size[(int)y[i]]++;
            train[(int)y[i]] += set.get(i).equals("train") ? 1 : set.get(i).equals("test") ? 0 : 1000;
        }
        for (int c = 0; c < 2; c++) {
            assertEquals(Math.round(0.7 * size[c]), train[c], "class " + c);
        }
    }

    @Test
    void theSameSeedGivesTheSameAllocationAndAnotherSeedAnother() throws Exception {
        final BufferedDataTable in = table(DEVELOPMENT);
        final List<String> a = texts((BufferedDataTable)NodeModelTestDriver.execute(node(0.7, 5, ""), in)[0], "set");
        final List<String> b = texts((BufferedDataTable)NodeModelTestDriver.execute(node(0.7, 5, ""), in)[0], "set");
        final List<String> c = texts((BufferedDataTable)NodeModelTestDriver.execute(node(0.7, 6, ""), in)[0], "set");
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(Math.round(0.7 * in.size()), a.stream().filter("train"::equals).count());
    }

    @Test
    void anInputWithASetColumnOrAnAbsentStratumColumnIsRefusedAtConfigure() throws Exception {
        final BufferedDataTable withSet = table(ResultTable.builder(ResultTable.text("set")).row("a").build());
        assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node(0.5, 1, ""), withSet.getDataTableSpec()));
        assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node(0.5, 1, "nope"), table(DEVELOPMENT).getDataTableSpec()));
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node(0.6, 3, "y"), new TrainTestSplitNodeFactory().createNodeModel());
    }
}
