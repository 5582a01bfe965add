package org.qmrinodes.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV input table (RFC 4180, comma, one header row, UTF-8) held as text, with access to columns
 * by name and number parsing that names file, row and column when a value is not a number.
 */
final class CsvTableReader {

    private final Path file;
    private final List<String> header;
    private final List<CSVRecord> records;

    private CsvTableReader(final Path file, final List<String> header, final List<CSVRecord> records) {
        this.file = file;
        this.header = header;
        this.records = records;
    }

    static CsvTableReader read(final Path file) throws CliException {
        final CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            CSVParser parser = CSVParser.parse(reader, format)) {
            final List<CSVRecord> records = parser.getRecords();
            final List<String> header = parser.getHeaderNames();
            for (final CSVRecord r : records) {
                if (r.size() != header.size()) {
                    throw CliException.data(file + ", row " + (r.getRecordNumber() + 1) + ": " + r.size()
                        + " fields but the header has " + header.size());
                }
            }
            return new CsvTableReader(file, header, records);
        } catch (final NoSuchFileException e) {
            throw CliException.usage("input file not found: " + file);
        } catch (final IOException | RuntimeException e) {
            throw CliException.data(file + ": not a readable CSV table (" + e.getMessage() + ")");
        }
    }

    Path file() {
        return file;
    }

    int size() {
        return records.size();
    }

    /** @throws CliException (usage) if the table has no such column */
    int columnIndex(final String column) throws CliException {
        final int c = header.indexOf(column);
        if (c < 0) {
            throw CliException.usage(file + ": no column '" + column + "' (columns: " + String.join(", ", header) + ")");
        }
        return c;
    }

    /** @return the column as text; empty fields are null (missing) */
    List<String> texts(final String column) throws CliException {
        final int c = columnIndex(column);
        final List<String> out = new ArrayList<>(records.size());
        for (final CSVRecord r : records) {
            final String v = r.get(c);
            out.add(v.isEmpty() ? null : v);
        }
        return out;
    }

    /**
     * @return the column as numbers, NaN where missing (empty, {@code NA} or {@code NaN})
     * @throws CliException (data) naming file, row and column of the first value that is not a number
     */
    double[] numbers(final String column) throws CliException {
        final int c = columnIndex(column);
        final double[] out = new double[records.size()];
        for (int i = 0; i < out.length; i++) {
            final String v = records.get(i).get(c).trim();
            if (v.isEmpty() || v.equals("NA") || v.equals("NaN")) {
                out[i] = Double.NaN;
                continue;
            }
            try {
                out[i] = switch (v) {
                    case "Inf", "+Inf" -> Double.POSITIVE_INFINITY;
                    case "-Inf" -> Double.NEGATIVE_INFINITY;
                    default -> Double.parseDouble(v);
                };
            } catch (final NumberFormatException e) {
                throw CliException.data(file + ", row " + (i + 2) + " (line " + (i + 2) + " counting the header), column '"
                    + column + "': '" + v + "' is not a number");
            }
        }
        return out;
    }
}
