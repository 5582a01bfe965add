package org.qmrinodes.core.stats.comparison;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.qmrinodes.core.data.InvalidDataException;

/**
 * Tests of independence in an r×c table of counts (rows: levels of a categorical feature,
 * columns: groups), as R {@code chisq.test} and {@code fisher.test}. Rows and columns whose total
 * is zero are left out first (a level that no case has is not a level of the data).
 */
public final class ContingencyTests {

    /** The default limit on the number of tables the exact r×c test enumerates. */
    public static final long DEFAULT_FISHER_TABLE_LIMIT = 50_000_000L;

    /** R {@code fisher.test}: tables count as "at most as probable" within this relative tolerance. */
    private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

    private ContingencyTests() {
    }

    /**
     * Pearson's chi-square test of independence: X² = Σ(O − E)²/E with E = row total · column
     * total / n on (r − 1)(c − 1) df; with {@code yates} and a 2×2 table, Yates' continuity
     * correction Σ(|O − E| − min(0.5, |O − E|))²/E, as R {@code chisq.test(correct = TRUE)}.
     *
     * @param counts the table (rows × columns)
     * @param yates whether to correct 2×2 tables
     * @return X², df and p ({@code chi-square}, or {@code chi-square-yates} when corrected)
     * @throws InvalidDataException if fewer than 2 non-empty rows or columns remain
     */
    public static TestResult chiSquare(final long[][] counts, final boolean yates) {
        final long[][] t = nonEmpty(counts);
        if (yates && t.length == 2 && t[0].length == 2) {
            final double[][] e = expected(t);
            double x2 = 0;
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    final double d = Math.abs(t[i][j] - e[i][j]);
                    final double c = d - Math.min(0.5, d);
                    x2 += c * c / e[i][j];
                }
            }
            return TestResult.of("chi-square-yates", x2, 1, ChiSquaredDistribution.of(1).survivalProbability(x2));
        }
        final double x2 = ChiSquareTest.withDefaults().statistic(t);
        final int df = (t.length - 1) * (t[0].length - 1);
        return TestResult.of(ComparisonTest.CHI_SQUARE.label(), x2, df,
            ChiSquaredDistribution.of(df).survivalProbability(x2));
    }

    /**
     * Fisher's exact test; for tables larger than 2×2 the Fisher–Freeman–Halton test (Freeman &amp;
     * Halton 1951), as R {@code fisher.test}: conditional on both margins a table has probability
     * P = Πr<sub>i</sub>! Πc<sub>j</sub>! / (n! Πn<sub>ij</sub>!), and p is the total probability of the
     * tables with P ≤ P<sub>observed</sub>·(1 + 10⁻⁷). 2×2 tables use Commons Statistics; larger
     * tables are enumerated in full, column by column.
     *
     * @param counts the table
     * @param tableLimit stop (with an {@link InvalidDataException}) after enumerating this many tables
     * @return p (no statistic)
     * @throws InvalidDataException if fewer than 2 non-empty rows or columns remain, or the table
     *         has too many possible tables for exact enumeration
     */
    public static TestResult fisherExact(final long[][] counts, final long tableLimit) {
        final long[][] t = nonEmpty(counts);
        if (t.length == 2 && t[0].length == 2) {
            final int[][] small = {{(int) t[0][0], (int) t[0][1]}, {(int) t[1][0], (int) t[1][1]}};
            return TestResult.of(ComparisonTest.FISHER.label(), Double.NaN, Double.NaN,
                FisherExactTest.withDefaults().test(small).getPValue());
        }
        return TestResult.of(ComparisonTest.FISHER.label(), Double.NaN, Double.NaN,
            new FreemanHalton(t, tableLimit).pValue());
    }

    /** @return expected counts under independence, row total · column total / n */
    public static double[][] expected(final long[][] counts) {
        final long[] rows = new long[counts.length];
        final long[] cols = new long[counts[0].length];
        long n = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                rows[i] += counts[i][j];
                cols[j] += counts[i][j];
                n += counts[i][j];
            }
        }
        final double[][] e = new double[rows.length][cols.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                e[i][j] = (double) rows[i] * cols[j] / n;
            }
        }
        return e;
    }

    /** @return the table without rows and columns whose total is zero */
    static long[][] nonEmpty(final long[][] counts) {
        final boolean[] keepRow = new boolean[counts.length];
        final boolean[] keepCol = new boolean[counts.length == 0 ? 0 : counts[0].length];
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < keepCol.length; j++) {
                if (counts[i][j] < 0) {
                    throw new InvalidDataException("negative count " + counts[i][j] + " in the table");
                }
                keepRow[i] |= counts[i][j] > 0;
                keepCol[j] |= counts[i][j] > 0;
            }
        }
        final int[] r = indices(keepRow);
        final int[] c = indices(keepCol);
        if (r.length < 2 || c.length < 2) {
            throw new InvalidDataException("a test of independence needs at least 2 levels and 2 groups with cases (found "
                + r.length + " level(s) and " + c.length + " group(s))");
        }
        final long[][] out = new long[r.length][c.length];
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < c.length; j++) {
                out[i][j] = counts[r[i]][c[j]];
            }
        }
        return out;
    }

    private static int[] indices(final boolean[] keep) {
        return java.util.stream.IntStream.range(0, keep.length).filter(i -> keep[i]).toArray();
    }

    /** Full enumeration of the tables with the observed margins. */
    private static final class FreemanHalton {
        private final int rows;
        private final int cols;
        private final int[] colTotals;
        private final double[] logFactorial;
        private final double logConstant;
        private final double threshold;
        private final long limit;
        private long visited;
        private double pValue;

        FreemanHalton(final long[][] t, final long limit) {
            this.limit = limit;
            rows = t.length;
            cols = t[0].length;
            colTotals = new int[cols];
            final int[] rowTotals = new int[rows];
            int n = 0;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    rowTotals[i] += (int) t[i][j];
                    colTotals[j] += (int) t[i][j];
                    n += (int) t[i][j];
                }
            }
            logFactorial = new double[n + 1];
            for (int i = 1; i <= n; i++) {
                logFactorial[i] = logFactorial[i - 1] + Math.log(i);
            }
            double c = -logFactorial[n];
            for (final int r : rowTotals) {
                c += logFactorial[r];
            }
            for (final int s : colTotals) {
                c += logFactorial[s];
            }
            logConstant = c;
            double observed = logConstant;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    observed -= logFactorial[(int) t[i][j]];
                }
            }
            threshold = observed + Math.log(RELATIVE_TOLERANCE);
            enumerateColumn(0, rowTotals, logConstant);
        }

        double pValue() {
            return Math.min(1.0, pValue);
        }

        /** Distributes the column total of {@code col} over the rows, given what the rows still need. */
        private void enumerateColumn(final int col, final int[] remaining, final double logP) {
            if (col == cols - 1) {
                double p = logP;
                for (final int r : remaining) {
                    p -= logFactorial[r];
                }
                if (++visited > limit) {
                    throw new InvalidDataException("the exact test would enumerate more than " + limit
                        + " tables; use the chi-square test for this table");
                }
                if (p <= threshold) {
                    pValue += Math.exp(p);
                }
                return;
            }
            fillCell(col, 0, colTotals[col], remaining, logP);
        }

        private void fillCell(final int col, final int row, final int left, final int[] remaining, final double logP) {
            if (row == rows - 1) {
                if (left <= remaining[row]) {
                    remaining[row] -= left;
                    enumerateColumn(col + 1, remaining, logP - logFactorial[left]);
                    remaining[row] += left;
                }
                return;
            }
            int capacityBelow = 0;
            for (int i = row + 1; i < rows; i++) {
                capacityBelow += remaining[i];
            }
            final int min = Math.max(0, left - capacityBelow);
            final int max = Math.min(left, remaining[row]);
            for (int v = min; v <= max; v++) {
                remaining[row] -= v;
                fillCell(col, row + 1, left - v, remaining, logP - logFactorial[v]);
                remaining[row] += v;
            }
        }
    }
}
