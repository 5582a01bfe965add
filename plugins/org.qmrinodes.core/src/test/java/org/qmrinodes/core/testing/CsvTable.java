package org.qmrinodes.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Assumptions;

/**
 * A small reader for the reference CSV files under {@code validation/} and {@code ../shared/data}
 * (plain comma-separated, optional double quotes, optionally gzipped). R's {@code Inf}, {@code -Inf},
 * {@code NA} and empty fields are read as doubles ±∞ and NaN.
 */
public final class CsvTable {

    private final List<String> header;
    private final List<String[]> rows;

    private CsvTable(final List<String> header, final List<String[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** @return the folder {@code validation/} of the repository (system property set by the build) */
    public static Path validationDir() {
        return Paths.get(System.getProperty("qmri.validation.dir", "../../validation"));
    }

    /**
     * @param relative a path below {@code ../shared}
     * @return the path; the test is skipped (not failed) when the shared folder or file is absent
     */
    public static Path sharedFile(final String relative) {
        final Path p = Paths.get(System.getProperty("qmri.shared.dir", "../../../shared")).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared reference file absent, skipping: " + p);
        return p;
    }

    /**
     * @param file a CSV file, gzipped when its name ends in {@code .gz}
     * @return the table
     */
    public static CsvTable read(final Path file) {
        try (InputStream raw = Files.newInputStream(file);
            InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            final List<String> header = Arrays.asList(split(r.readLine()));
            final List<String[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    rows.add(split(line));
                }
            }
            return new CsvTable(header, rows);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] split(final String line) {
        final List<String> out = new ArrayList<>();
        final StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            final char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out.toArray(String[]::new);
    }

    /** @return number of data rows */
    public int size() {
        return rows.size();
    }

    /** @return the column names */
    public List<String> header() {
        return header;
    }

    /** @return the text of {@code column} in row {@code row} */
    public String text(final int row, final String column) {
        final int c = header.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + header);
        }
        return rows.get(row)[c];
    }

    /** @return the number in {@code column} of row {@code row} (Inf, -Inf, NA/empty as ±∞, NaN) */
    public double number(final int row, final String column) {
        return parse(text(row, column));
    }

    /** @return a whole column as text */
    public List<String> texts(final String column) {
        final List<String> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(text(i, column));
        }
        return out;
    }

    /** @return a whole column as numbers */
    public double[] numbers(final String column) {
        final double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(i, column);
        }
        return out;
    }

    /** Parses R's number text. */
    public static double parse(final String text) {
        return switch (text) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NA", "", "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    /** Parses a {@code ;}-separated list of R numbers. */
    public static double[] parseList(final String text) {
        return Arrays.stream(text.split(";")).mapToDouble(CsvTable::parse).toArray();
    }
}
