package org.qmrinodes.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.cli.Qmri;
import org.qmrinodes.core.testing.CsvTable;

/** Comparisons of what reached a workflow's writers with the command line's files. */
final class WorkflowTables {

    private WorkflowTables() {
    }

    /**
     * The table that reached the writer of {@code file} has the command line's columns and rows, each
     * number the same double, each text the same text, missing where the command line wrote nothing.
     */
    static void assertSameTable(final Map<String, PortObject> written, final String file, final Path cliTable) {
        final BufferedDataTable table = assertInstanceOf(BufferedDataTable.class, written.get(file), file);
        final CsvTable expected = CsvTable.read(cliTable);
        assertEquals(expected.header(), List.of(table.getDataTableSpec().getColumnNames()), file + ": columns");
        final List<DataRow> rows = NodeModelTestDriver.rows(table);
        assertEquals(expected.size(), rows.size(), file + ": rows");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < expected.header().size(); c++) {
                final String column = expected.header().get(c);
                final String text = expected.text(r, column);
                final DataCell cell = rows.get(r).getCell(c);
                final String where = file + ", row " + (r + 1) + ", column " + column;
                if (text.isEmpty()) {
                    assertTrue(cell.isMissing() || cell.toString().isEmpty()
                        || cell instanceof DoubleValue d && Double.isNaN(d.getDoubleValue()), where + ": " + cell);
                } else if (cell instanceof DoubleValue d && !(cell instanceof IntValue)) {
                    assertEquals(Double.parseDouble(text), d.getDoubleValue(), 0.0, where);
                } else {
                    assertEquals(text, cell.toString(), where);
                }
            }
        }
    }

    /** @return the cells of {@code column} in the table that reached the writer of {@code file}, as text */
    static List<String> column(final Map<String, PortObject> written, final String file, final String column) {
        final BufferedDataTable table = assertInstanceOf(BufferedDataTable.class, written.get(file), file);
        final int c = table.getDataTableSpec().findColumnIndex(column);
        assertTrue(c >= 0, file + ": no column " + column);
        return NodeModelTestDriver.rows(table).stream().map(r -> r.getCell(c).toString()).toList();
    }

    /**
     * Runs {@code qmri demo --study study --cohort cohort --out-dir dir}, then {@code more}, in-process.
     *
     * @return {@code dir}
     */
    static Path cliStudy(final String study, final Path cohort, final Path dir, final String... more) {
        final List<String> args = new ArrayList<>(List.of("demo", "--study", study, "--cohort", cohort.toString(),
            "--out-dir", dir.toString()));
        args.addAll(List.of(more));
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int status = Qmri.execute(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, () -> err.toString(StandardCharsets.UTF_8));
        return dir;
    }

    /**
     * Every table that reached a writer equals the command line's file of the same name to the last digit,
     * every image its PNG byte for byte; files the command line does not write are not compared.
     *
     * @return the files compared
     */
    static List<String> assertSameAsCommandLine(final Map<String, PortObject> written, final Path cli) throws IOException {
        final List<String> compared = new ArrayList<>();
        for (final String file : written.keySet()) {
            final Path same = cli.resolve(Path.of(file).getFileName());
            if (!Files.exists(same)) {
                continue;
            }
            if (file.endsWith(".csv")) {
                assertSameTable(written, file, same);
            } else {
                final ImagePortObject image = assertInstanceOf(ImagePortObject.class, written.get(file), file);
                assertArrayEquals(Files.readAllBytes(same),
                    ((PNGImageValue) image.toDataCell()).getImageContent().getByteArray(), file);
            }
            compared.add(file);
        }
        return compared;
    }
}
