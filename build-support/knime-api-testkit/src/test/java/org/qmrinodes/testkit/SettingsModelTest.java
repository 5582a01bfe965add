package org.qmrinodes.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

class SettingsModelTest {

    private static NodeSettingsRO roundTrip(final SettingsModel... models) throws Exception {
        NodeSettings s = new NodeSettings("model");
        for (SettingsModel m : models) {
            m.saveSettingsTo(s);
        }
        byte[] first = XmlConfigFormatTest.toXml(s);
        NodeSettingsRO r = XmlConfigFormatTest.fromXml(first);
        assertArrayEquals(first, XmlConfigFormatTest.toXml((NodeSettings)r), "stable on second round trip");
        return r;
    }

    @Test
    void stringModelLayoutAndRoundTrip() throws Exception {
        SettingsModelString m = new SettingsModelString("foo", "bar");
        NodeSettingsRO r = roundTrip(m);
        assertEquals(List.of("foo_Internals", "foo"), List.copyOf(r.keySet()));
        assertEquals("SMID_string", r.getNodeSettings("foo_Internals").getString("SettingsModelID"));
        assertTrue(r.getNodeSettings("foo_Internals").getBoolean("EnabledStatus"));
        SettingsModelString back = new SettingsModelString("foo", "other");
        back.validateSettings(r);
        back.loadSettingsFrom(r);
        assertEquals("bar", back.getStringValue());

        m.setStringValue(null);
        back.loadSettingsFrom(roundTrip(m));
        assertNull(back.getStringValue());
        m.setStringValue("a\\tb\\u00e4");
        assertEquals("a\tb\u00e4", m.getJavaUnescapedStringValue());
    }

    @Test
    void booleanIntegerDoubleRoundTrip() throws Exception {
        SettingsModelBoolean b = new SettingsModelBoolean("flag", true);
        SettingsModelInteger i = new SettingsModelInteger("count", 17);
        SettingsModelDouble d = new SettingsModelDouble("ratio", 0.25);
        SettingsModelIntegerBounded ib = new SettingsModelIntegerBounded("bins", 8, 1, 64);
        SettingsModelDoubleBounded db = new SettingsModelDoubleBounded("alpha", 0.05, 0.0, 1.0);
        NodeSettingsRO r = roundTrip(b, i, d, ib, db);
        assertEquals("SMID_boolean", r.getNodeSettings("flag_Internals").getString("SettingsModelID"));
        assertEquals("SMID_integer", r.getNodeSettings("count_Internals").getString("SettingsModelID"));
        assertEquals("SMID_double", r.getNodeSettings("ratio_Internals").getString("SettingsModelID"));
        assertEquals("SMID_integer", r.getNodeSettings("bins_Internals").getString("SettingsModelID"));
        assertEquals("SMID_double", r.getNodeSettings("alpha_Internals").getString("SettingsModelID"));

        SettingsModelBoolean b2 = new SettingsModelBoolean("flag", false);
        SettingsModelInteger i2 = new SettingsModelInteger("count", 0);
        SettingsModelDouble d2 = new SettingsModelDouble("ratio", 0);
        SettingsModelIntegerBounded ib2 = new SettingsModelIntegerBounded("bins", 2, 1, 64);
        SettingsModelDoubleBounded db2 = new SettingsModelDoubleBounded("alpha", 0.5, 0.0, 1.0);
        for (SettingsModel m : List.of(b2, i2, d2, ib2, db2)) {
            m.validateSettings(r);
            m.loadSettingsFrom(r);
        }
        assertTrue(b2.getBooleanValue());
        assertEquals(17, i2.getIntValue());
        assertEquals(0.25, d2.getDoubleValue());
        assertEquals(8, ib2.getIntValue());
        assertEquals(0.05, db2.getDoubleValue());
    }

    @Test
    void boundsAreEnforced() throws Exception {
        SettingsModelIntegerBounded ib = new SettingsModelIntegerBounded("bins", 8, 1, 64);
        assertThrows(IllegalArgumentException.class, () -> ib.setIntValue(65));
        assertThrows(IllegalArgumentException.class, () -> new SettingsModelDoubleBounded("a", 2, 0, 1));
        NodeSettingsRO tooBig = roundTrip(new SettingsModelInteger("bins", 1000));
        assertThrows(InvalidSettingsException.class, () -> ib.validateSettings(tooBig));
        assertEquals(8, ib.getIntValue());
    }

    @Test
    void missingValueAndDisabledModels() throws Exception {
        NodeSettings empty = new NodeSettings("model");
        assertThrows(InvalidSettingsException.class, () -> new SettingsModelString("x", "").loadSettingsFrom(empty));

        SettingsModelInteger disabled = new SettingsModelInteger("n", 3);
        disabled.setEnabled(false);
        NodeSettingsRO r = roundTrip(disabled);
        assertFalse(r.getNodeSettings("n_Internals").getBoolean("EnabledStatus"));
        SettingsModelInteger back = new SettingsModelInteger("n", 0);
        back.loadSettingsFrom(r);
        assertFalse(back.isEnabled());
        assertEquals(3, back.getIntValue());
        SettingsModelInteger clone = back.createCloneWithValidatedValue(r);
        assertEquals(3, clone.getIntValue());
    }

    @Test
    void changeListenersFire() {
        SettingsModelDouble d = new SettingsModelDouble("d", 1);
        int[] calls = {0};
        d.addChangeListener(e -> calls[0]++);
        d.setDoubleValue(2);
        d.setDoubleValue(2);
        d.setEnabled(false);
        assertEquals(2, calls[0]);
    }

    private static DataTableSpec spec() {
        return new DataTableSpec(new DataColumnSpecCreator("a", DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator("b", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator("name", StringCell.TYPE).createSpec());
    }

    @Test
    void columnFilterLayoutRoundTripAndApply() throws Exception {
        SettingsModelColumnFilter2 f = new SettingsModelColumnFilter2("columns", DoubleValue.class);
        f.loadDefaults(spec());
        FilterResult res = f.applyTo(spec());
        assertArrayEquals(new String[]{"a", "b"}, res.getIncludes(), "int columns are double-compatible");
        assertArrayEquals(new String[0], res.getExcludes(), "string column is not offered at all");

        NodeSettingsRO r = roundTrip(f);
        assertEquals(List.of("columns_Internals", "columns"), List.copyOf(r.keySet()));
        assertEquals("SMID_columnfilter", r.getNodeSettings("columns_Internals").getString("SettingsModelID"));
        NodeSettingsRO cfg = r.getNodeSettings("columns");
        assertEquals(List.of("filter-type", "included_names", "excluded_names", "enforce_option", "name_pattern",
            "datatype"), List.copyOf(cfg.keySet()));
        assertEquals("STANDARD", cfg.getString("filter-type"));
        assertEquals("EnforceExclusion", cfg.getString("enforce_option"));
        assertEquals(List.of("pattern", "type", "caseSensitive", "excludeMatching"),
            List.copyOf(cfg.getNodeSettings("name_pattern").keySet()));
        assertTrue(cfg.getNodeSettings("datatype").getNodeSettings("typelist").containsKey(
            "org.knime.core.data.DoubleValue"));

        SettingsModelColumnFilter2 back = new SettingsModelColumnFilter2("columns", DoubleValue.class);
        back.validateSettings(r);
        back.loadSettingsFrom(r);
        assertArrayEquals(new String[]{"a", "b"}, back.applyTo(spec()).getIncludes());
    }

    @Test
    void columnFilterPatternMode() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<config key=\"model\">"
            + "<config key=\"cols\"><entry key=\"filter-type\" type=\"xstring\" value=\"name_pattern\"/>"
            + "<config key=\"included_names\"><entry key=\"array-size\" type=\"xint\" value=\"0\"/></config>"
            + "<config key=\"excluded_names\"><entry key=\"array-size\" type=\"xint\" value=\"0\"/></config>"
            + "<entry key=\"enforce_option\" type=\"xstring\" value=\"EnforceExclusion\"/>"
            + "<config key=\"name_pattern\"><entry key=\"pattern\" type=\"xstring\" value=\"?\"/>"
            + "<entry key=\"type\" type=\"xstring\" value=\"Wildcard\"/>"
            + "<entry key=\"caseSensitive\" type=\"xboolean\" value=\"true\"/></config></config></config>";
        NodeSettingsRO s = XmlConfigFormatTest.fromXml(xml.getBytes(StandardCharsets.UTF_8));
        SettingsModelColumnFilter2 f = new SettingsModelColumnFilter2("cols");
        f.loadSettingsFrom(s);
        assertArrayEquals(new String[]{"a", "b"}, f.applyTo(spec()).getIncludes());
        assertArrayEquals(new String[]{"name"}, f.applyTo(spec()).getExcludes());
    }

    @Test
    void realJoinerSettingsLoadIntoModels() throws Exception {
        NodeSettingsRO model;
        try (InputStream in = Files.newInputStream(SharedFiles.file("Joiner (#5)/settings.xml"))) {
            model = NodeSettings.loadFromXML(in).getNodeSettings("model");
        }
        SettingsModelBoolean matches = new SettingsModelBoolean("includeMatchesInOutput", false);
        matches.loadSettingsFrom(model);
        assertTrue(matches.getBooleanValue());
        SettingsModelString mode = new SettingsModelString("compositionMode", "MATCH_ANY");
        mode.validateSettings(model);
        mode.loadSettingsFrom(model);
        assertEquals("MATCH_ALL", mode.getStringValue());
        SettingsModelInteger maxOpen = new SettingsModelIntegerBounded("maxOpenFiles", 10, 3, 1000);
        maxOpen.loadSettingsFrom(model);
        assertEquals(200, maxOpen.getIntValue());

        // a DataColumnSpecFilterConfiguration written without SettingsModel internals still loads
        SettingsModelColumnFilter2 left = new SettingsModelColumnFilter2("leftColumnSelectionConfig");
        left.loadSettingsFrom(model);
        DataTableSpec airlines = new DataTableSpec(new DataColumnSpecCreator("Airline ID", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator("Name", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("New column", StringCell.TYPE).createSpec());
        FilterResult res = left.applyTo(airlines);
        assertArrayEquals(new String[]{"Airline ID", "Name", "New column"}, res.getIncludes());
        assertEquals(6, res.getRemovedFromIncludes().length);
    }
}
