package org.qmrinodes.workflows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.qmrinodes.workflows.KnimeBaseNode.ColumnType;
import org.qmrinodes.workflows.KnimeBaseNode.CsvColumn;

/**
 * The columns of a comma-separated file as the CSV Reader detects them: a column whose every
 * non-empty field is a number is real-valued, any other column is text. Files with quoted fields are
 * not supported (the cohorts have none).
 */
final class CsvColumns {

    private CsvColumns() {
    }

    /**
     * @param file a CSV file with a header row
     * @return its columns
     * @throws IOException if it cannot be read
     */
    static List<CsvColumn> of(final Path file) throws IOException {
        final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(file + ": empty file, expected a header row");
        }
        final List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        final boolean[] numeric = new boolean[header.size()];
        Arrays.fill(numeric, true);
        for (int r = 1; r < lines.size(); r++) {
            if (lines.get(r).contains("\"")) {
                throw new IOException(file + ", line " + (r + 1) + ": quoted fields are not supported");
            }
            final String[] fields = lines.get(r).split(",", -1);
            if (fields.length != header.size()) {
                throw new IOException(file + ", line " + (r + 1) + ": " + fields.length + " fields, the header has "
                    + header.size());
            }
            for (int c = 0; c < fields.length; c++) {
                numeric[c] &= fields[c].isEmpty() || isNumber(fields[c]);
            }
        }
        final List<CsvColumn> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            columns.add(new CsvColumn(header.get(c), numeric[c] ? ColumnType.DOUBLE : ColumnType.STRING));
        }
        return columns;
    }

    private static boolean isNumber(final String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (final NumberFormatException e) {
            return false;
        }
    }
}
