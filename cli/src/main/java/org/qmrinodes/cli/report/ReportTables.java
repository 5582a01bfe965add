package org.qmrinodes.cli.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CsvTableReader;
import org.qmrinodes.core.data.ResultTable;

/** Tables a study step wrote, read back for the report page. */
final class ReportTables {

    private ReportTables() {
    }

    /**
     * @param file a CSV table a {@code qmri} command wrote
     * @param columns the columns to keep, in this order; those holding only numbers (or nothing) become
     *        real columns, so that the page prints them as a journal would, the others stay text
     * @param err where the reader's warnings go
     * @return the table
     * @throws CliException when the file cannot be read or lacks a column
     */
    static ResultTable read(final Path file, final List<String> columns, final PrintStream err) throws CliException {
        final CsvTableReader csv = CsvTableReader.read(file, err);
        final List<ResultTable.Column> kinds = new ArrayList<>();
        final List<List<?>> values = new ArrayList<>();
        for (final String c : columns) {
            final List<String> texts = csv.texts(c);
            final double[] numbers = numbersOrNull(csv, c);
            if (numbers != null) {
                kinds.add(ResultTable.real(c));
                values.add(Arrays.stream(numbers).boxed().toList());
            } else {
                kinds.add(ResultTable.text(c));
                values.add(texts);
            }
        }
        final ResultTable.Builder table = ResultTable.builder(kinds.toArray(ResultTable.Column[]::new));
        for (int r = 0; r < csv.size(); r++) {
            final Object[] row = new Object[columns.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = values.get(c).get(r);
            }
            table.row(row);
        }
        return table.build();
    }

    /** @return the column as numbers (missing as NaN), or null when it holds text */
    private static double[] numbersOrNull(final CsvTableReader csv, final String column) {
        try {
            return csv.numbers(column);
        } catch (final CliException e) {
            return null;
        }
    }
}
