package org.qmrinodes.core.stats.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Fleiss' kappa (Fleiss 1971, Psychol Bull 76:378–382) for m ≥ 2 raters who each put every subject
 * into one nominal category, with the null standard error of Fleiss, Nee &amp; Landis (1979), as
 * {@code irr::kappam.fleiss}.
 *
 * <p>With n<sub>ij</sub> the number of raters putting subject i (of n) into category j,
 * p<sub>j</sub> = Σ<sub>i</sub>n<sub>ij</sub>/(nm), q<sub>j</sub> = 1 − p<sub>j</sub>,
 * P<sub>i</sub> = (Σ<sub>j</sub>n<sub>ij</sub>² − m)/(m(m − 1)), P̄ = mean P<sub>i</sub>,
 * P<sub>e</sub> = Σp<sub>j</sub>²: κ = (P̄ − P<sub>e</sub>)/(1 − P<sub>e</sub>);
 * SE<sub>0</sub> = √(2/(nm(m − 1)))·√((Σp<sub>j</sub>q<sub>j</sub>)² − Σp<sub>j</sub>q<sub>j</sub>(q<sub>j</sub> − p<sub>j</sub>))
 * / Σp<sub>j</sub>q<sub>j</sub>; z = κ/SE<sub>0</sub>, p = 2Φ(−|z|). Subjects without a rating from every
 * rater are dropped and counted.
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    /**
     * Fleiss' kappa from a wide table: one row per subject, one column per rater.
     *
     * @param raterColumns the rater columns' names (at least two)
     * @param ratings per rater column, the rating per row (compared as text), {@code null} or empty where missing
     * @return the result; subjects are named by row number (1-based) in messages
     * @throws IllegalArgumentException if fewer than two columns are given or their lengths differ
     */
    public static FleissKappaResult analyzeWide(final List<String> raterColumns, final List<List<String>> ratings) {
        if (raterColumns.size() < 2 || raterColumns.size() != ratings.size()) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least two rater columns with their ratings.");
        }
        final int rows = ratings.get(0).size();
        final List<String> subjects = new ArrayList<>();
        final List<String> raters = new ArrayList<>();
        final List<String> values = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < raterColumns.size(); c++) {
                if (ratings.get(c).size() != rows) {
                    throw new IllegalArgumentException("rater column '" + raterColumns.get(c) + "' has "
                        + ratings.get(c).size() + " rows, '" + raterColumns.get(0) + "' " + rows + ".");
                }
                subjects.add("row " + (r + 1));
                raters.add(raterColumns.get(c));
                values.add(ratings.get(c).get(r));
            }
        }
        return analyze(LongFormatRatings.of("row", subjects, "rater column", raters), String.join(",", raterColumns),
            values);
    }

    /**
     * @param layout which rows belong to which subject and rater
     * @param ratingColumn name of the rating column
     * @param ratingPerRow the rating per table row (compared as text), {@code null} or empty where missing
     * @return the result; kappa is NaN (with a message) with fewer than two subjects or categories
     */
    public static FleissKappaResult analyze(final LongFormatRatings layout, final String ratingColumn,
        final List<String> ratingPerRow) {
        final int m = layout.raters().size();
        final List<Map<String, Integer>> counts = new ArrayList<>();
        final Map<String, Integer> totals = new TreeMap<>();
        for (int s = 0; s < layout.subjects().size(); s++) {
            Map<String, Integer> subject = new TreeMap<>();
            for (int r = 0; r < m; r++) {
                final int row = layout.row(s, r);
                final String rating = row < 0 ? null : ratingPerRow.get(row);
                if (rating == null || rating.isEmpty()) {
                    subject = null;
                    break;
                }
                subject.merge(rating, 1, Integer::sum);
            }
            if (subject != null) {
                counts.add(subject);
                subject.forEach((category, count) -> totals.merge(category, count, Integer::sum));
            }
        }
        final int n = counts.size();
        final int dropped = layout.subjects().size() - n;
        final List<String> messages = new ArrayList<>();
        if (dropped > 0) {
            messages.add("'" + ratingColumn + "': " + dropped + " of " + layout.subjects().size()
                + " subjects dropped (a rating missing).");
        }
        final List<String> categories = new ArrayList<>(totals.keySet());
        if (n < 2 || categories.size() < 2) {
            messages.add("'" + ratingColumn + "': Fleiss' kappa undefined with " + n + " complete subject(s) and "
                + categories.size() + " categor" + (categories.size() == 1 ? "y." : "ies."));
            final double nan = Double.NaN;
            return new FleissKappaResult(ratingColumn, n, m, dropped, categories, nan, nan, nan, nan, messages);
        }
        double meanAgreement = 0;
        for (final Map<String, Integer> subject : counts) {
            double squares = 0;
            for (final int c : subject.values()) {
                squares += (double)c * c;
            }
            meanAgreement += (squares - m) / (m * (m - 1.0)) / n;
        }
        double expected = 0;
        double pq = 0;
        double pqqp = 0;
        for (final int total : totals.values()) {
            final double p = total / ((double)n * m);
            final double q = 1 - p;
            expected += p * p;
            pq += p * q;
            pqqp += p * q * (q - p);
        }
        final double kappa = (meanAgreement - expected) / (1 - expected);
        final double se0 = Math.sqrt(2 / (n * m * (m - 1.0))) * Math.sqrt(pq * pq - pqqp) / pq;
        final double z = kappa / se0;
        return new FleissKappaResult(ratingColumn, n, m, dropped, categories, kappa, se0, z,
            2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(z)), messages);
    }
}
