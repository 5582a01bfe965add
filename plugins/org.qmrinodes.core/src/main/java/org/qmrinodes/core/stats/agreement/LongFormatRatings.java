package org.qmrinodes.core.stats.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * The layout of a long-format rating table: one row per subject × rater, identified by a subject
 * column and a rater column. Subjects and raters keep the order of their first appearance.
 *
 * <p>A row without a subject or rater, or a second row for the same subject and rater, is an {@link
 * InvalidDataException} naming the column and rows (data rows are counted from 1, the header not counted).
 * A subject that lacks a row for some rater is kept in the layout; the analyses drop it, count it
 * and report it.
 *
 * @param subjectColumn name of the subject column (for messages)
 * @param raterColumn name of the rater column (for messages)
 * @param subjects the distinct subjects
 * @param raters the distinct raters
 * @param rowsBySubject for every subject, its row per rater, −1 where it has none
 */
public record LongFormatRatings(String subjectColumn, String raterColumn, List<String> subjects, List<String> raters,
    int[][] rowsBySubject) {

    /** Copies the arrays. */
    public LongFormatRatings {
        Objects.requireNonNull(subjectColumn);
        Objects.requireNonNull(raterColumn);
        subjects = List.copyOf(subjects);
        raters = List.copyOf(raters);
        rowsBySubject = Arrays.stream(rowsBySubject).map(int[]::clone).toArray(int[][]::new);
    }

    /**
     * @param subjectColumn name of the subject column
     * @param subjectPerRow subject of every row; {@code null} or empty is an error
     * @param raterColumn name of the rater column
     * @param raterPerRow rater of every row; {@code null} or empty is an error
     * @return the layout
     * @throws InvalidDataException for a missing identifier, a duplicated subject × rater pair, or
     *         fewer than two raters
     */
    public static LongFormatRatings of(final String subjectColumn, final List<String> subjectPerRow,
        final String raterColumn, final List<String> raterPerRow) {
        if (subjectPerRow.size() != raterPerRow.size()) {
            throw new IllegalArgumentException("subject and rater columns differ in length");
        }
        final Map<String, Integer> subjectIndex = new LinkedHashMap<>();
        final Map<String, Integer> raterIndex = new LinkedHashMap<>();
        final int[] subjectOfRow = new int[subjectPerRow.size()];
        final int[] raterOfRow = new int[subjectPerRow.size()];
        for (int row = 0; row < subjectOfRow.length; row++) {
            subjectOfRow[row] = index(subjectIndex, subjectPerRow.get(row), subjectColumn, row);
            raterOfRow[row] = index(raterIndex, raterPerRow.get(row), raterColumn, row);
        }
        if (raterIndex.size() < 2) {
            throw new InvalidDataException("Rater column '" + raterColumn + "' holds " + raterIndex.size()
                + " rater(s) " + raterIndex.keySet() + "; agreement needs at least two.");
        }
        final int[][] rows = new int[subjectIndex.size()][raterIndex.size()];
        for (final int[] r : rows) {
            Arrays.fill(r, -1);
        }
        final List<String> subjects = new ArrayList<>(subjectIndex.keySet());
        final List<String> raters = new ArrayList<>(raterIndex.keySet());
        for (int row = 0; row < subjectOfRow.length; row++) {
            final int earlier = rows[subjectOfRow[row]][raterOfRow[row]];
            if (earlier >= 0) {
                throw new InvalidDataException("Subject '" + subjects.get(subjectOfRow[row]) + "' (column '"
                    + subjectColumn + "') is rated twice by '" + raters.get(raterOfRow[row]) + "' (column '"
                    + raterColumn + "'): data rows " + (earlier + 1) + " and " + (row + 1) + ".");
            }
            rows[subjectOfRow[row]][raterOfRow[row]] = row;
        }
        return new LongFormatRatings(subjectColumn, raterColumn, subjects, raters, rows);
    }

    private static int index(final Map<String, Integer> index, final String id, final String column, final int row) {
        if (id == null || id.isEmpty()) {
            throw new InvalidDataException("Data row " + (row + 1) + " has no value in column '" + column + "'.");
        }
        return index.computeIfAbsent(id, k -> index.size());
    }

    /** @return number of table rows the layout was built from */
    public int rowCount() {
        return (int)Arrays.stream(rowsBySubject).flatMapToInt(Arrays::stream).filter(r -> r >= 0).count();
    }

    /**
     * The subjects × raters matrix of one numeric column.
     *
     * @param valuePerRow one value per table row, NaN where missing
     * @return {@code [subject][rater]}, NaN where missing or where the subject has no row for the rater
     */
    public double[][] matrix(final double[] valuePerRow) {
        final double[][] m = new double[subjects.size()][raters.size()];
        for (int s = 0; s < m.length; s++) {
            for (int r = 0; r < m[s].length; r++) {
                final int row = rowsBySubject[s][r];
                m[s][r] = row < 0 ? Double.NaN : valuePerRow[row];
            }
        }
        return m;
    }

    /** @return the row of subject {@code s} for rater {@code r}, −1 where absent */
    public int row(final int s, final int r) {
        return rowsBySubject[s][r];
    }

    @Override
    public int[][] rowsBySubject() {
        return Arrays.stream(rowsBySubject).map(int[]::clone).toArray(int[][]::new);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof LongFormatRatings l && subjectColumn.equals(l.subjectColumn)
            && raterColumn.equals(l.raterColumn) && subjects.equals(l.subjects) && raters.equals(l.raters)
            && Arrays.deepEquals(rowsBySubject, l.rowsBySubject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subjectColumn, raterColumn, subjects, raters, Arrays.deepHashCode(rowsBySubject));
    }

    @Override
    public String toString() {
        return "LongFormatRatings[" + subjects.size() + " subjects × " + raters.size() + " raters]";
    }
}
