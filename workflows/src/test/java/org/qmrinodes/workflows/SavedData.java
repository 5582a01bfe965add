package org.qmrinodes.workflows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.container.BlobDataCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.cells.VolumeCell;
import org.xerial.snappy.SnappyOutputStream;

/**
 * Writes an executed workflow's port data into its folder the way KNIME saves a workflow "with
 * data": per node and output port {@code port_<n>/spec.xml} (the table spec in KNIME's config XML)
 * and {@code port_<n>/data.zip} holding {@code data.bin} — the rows through snappy-java's
 * {@code SnappyOutputStream}, KNIME's default table compression — and {@code blobs/…}, one
 * gzip-compressed file per blob cell (volume and mask cells) with the bytes of the cell's own
 * serializer (the workflows here save no image ports). Strings are written as KNIME's default
 * format writes them (modified UTF-8 with a length), numbers as binary.
 */
final class SavedData {

    private SavedData() {
    }

    /** Writes every node's outputs into its folder of {@code workflow}. */
    static void write(final SavedWorkflow workflow, final Map<Integer, PortObject[]> outputs) throws IOException {
        for (final Map.Entry<Integer, PortObject[]> e : outputs.entrySet()) {
            final Path node = workflow.folder().resolve(workflow.nodes().get(e.getKey()).folder());
            for (int p = 0; p < e.getValue().length; p++) {
                final Path port = Files.createDirectories(node.resolve("port_" + (p + 1)));
                final PortObject o = e.getValue()[p];
                if (o instanceof BufferedDataTable t) {
                    table(t, port);
                }
            }
        }
    }

    private static void table(final BufferedDataTable t, final Path port) throws IOException {
        final DataTableSpec spec = t.getDataTableSpec();
        final NodeSettings specXml = new NodeSettings("spec.xml");
        for (int c = 0; c < spec.getNumColumns(); c++) {
            final DataColumnSpec column = spec.getColumnSpec(c);
            final org.knime.core.node.NodeSettingsWO s = specXml.addNodeSettings("column_spec_" + c);
            s.addString("column_name", column.getName());
            s.addString("cell_class", column.getType().toString());
        }
        try (OutputStream out = Files.newOutputStream(port.resolve("spec.xml"))) {
            specXml.saveToXML(out);
        }
        final Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        final ByteArrayOutputStream rows = new ByteArrayOutputStream();
        int row = 0;
        try (DataOutputStream out = new DataOutputStream(new SnappyOutputStream(rows))) {
            for (final DataRow r : NodeModelTestDriver.rows(t)) {
                out.writeUTF(r.getKey().getString());
                for (int c = 0; c < r.getNumCells(); c++) {
                    final DataCell cell = r.getCell(c);
                    if (cell.isMissing()) {
                        out.writeByte(0);
                    } else if (cell instanceof BlobDataCell) {
                        out.writeByte(2);
                        out.writeInt(c);
                        out.writeInt(row);
                        entries.put("blobs/col_" + c + "/blob_" + row + ".bin", gzip(stored(cell)));
                    } else if (cell instanceof IntValue i) {
                        out.writeByte(3);
                        out.writeInt(i.getIntValue());
                    } else if (cell instanceof DoubleValue d) {
                        out.writeByte(4);
                        out.writeDouble(d.getDoubleValue());
                    } else {
                        out.writeByte(1);
                        out.writeUTF(cell.toString());
                    }
                }
                row++;
            }
        }
        final Map<String, byte[]> zip = new java.util.LinkedHashMap<>();
        zip.put("data.bin", rows.toByteArray());
        zip.putAll(entries);
        zip(port.resolve("data.zip"), zip);
    }

    /** The stream a cell serializer writes into. */
    private static final class CellOutput extends DataOutputStream implements DataCellDataOutput {
        CellOutput(final ByteArrayOutputStream bytes) {
            super(bytes);
        }

        @Override
        public void writeDataCell(final DataCell cell) {
            throw new UnsupportedOperationException("volume and mask cells hold no nested cells");
        }
    }

    /** @return the bytes a volume or mask cell's own serializer stores it as */
    static byte[] stored(final DataCell cell) throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CellOutput out = new CellOutput(bytes)) {
            if (cell instanceof VolumeCell v) {
                new VolumeCell.Serializer().serialize(v, out);
            } else if (cell instanceof MaskCell m) {
                new MaskCell.Serializer().serialize(m, out);
            } else {
                throw new IllegalArgumentException("no serializer for " + cell.getClass());
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(final byte[] bytes) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(bytes);
        }
        return out.toByteArray();
    }

    private static void zip(final Path file, final Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (final Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }
}
