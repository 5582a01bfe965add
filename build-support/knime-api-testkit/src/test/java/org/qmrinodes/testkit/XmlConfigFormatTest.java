package org.qmrinodes.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.config.Config;

class XmlConfigFormatTest {

    static byte[] toXml(final NodeSettings s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        return out.toByteArray();
    }

    static NodeSettingsRO fromXml(final byte[] xml) throws IOException {
        return NodeSettings.loadFromXML(new ByteArrayInputStream(xml));
    }

    private static NodeSettings allTypes() {
        NodeSettings s = new NodeSettings("root");
        s.addString("str", "a & b < c > \"d\" 'e' \u00e4\u4e2d");
        s.addString("nullStr", null);
        s.addString("ctrl", "line1\nline2\ttab\r%%x%");
        s.addInt("int", -42);
        s.addLong("long", 1L << 40);
        s.addDouble("double", 0.1);
        s.addDouble("nan", Double.NaN);
        s.addDouble("inf", Double.NEGATIVE_INFINITY);
        s.addFloat("float", 0.1f);
        s.addBoolean("bool", true);
        s.addChar("char", 'x');
        s.addShort("short", (short)-7);
        s.addByte("byte", (byte)12);
        s.addStringArray("strArr", "x", null, "z");
        s.addStringArray("nullArr", (String[])null);
        s.addIntArray("intArr", 1, 2, 3);
        s.addLongArray("longArr", 5L);
        s.addDoubleArray("dblArr", 1.5, -2.25);
        s.addBooleanArray("boolArr", true, false);
        s.addStringArray("emptyArr");
        NodeSettingsWO sub = s.addNodeSettings("sub");
        sub.addInt("depth", 1);
        sub.addNodeSettings("subsub").addString("leaf", "v");
        s.addNodeSettings("empty");
        s.addDataCell("cellD", new DoubleCell(3.5));
        s.addDataCell("cellMissing", DataType.getMissingCell());
        s.addDataType("type", IntCell.TYPE);
        s.addRowKey("rk", new RowKey("Row7"));
        return s;
    }

    @Test
    void roundTripIsLosslessAndStable() throws Exception {
        byte[] first = toXml(allTypes());
        NodeSettingsRO r = fromXml(first);
        assertEquals("root", r.getKey());
        assertEquals("a & b < c > \"d\" 'e' \u00e4\u4e2d", r.getString("str"));
        assertTrue(r.containsKey("nullStr"));
        assertNull(r.getString("nullStr"));
        assertEquals("line1\nline2\ttab\r%%x%", r.getString("ctrl"));
        assertEquals(-42, r.getInt("int"));
        assertEquals(1L << 40, r.getLong("long"));
        assertEquals(0.1, r.getDouble("double"));
        assertTrue(Double.isNaN(r.getDouble("nan")));
        assertEquals(Double.NEGATIVE_INFINITY, r.getDouble("inf"));
        assertEquals(0.1f, r.getFloat("float"));
        assertTrue(r.getBoolean("bool"));
        assertEquals('x', r.getChar("char"));
        assertEquals((short)-7, r.getShort("short"));
        assertEquals((byte)12, r.getByte("byte"));
        assertArrayEquals(new String[]{"x", null, "z"}, r.getStringArray("strArr"));
        assertNull(r.getStringArray("nullArr"));
        assertArrayEquals(new String[0], r.getStringArray("emptyArr"));
        assertArrayEquals(new int[]{1, 2, 3}, r.getIntArray("intArr"));
        assertArrayEquals(new long[]{5L}, r.getLongArray("longArr"));
        assertArrayEquals(new double[]{1.5, -2.25}, r.getDoubleArray("dblArr"));
        assertArrayEquals(new boolean[]{true, false}, r.getBooleanArray("boolArr"));
        assertEquals(1, r.getNodeSettings("sub").getInt("depth"));
        assertEquals("v", r.getNodeSettings("sub").getNodeSettings("subsub").getString("leaf"));
        assertTrue(r.getNodeSettings("empty").keySet().isEmpty());
        assertEquals(new DoubleCell(3.5), r.getDataCell("cellD"));
        assertTrue(r.getDataCell("cellMissing").isMissing());
        assertEquals(IntCell.TYPE, r.getDataType("type"));
        assertEquals(new RowKey("Row7"), r.getRowKey("rk"));
        assertEquals(List.copyOf(allTypes().keySet()), List.copyOf(r.keySet()));

        byte[] second = toXml((NodeSettings)r);
        assertArrayEquals(first, second, "second round trip must be byte-identical");
        assertTrue(((NodeSettings)r).isIdentical(allTypes()));
    }

    @Test
    void writesKnimeLayout() throws Exception {
        NodeSettings s = new NodeSettings("settings.xml");
        s.addString("a", null);
        s.addStringArray("arr", "Airline ID");
        s.addNodeSettings("flow_stack");
        s.addString("ctrl", "%%00010\n");
        String xml = new String(toXml(s), StandardCharsets.UTF_8);
        String expected = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://www.knime.org/2008/09/XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd\" "
            + "key=\"settings.xml\">\n"
            + "    <entry key=\"a\" type=\"xstring\" isnull=\"true\" value=\"\"/>\n"
            + "    <config key=\"arr\">\n"
            + "        <entry key=\"array-size\" type=\"xint\" value=\"1\"/>\n"
            + "        <entry key=\"0\" type=\"xstring\" value=\"Airline ID\"/>\n"
            + "    </config>\n"
            + "    <config key=\"flow_stack\"/>\n"
            + "    <entry key=\"ctrl\" type=\"xstring\" value=\"%%00037%00010%%00010\"/>\n"
            + "</config>\n";
        assertEquals(expected, xml);
        assertEquals("%%00010\n", fromXml(xml.getBytes(StandardCharsets.UTF_8)).getString("ctrl"));
    }

    @Test
    void gettersAreTypeStrictAndDefaultsWork() throws Exception {
        NodeSettings s = new NodeSettings("x");
        s.addInt("i", 3);
        assertThrows(InvalidSettingsException.class, () -> s.getLong("i"));
        assertThrows(InvalidSettingsException.class, () -> s.getString("i"));
        assertThrows(InvalidSettingsException.class, () -> s.getInt("missing"));
        assertThrows(InvalidSettingsException.class, () -> s.getNodeSettings("i"));
        assertEquals(9L, s.getLong("i", 9L));
        assertEquals("d", s.getString("missing", "d"));
        assertArrayEquals(new String[]{"q"}, s.getStringArray("missing", "q"));
        s.addInt("i", 4); // replace keeps position
        assertEquals(4, s.getInt("i"));
        Config c = s.addConfig("c");
        c.addBoolean("b", false);
        assertFalse(s.getConfig("c").getBoolean("b"));
    }

    @Test
    void rejectsMalformedXml() {
        byte[] bad = "<config key=\"r\"><entry key=\"a\" type=\"xnothing\" value=\"1\"/></config>"
            .getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> fromXml(bad));
        byte[] badInt = "<config key=\"r\"><entry key=\"a\" type=\"xint\" value=\"one\"/></config>"
            .getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> fromXml(badInt));
    }

    @Test
    void copyToCopiesDeeply() throws Exception {
        NodeSettings src = allTypes();
        NodeSettings dst = new NodeSettings("root");
        src.copyTo(dst);
        assertArrayEquals(toXml(src), toXml(dst));
    }

    @Test
    void cellsInConfig() throws Exception {
        NodeSettings s = new NodeSettings("c");
        s.addDataCellArray("cells", new IntCell(1), new LongCell(2), new StringCell("s"), BooleanCell.TRUE,
            DataType.getMissingCell());
        NodeSettingsRO r = fromXml(toXml(s));
        var cells = r.getDataCellArray("cells");
        assertEquals(new IntCell(1), cells[0]);
        assertEquals(new LongCell(2), cells[1]);
        assertEquals(new StringCell("s"), cells[2]);
        assertEquals(BooleanCell.TRUE, cells[3]);
        assertTrue(cells[4].isMissing());
        assertEquals("org.knime.core.data.def.IntCell",
            r.getNodeSettings("cells").getNodeSettings("0").getString("datacell"));
    }

    // ---- real KNIME files --------------------------------------------------------------------------------

    private static NodeSettingsRO load(final Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return NodeSettings.loadFromXML(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSV Reader (#1)/settings.xml", "Joiner (#5)/settings.xml", "workflow.knime"})
    void realFilesRoundTripByteIdentical(final String relative) throws Exception {
        Path p = SharedFiles.file(relative);
        byte[] original = Files.readAllBytes(p);
        byte[] rewritten = toXml((NodeSettings)load(p));
        assertEquals(new String(original, StandardCharsets.UTF_8), new String(rewritten, StandardCharsets.UTF_8));
    }

    @Test
    void joinerSettingsValues() throws Exception {
        NodeSettingsRO s = load(SharedFiles.file("Joiner (#5)/settings.xml"));
        assertEquals("settings.xml", s.getKey());
        NodeSettingsRO model = s.getNodeSettings("model");
        assertEquals("MATCH_ALL", model.getString("compositionMode"));
        assertArrayEquals(new String[]{"Airline ID"}, model.getStringArray("leftTableJoinPredicate"));
        assertArrayEquals(new String[]{"Airline ID"}, model.getStringArray("rightTableJoinPredicate"));
        assertEquals(200, model.getInt("maxOpenFiles"));
        assertTrue(model.getBoolean("includeMatchesInOutput"));
        assertFalse(model.getBoolean("mergeJoinColumns"));
        assertEquals(" (right)", model.getString("suffix"));
        assertEquals("SMID_boolean",
            model.getNodeSettings("includeMatchesInOutput_Internals").getString("SettingsModelID"));
        String[] included = model.getNodeSettings("leftColumnSelectionConfig").getStringArray("included_names");
        assertEquals(8, included.length);
        assertEquals("Active", included[7]);
        assertNull(s.getString("customDescription"));
        assertEquals("org.knime.base.node.preproc.joiner3.Joiner3NodeFactory", s.getString("factory"));
        assertEquals(16777215, s.getNodeSettings("nodeAnnotation").getInt("bgcolor"));
        assertEquals(3, s.getNodeSettings("ports").getNodeSettings("port_3").getInt("index"));
        assertTrue(s.getNodeSettings("flow_stack").keySet().isEmpty());
    }

    @Test
    void csvReaderSettingsValues() throws Exception {
        NodeSettingsRO s = load(SharedFiles.file("CSV Reader (#1)/settings.xml"));
        NodeSettingsRO settings = s.getNodeSettings("model").getNodeSettings("settings");
        assertEquals(",", settings.getString("column_delimiter"));
        assertEquals("\"", settings.getString("quote_char"));
        assertEquals("\n", settings.getString("row_delimiter"), "%%00010 decodes to a line feed");
        assertEquals(1048576, settings.getInt("autodetect_buffer_size"));
        assertTrue(settings.getBoolean("has_column_header"));
        assertEquals("knime://LOCAL/Lesson1/Data/airlines.csv",
            settings.getNodeSettings("file_selection").getNodeSettings("path").getString("path"));
        NodeSettingsRO spec = s.getNodeSettings("model").getNodeSettings("table_spec_config_Internals")
            .getNodeSettings("individual_specs").getNodeSettings("/Lesson1/Data/airlines.csv");
        assertEquals(8, spec.getInt("num_columns"));
        assertEquals("Airline ID", spec.getNodeSettings("0").getString("name"));
    }

    @Test
    void workflowKnimeValues() throws Exception {
        NodeSettingsRO w = load(SharedFiles.file("workflow.knime"));
        assertEquals("workflow.knime", w.getKey());
        assertEquals("Airlines Routes Full Join", w.getString("name"));
        assertEquals("4.1.0", w.getString("version"));
        assertFalse(w.getBoolean("created_by_nightly"));
        NodeSettingsRO node1 = w.getNodeSettings("nodes").getNodeSettings("node_1");
        assertEquals(1, node1.getInt("id"));
        assertEquals("CSV Reader (#1)/settings.xml", node1.getString("node_settings_file"));
        assertArrayEquals(new int[]{150, 120, 74, 78},
            node1.getNodeSettings("ui_settings").getIntArray("extrainfo.node.bounds"));
    }
}
