package org.qmrinodes.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.qmrinodes.core.data.ResultTable;

/**
 * Writes a {@link ResultTable} as CSV: RFC 4180, comma, header row, UTF-8; numbers as
 * {@link Double#toString} so they read back to the same double; missing values (null, NaN) as empty
 * fields.
 */
public final class CsvTableWriter {

    private CsvTableWriter() {
    }

    /** Writes to {@code file}, or to {@code stdout} when {@code file} is null. */
    public static void write(final ResultTable table, final Path file, final OutputStream stdout) throws CliException {
        try {
            if (file == null) {
                final Writer w = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
                print(table, w);
                w.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    print(table, w);
                }
            }
        } catch (final IOException e) {
            throw CliException.data("cannot write " + (file == null ? "standard output" : file) + ": " + e.getMessage());
        }
    }

    private static void print(final ResultTable table, final Writer w) throws IOException {
        final CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        printer.printRecord(table.columnNames());
        for (final List<Object> row : table.rows()) {
            final List<String> fields = new ArrayList<>(row.size());
            for (final Object cell : row) {
                fields.add(format(cell));
            }
            printer.printRecord(fields);
        }
        printer.flush();
    }

    static String format(final Object cell) {
        if (cell == null || cell instanceof Double d && d.isNaN()) {
            return "";
        }
        return cell.toString();
    }
}
