package org.qmrinodes.fuzz;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.qmrinodes.core.image.Nifti;

/** Reading and comparing what the commands wrote. */
final class Outputs {

    private Outputs() {
    }

    /**
     * @param csv a CSV table with a header row
     * @return its rows, column name to text, in order
     * @throws IllegalArgumentException when it is not a CSV table
     */
    static List<Map<String, String>> rows(final String csv) {
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
            .parse(new StringReader(csv))) {
            final List<Map<String, String>> rows = new ArrayList<>();
            for (final CSVRecord r : p) {
                rows.add(new LinkedHashMap<>(r.toMap()));
            }
            return rows;
        } catch (final IOException | RuntimeException e) {
            throw new IllegalArgumentException("output is not a CSV table: " + e.getMessage(), e);
        }
    }

    /**
     * @param expected the baseline table
     * @param actual the table of a mutated input
     * @param ignored columns not compared (e.g. file names)
     * @return the first difference, or null when the tables agree
     */
    static String difference(final String expected, final String actual, final Set<String> ignored) {
        final List<Map<String, String>> e;
        final List<Map<String, String>> a;
        try {
            e = rows(expected);
            a = rows(actual);
        } catch (final IllegalArgumentException ex) {
            return ex.getMessage();
        }
        if (e.size() != a.size()) {
            return e.size() + " rows expected, " + a.size() + " written";
        }
        for (int i = 0; i < e.size(); i++) {
            final String d = rowDifference(e.get(i), a.get(i), ignored);
            if (d != null) {
                return "row " + (i + 1) + ": " + d;
            }
        }
        return null;
    }

    /** @return the first differing column of two rows, or null when they agree outside {@code ignored} */
    static String rowDifference(final Map<String, String> expected, final Map<String, String> actual,
        final Set<String> ignored) {
        for (final Map.Entry<String, String> c : expected.entrySet()) {
            if (ignored.contains(c.getKey())) {
                continue;
            }
            final String v = actual.get(c.getKey());
            if (!c.getValue().equals(v)) {
                return c.getKey() + " " + c.getValue() + " expected, got " + v;
            }
        }
        return null;
    }

    /**
     * @param file a NIfTI map
     * @return its first volume
     */
    static float[] map(final Path file) {
        return Nifti.readVolume(file).copyOfVolume(0);
    }

    /**
     * @param expected the baseline map
     * @param file the map written for a mutated input
     * @return the first difference, or null when the file holds exactly the expected values
     */
    static String mapDifference(final float[] expected, final Path file) {
        if (!Files.isRegularFile(file)) {
            return file.getFileName() + " not written";
        }
        final float[] actual;
        try {
            actual = map(file);
        } catch (final RuntimeException e) {
            return file.getFileName() + " unreadable: " + e.getMessage();
        }
        if (actual.length != expected.length) {
            return file.getFileName() + " has " + actual.length + " voxels, expected " + expected.length;
        }
        for (int i = 0; i < actual.length; i++) {
            if (Float.floatToIntBits(actual[i]) != Float.floatToIntBits(expected[i])) {
                return file.getFileName() + " voxel " + i + ": " + actual[i] + " instead of " + expected[i];
            }
        }
        return null;
    }
}
