package org.qmrinodes.knime.screening.groupplot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSvgOfWidth;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.doubles;
import static org.qmrinodes.knime.common.NodeTestSupport.table;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.knime.screening.univariate.UnivariateScreeningNodeFactory;

class GroupPlotNodeModelTest {

    /** Three groups of five: x separates A from C, size (with a missing value) does not. */
    private static BufferedDataTable data() {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("g"), ResultTable.real("x"),
            ResultTable.real("size"));
        final double[][] x = {{1, 2, 3, 4, 5}, {4, 5, 6, 7, 8}, {10, 11, 12, 13, 15}};
        final double[][] size = {{2, 1, 3, 2, Double.NaN}, {2, 3, 1, 2, 2}, {3, 1, 2, 2, 1}};
        final String[] groups = {"A", "B", "C"};
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < 5; i++) {
                b.row(groups[g], x[g][i], size[g][i]);
            }
        }
        b.row(null, 100.0, 100.0);
        return table(b.build());
    }

    private static GroupPlotNodeModel node(final String... keyValues) throws InvalidSettingsException {
        final GroupPlotNodeModel m = new GroupPlotNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("group_column", "g");
        final NodeSettings filter = s.getNodeSettings("value_columns");
        filter.addStringArray("included_names", "x", "size");
        filter.addStringArray("excluded_names");
        filter.addString("enforce_option", "EnforceInclusion");
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i].equals("plot_width")) {
                s.addInt(keyValues[i], Integer.parseInt(keyValues[i + 1]));
            } else if (keyValues[i].equals("threshold")) {
                s.addDouble(keyValues[i], Double.parseDouble(keyValues[i + 1]));
            } else {
                s.addString(keyValues[i], keyValues[i + 1]);
            }
        }
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    /** @return output {@code port} of the Univariate Screening node on {@link #data()} (groups {@code groups}) */
    private static BufferedDataTable screening(final int port, final String groups) throws Exception {
        final NodeModel m = new UnivariateScreeningNodeFactory().createNodeModel();
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("group_column", "g");
        s.addString("groups", groups);
        final NodeSettings filter = s.getNodeSettings("continuous_columns");
        filter.addStringArray("included_names", "x", "size");
        filter.addStringArray("excluded_names");
        filter.addString("enforce_option", "EnforceInclusion");
        NodeModelTestDriver.loadSettings(m, s);
        return (BufferedDataTable)NodeModelTestDriver.execute(m, data())[port];
    }

    private static List<byte[]> pngs(final BufferedDataTable images) {
        return column(images, GroupPlotNodeModel.PLOT_COLUMN).stream()
            .map(c -> ((PNGImageValue)c).getImageContent().getByteArray()).toList();
    }

    @Test
    void drawsOneFigurePerColumnAndTabulatesTheGroupQuartiles(@TempDir final Path dir) throws Exception {
        final GroupPlotNodeModel m = node("svg_folder", dir.toString(), "plot_width", "500");
        final BufferedDataTable in = data();
        final PortObjectSpec[] specs = NodeModelTestDriver.configure(m, in.getDataTableSpec(), null);
        final PortObject[] out = NodeModelTestDriver.execute(m, in, null);
        final BufferedDataTable summary = (BufferedDataTable)out[0];
        final BufferedDataTable images = (BufferedDataTable)out[1];
        assertEquals(specs[0], summary.getDataTableSpec());
        assertEquals(specs[1], images.getDataTableSpec());
        assertEquals(List.of("x", "x", "x", "size", "size", "size"), texts(summary, "feature"));
        assertEquals(List.of("A", "B", "C", "A", "B", "C"), texts(summary, "group"));
        // type-7 quartiles of 5 sorted values are the 2nd, 3rd and 4th; of 4 values (A's size: 1 2 2 3) 1.75, 2, 2.25
        assertEquals("[5.0, 5.0, 5.0, 4.0, 5.0, 5.0]", Arrays.toString(doubles(summary, "n")));
        assertEquals("[3.0, 6.0, 12.0, 2.0, 2.0, 2.0]", Arrays.toString(doubles(summary, "median")));
        assertEquals("[2.0, 5.0, 11.0, 1.75, 2.0, 1.0]", Arrays.toString(doubles(summary, "q1")));
        assertEquals("[4.0, 7.0, 13.0, 2.25, 2.0, 2.0]", Arrays.toString(doubles(summary, "q3")));
        assertEquals(List.of("x", "size"), texts(images, "feature"));
        for (final byte[] png : pngs(images)) {
            final BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(image);
            assertEquals(500, image.getWidth());
        }
        assertSvgOfWidth(dir.resolve("x.svg"), 500);
        assertSvgOfWidth(dir.resolve("size.svg"), 500);
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("1 rows left out"), NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void thePairwiseTableOfTheScreeningNodeDrawsBracketsBelowTheThresholdOrAll() throws Exception {
        final BufferedDataTable pairwise = screening(2, "");
        assertEquals(List.of("feature", "group_a", "group_b", "method", "statistic", "p_value"),
            List.of(pairwise.getDataTableSpec().getColumnNames()), "the Univariate Screening node's pairwise columns");
        final double[] p = doubles(pairwise, "p_value");
        final List<String> features = texts(pairwise, "feature");
        assertTrue(java.util.stream.IntStream.range(0, p.length).anyMatch(i -> features.get(i).equals("x") && p[i] < 0.05),
            "x separates A from C");
        assertTrue(java.util.stream.IntStream.range(0, p.length).allMatch(i -> !features.get(i).equals("size")
            || p[i] >= 0.05), "size separates no groups");
        final List<byte[]> plain = pngs((BufferedDataTable)NodeModelTestDriver.execute(node(), data(), null)[1]);
        final List<byte[]> below = pngs((BufferedDataTable)NodeModelTestDriver.execute(node(), data(), pairwise)[1]);
        final List<byte[]> all =
            pngs((BufferedDataTable)NodeModelTestDriver.execute(node("brackets", "all"), data(), pairwise)[1]);
        assertFalse(Arrays.equals(plain.get(0), below.get(0)), "x gets its significant brackets");
        assertTrue(Arrays.equals(plain.get(1), below.get(1)), "size has no p below 0.05");
        assertFalse(Arrays.equals(plain.get(1), all.get(1)), "with all, size gets its brackets too");
        final List<byte[]> stars = pngs((BufferedDataTable)NodeModelTestDriver.execute(node("annotation", "stars"),
            data(), pairwise)[1]);
        assertFalse(Arrays.equals(below.get(0), stars.get(0)), "stars instead of p-values");
    }

    @Test
    void withTwoGroupsTheScreeningTableLabelsTheOneBracket() throws Exception {
        final BufferedDataTable screened = screening(0, "A, C");
        final GroupPlotNodeModel m = node("groups", "A, C");
        final List<byte[]> plain = pngs((BufferedDataTable)NodeModelTestDriver.execute(m, data(), null)[1]);
        final List<byte[]> bracket = pngs((BufferedDataTable)NodeModelTestDriver.execute(m, data(), screened)[1]);
        assertFalse(Arrays.equals(plain.get(0), bracket.get(0)));
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("rows left out: group missing or not among the chosen"),
            NodeModelTestDriver.warningMessage(m));
        final GroupPlotNodeModel three = node();
        NodeModelTestDriver.execute(three, data(), screened);
        assertTrue(NodeModelTestDriver.warningMessage(three).contains("there are 3 groups: no brackets"),
            NodeModelTestDriver.warningMessage(three));
    }

    @Test
    void pairsOfGroupsThatAreNotPlottedAreLeftOutWithAWarning() throws Exception {
        final GroupPlotNodeModel m = node("groups", "A, B");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, data(), screening(2, ""))[1];
        assertEquals(2, out.size());
        assertTrue(NodeModelTestDriver.warningMessage(m).contains("comparisons of the second input name a group that is"
            + " not plotted"), NodeModelTestDriver.warningMessage(m));
    }

    @Test
    void aSecondInputWithoutPValuesIsRefusedAtConfigure() throws Exception {
        final BufferedDataTable other = table(ResultTable.builder(ResultTable.text("feature")).build());
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.configure(node(), data().getDataTableSpec(), other.getDataTableSpec()));
        assertTrue(e.getMessage().contains("'p_value'"), e.getMessage());
    }

    @Test
    void settingsSurviveARoundTripThroughKnimeXml() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("style", "box + points", "threshold", "0.01"),
            new GroupPlotNodeFactory().createNodeModel());
    }
}
