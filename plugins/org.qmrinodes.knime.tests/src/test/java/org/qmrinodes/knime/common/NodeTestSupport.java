package org.qmrinodes.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.knime.ports.QmriModelPortObject;
import org.qmrinodes.knime.ports.QmriModelPortObjectSpec;
import org.qmrinodes.knime.tables.ResultTables;

/** Inputs and settings for node tests. */
public final class NodeTestSupport {

    private NodeTestSupport() {
    }

    /** @return the demo cohort as a KNIME table */
    public static BufferedDataTable demoTable() {
        return table(Shen25FeatureCohort.generate(Shen25FeatureCohort.DEFAULT_SEED));
    }

    /** @return the bundled two-reader table of the demo cohort (patient_id, reader, features) */
    public static BufferedDataTable twoReaderTable() {
        return table(CsvTable.read(CsvTable.validationDir()
            .resolveSibling("test-workflows/data/shen25_synthetic_two_readers.csv")), java.util.Set.of("patient_id",
                "reader"));
    }

    /** @return a KNIME table with the columns and rows of {@code result} */
    public static BufferedDataTable table(final ResultTable result) {
        final DataTableSpec spec = ResultTables.spec(result, "input");
        final List<DataRow> rows = new ArrayList<>();
        long i = 0;
        for (final List<Object> r : result.rows()) {
            final DataCell[] cells = new DataCell[r.size()];
            for (int c = 0; c < cells.length; c++) {
                final Object v = r.get(c);
                cells[c] = v == null ? DataType.getMissingCell()
                    : v instanceof Double d ? (d.isNaN() ? DataType.getMissingCell() : new DoubleCell(d))
                    : new StringCell(v.toString());
            }
            rows.add(new DefaultRow(RowKey.createRowKey(i++), cells));
        }
        return NodeModelTestDriver.table(spec, rows);
    }

    /**
     * @param csv a reference CSV; column {@code outcome} is text, all others numbers
     * @return the KNIME table
     */
    public static BufferedDataTable table(final CsvTable csv) {
        return table(csv, java.util.Set.of("outcome"));
    }

    /**
     * @param csv a reference CSV
     * @param textColumns the columns read as text; all others are numbers
     * @return the KNIME table
     */
    public static BufferedDataTable table(final CsvTable csv, final java.util.Set<String> textColumns) {
        final List<ResultTable.Column> columns = new ArrayList<>();
        for (final String h : csv.header()) {
            columns.add(textColumns.contains(h) ? ResultTable.text(h) : ResultTable.real(h));
        }
        final ResultTable.Builder b = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        for (int r = 0; r < csv.size(); r++) {
            final Object[] cells = new Object[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                final String h = csv.header().get(c);
                cells[c] = textColumns.contains(h) ? csv.text(r, h) : (Object)csv.number(r, h);
            }
            b.row(cells);
        }
        return table(b.build());
    }

    /**
     * Loads the model's default settings with some entries replaced, as KNIME does: validate, then load.
     *
     * @param model the node model
     * @param keyValues alternating setting keys and values as text, converted to the type each setting saves
     * @throws InvalidSettingsException if the settings are rejected
     */
    public static void configureSettings(final NodeModel model, final String... keyValues)
        throws InvalidSettingsException {
        final NodeSettings s = NodeModelTestDriver.saveSettings(model);
        for (int i = 0; i < keyValues.length; i += 2) {
            final String key = keyValues[i];
            final String value = keyValues[i + 1];
            if (holds(() -> s.getBoolean(key))) {
                s.addBoolean(key, Boolean.parseBoolean(value));
            } else if (holds(() -> s.getInt(key))) {
                s.addInt(key, Integer.parseInt(value));
            } else if (holds(() -> s.getDouble(key))) {
                s.addDouble(key, Double.parseDouble(value));
            } else {
                s.addString(key, value);
            }
        }
        NodeModelTestDriver.loadSettings(model, s);
    }

    private interface Read {
        void read() throws InvalidSettingsException;
    }

    /** @return whether the settings hold the key with the type {@code read} reads */
    private static boolean holds(final Read read) {
        try {
            read.read();
            return true;
        } catch (final InvalidSettingsException | ClassCastException e) {
            return false;
        }
    }

    /**
     * Saves {@code configured}'s settings as KNIME settings XML, loads them into {@code fresh}, saves
     * again and checks that both XML documents are the same.
     *
     * @param configured a node model with settings
     * @param fresh a new model of the same node
     * @throws Exception if the settings cannot be written, read or loaded
     */
    public static void assertSettingsSurviveXmlRoundTrip(final NodeModel configured, final NodeModel fresh)
        throws Exception {
        final java.io.ByteArrayOutputStream xml = new java.io.ByteArrayOutputStream();
        NodeModelTestDriver.saveSettings(configured).saveToXML(xml);
        NodeModelTestDriver.loadSettings(fresh,
            NodeSettings.loadFromXML(new java.io.ByteArrayInputStream(xml.toByteArray())));
        final java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
        NodeModelTestDriver.saveSettings(fresh).saveToXML(again);
        org.junit.jupiter.api.Assertions.assertEquals(xml.toString(java.nio.charset.StandardCharsets.UTF_8),
            again.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** @return the values of column {@code column} of {@code table}, as cells */
    public static List<DataCell> column(final BufferedDataTable table, final String column) {
        final int index = table.getDataTableSpec().findColumnIndex(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        final List<DataCell> out = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                out.add(it.next().getCell(index));
            }
        }
        return out;
    }

    /** @return the double values of {@code column} (NaN for missing cells) */
    public static double[] doubles(final BufferedDataTable table, final String column) {
        return column(table, column).stream()
            .mapToDouble(c -> c.isMissing() ? Double.NaN : ((org.knime.core.data.DoubleValue)c).getDoubleValue())
            .toArray();
    }

    /** @return the text of {@code column} */
    public static List<String> texts(final BufferedDataTable table, final String column) {
        return column(table, column).stream().map(c -> c.isMissing() ? null : c.toString()).toList();
    }

    /**
     * Writes a model port's spec and object with their registered serializers, as KNIME does when a
     * workflow is saved, and reads them back.
     *
     * @param port the port object
     * @return the loaded copy
     * @throws Exception if writing or reading fails
     */
    public static QmriModelPortObject saveAndLoad(final QmriModelPortObject port) throws Exception {
        final java.io.ByteArrayOutputStream specBytes = new java.io.ByteArrayOutputStream();
        try (org.knime.core.node.port.PortObjectSpecZipOutputStream zip =
            org.knime.core.node.port.PortUtil.getPortObjectSpecZipOutputStream(specBytes)) {
            new QmriModelPortObjectSpec.Serializer().savePortObjectSpec(port.getSpec(), zip);
        }
        final java.io.ByteArrayOutputStream objectBytes = new java.io.ByteArrayOutputStream();
        try (org.knime.core.node.port.PortObjectZipOutputStream zip =
            org.knime.core.node.port.PortUtil.getPortObjectZipOutputStream(objectBytes)) {
            new QmriModelPortObject.Serializer().savePortObject(port, zip, new org.knime.core.node.ExecutionMonitor());
        }
        final QmriModelPortObjectSpec spec;
        try (org.knime.core.node.port.PortObjectSpecZipInputStream zip = org.knime.core.node.port.PortUtil
            .getPortObjectSpecZipInputStream(new java.io.ByteArrayInputStream(specBytes.toByteArray()))) {
            spec = new QmriModelPortObjectSpec.Serializer().loadPortObjectSpec(zip);
        }
        org.junit.jupiter.api.Assertions.assertEquals(port.getSpec(), spec);
        try (org.knime.core.node.port.PortObjectZipInputStream zip = org.knime.core.node.port.PortUtil
            .getPortObjectZipInputStream(new java.io.ByteArrayInputStream(objectBytes.toByteArray()))) {
            return new QmriModelPortObject.Serializer().loadPortObject(zip, spec,
                new org.knime.core.node.ExecutionMonitor());
        }
    }

    /**
     * @return the image of a PNG image port, decoded from its bytes
     * @throws java.io.IOException if the bytes are not an image
     */
    public static java.awt.image.BufferedImage png(final org.knime.core.node.port.PortObject port)
        throws java.io.IOException {
        final byte[] bytes = ((org.knime.core.data.image.png.PNGImageValue)
            ((org.knime.core.node.port.image.ImagePortObject)port).toDataCell()).getImageContent().getByteArray();
        final java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        org.junit.jupiter.api.Assertions.assertNotNull(image, "the port's bytes decode as an image");
        return image;
    }

    /**
     * Checks that {@code file} is an SVG document of the given width.
     *
     * @throws java.io.IOException if it cannot be read
     */
    public static void assertSvgOfWidth(final java.nio.file.Path file, final int width) throws java.io.IOException {
        final String text = java.nio.file.Files.readString(file);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("<svg") && java.util.regex.Pattern
            .compile("<svg[^>]* width=[\"']" + width + "(\\.0)?[\"']").matcher(text).find(),
            text.substring(0, Math.min(400, text.length())));
    }
}
