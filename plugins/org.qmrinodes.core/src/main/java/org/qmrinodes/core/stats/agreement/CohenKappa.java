package org.qmrinodes.core.stats.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.qmrinodes.core.data.ConfidenceLevel;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.Levels;

/**
 * Cohen's kappa (1960) and weighted kappa (1968) of two raters, with the large-sample variance of
 * Fleiss, Cohen &amp; Everitt (1969), Psychol Bull 72:323–327.
 *
 * <p>With p<sub>ij</sub> the proportion of cases rated i by rater A and j by rater B, marginals
 * p<sub>i·</sub>, p<sub>·j</sub>, and weights w<sub>ij</sub> ({@link KappaWeights}):
 * p<sub>o</sub> = Σ w<sub>ij</sub>p<sub>ij</sub>, p<sub>c</sub> = Σ w<sub>ij</sub>p<sub>i·</sub>p<sub>·j</sub>,
 * κ = (p<sub>o</sub> − p<sub>c</sub>)/(1 − p<sub>c</sub>); with w̄<sub>i·</sub> = Σ<sub>j</sub> p<sub>·j</sub>w<sub>ij</sub>
 * and w̄<sub>·j</sub> = Σ<sub>i</sub> p<sub>i·</sub>w<sub>ij</sub>,
 * Var(κ) = [Σ p<sub>ij</sub>(w<sub>ij</sub>(1 − p<sub>c</sub>) − (w̄<sub>i·</sub> + w̄<sub>·j</sub>)(1 − p<sub>o</sub>))²
 * − (p<sub>o</sub>p<sub>c</sub> − 2p<sub>c</sub> + p<sub>o</sub>)²] / (n(1 − p<sub>c</sub>)⁴) and under H0
 * Var<sub>0</sub>(κ) = [Σ p<sub>i·</sub>p<sub>·j</sub>(w<sub>ij</sub> − (w̄<sub>i·</sub> + w̄<sub>·j</sub>))² − p<sub>c</sub>²]
 * / (n(1 − p<sub>c</sub>)²). CI = κ ∓ z<sub>1−α/2</sub>·√Var, clipped to [−1, 1]; z = κ/√Var<sub>0</sub>,
 * p = 2Φ(−|z|).
 *
 * <p>κ, the unweighted variance and the CI agree with R {@code psych::cohen.kappa} 2.2.9. For weighted
 * kappa psych's variance departs from the formula above (it uses p<sub>j·</sub>Σ<sub>k</sub>w<sub>jk</sub>
 * for w̄<sub>·j</sub>, and can turn negative); the published formula is used here (see
 * {@code validation/agreement/README.md}).
 */
public final class CohenKappa {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private CohenKappa() {
    }

    /**
     * Kappa of two rating columns. Ratings are compared as text; rows where either is missing are
     * skipped and counted.
     *
     * @param raterA name of the first column
     * @param a its rating per row, {@code null} or empty where missing
     * @param raterB name of the second column
     * @param b its rating per row
     * @param weights the weighting
     * @param categories the categories in order, or an empty list for the observed ones sorted
     *        (numerically when all are numbers, else as text); listing them matters for weighted kappa
     *        when a category is used by neither rater
     * @param confidenceLevel level of the interval, e.g. 0.95
     * @return the result; kappa is NaN (with a message) when fewer than two categories occur
     * @throws InvalidDataException if a category is listed twice, a rating is not among {@code categories},
     *         or no row has both ratings
     */
    public static KappaResult analyze(final String raterA, final List<String> a, final String raterB,
        final List<String> b, final KappaWeights weights, final List<String> categories,
        final double confidenceLevel) {
        ConfidenceLevel.check(confidenceLevel);
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("rating columns differ in length");
        }
        final List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < a.size(); row++) {
            if (!isMissing(a.get(row)) && !isMissing(b.get(row))) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidDataException("No row has ratings in both '" + raterA + "' and '" + raterB + "'.");
        }
        final List<String> levels = categories.isEmpty() ? observedCategories(a, b, rows)
            : Levels.requireDistinct(categories, "the categories");
        final int c = levels.size();
        final double n = rows.size();
        final double[][] p = new double[c][c];
        for (final int row : rows) {
            p[category(levels, a.get(row), raterA, row)][category(levels, b.get(row), raterB, row)] += 1 / n;
        }
        final int skipped = a.size() - rows.size();
        final List<String> messages = new ArrayList<>();
        if (skipped > 0) {
            messages.add("'" + raterA + "' vs '" + raterB + "': " + skipped + " rows skipped (a rating missing).");
        }
        if (c < 2) {
            messages.add("'" + raterA + "' vs '" + raterB + "': kappa undefined, only one category " + levels + ".");
            return undefined(raterA, raterB, weights, levels, rows.size(), skipped, confidenceLevel, messages);
        }
        final double[][] w = weights.matrix(c);
        final double[] rowMargin = new double[c];
        final double[] colMargin = new double[c];
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                rowMargin[i] += p[i][j];
                colMargin[j] += p[i][j];
            }
        }
        double po = 0;
        double pc = 0;
        final double[] wRow = new double[c];
        final double[] wCol = new double[c];
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                po += w[i][j] * p[i][j];
                pc += w[i][j] * rowMargin[i] * colMargin[j];
                wRow[i] += colMargin[j] * w[i][j];
                wCol[j] += rowMargin[i] * w[i][j];
            }
        }
        if (pc >= 1) {
            messages.add("'" + raterA + "' vs '" + raterB + "': kappa undefined, chance agreement is 1 (both raters "
                + "use a single category).");
            return undefined(raterA, raterB, weights, levels, rows.size(), skipped, confidenceLevel, messages);
        }
        double sum = 0;
        double sumNull = 0;
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                final double d = w[i][j] * (1 - pc) - (wRow[i] + wCol[j]) * (1 - po);
                sum += p[i][j] * d * d;
                final double d0 = w[i][j] - (wRow[i] + wCol[j]);
                sumNull += rowMargin[i] * colMargin[j] * d0 * d0;
            }
        }
        final double kappa = (po - pc) / (1 - pc);
        final double q = 1 - pc;
        final double variance = Math.max(0, (sum - Math.pow(po * pc - 2 * pc + po, 2)) / (n * q * q * q * q));
        final double nullVariance = Math.max(0, (sumNull - pc * pc) / (n * q * q));
        final double se = Math.sqrt(variance);
        final double se0 = Math.sqrt(nullVariance);
        final double half = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidenceLevel) / 2) * se;
        final double z = kappa / se0;
        return new KappaResult(raterA, raterB, weights, levels, rows.size(), skipped, po, pc, kappa, se,
            Math.max(-1, kappa - half), Math.min(1, kappa + half), se0, z,
            2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)), confidenceLevel, messages);
    }

    private static KappaResult undefined(final String raterA, final String raterB, final KappaWeights weights,
        final List<String> levels, final int n, final int skipped, final double level, final List<String> messages) {
        final double nan = Double.NaN;
        return new KappaResult(raterA, raterB, weights, levels, n, skipped, nan, nan, nan, nan, nan, nan, nan, nan,
            nan, level, messages);
    }

    private static int category(final List<String> levels, final String rating, final String column, final int row) {
        final int i = levels.indexOf(rating);
        if (i < 0) {
            throw new InvalidDataException("Data row " + (row + 1) + ", column '" + column + "': rating '" + rating
                + "' is not one of the categories " + levels + ".");
        }
        return i;
    }

    private static List<String> observedCategories(final List<String> a, final List<String> b,
        final List<Integer> rows) {
        final Set<String> seen = new LinkedHashSet<>();
        for (final int row : rows) {
            seen.add(a.get(row));
            seen.add(b.get(row));
        }
        final List<String> sorted = new ArrayList<>(seen);
        if (sorted.stream().allMatch(CohenKappa::isNumber)) {
            sorted.sort(Comparator.comparingDouble(Double::parseDouble));
        } else {
            sorted.sort(Comparator.naturalOrder());
        }
        return sorted;
    }

    private static boolean isNumber(final String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (final NumberFormatException e) {
            return false;
        }
    }

    private static boolean isMissing(final String rating) {
        return rating == null || rating.isEmpty();
    }
}
