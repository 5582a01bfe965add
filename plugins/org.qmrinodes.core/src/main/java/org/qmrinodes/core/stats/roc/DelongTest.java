package org.qmrinodes.core.stats.roc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.commons.statistics.distribution.TDistribution;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.ConfidenceLevel;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.MissingValues;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;

/**
 * DeLong tests of the difference between AUCs (DeLong, DeLong &amp; Clarke-Pearson 1988), as R
 * pROC {@code roc.test(method = "delong")}.
 *
 * <p>Paired (same cases): with placements V of both scores (see {@link DelongPlacements}),
 * SE² = Var<sub>A</sub> + Var<sub>B</sub> − 2·Cov<sub>AB</sub>, z = (AUC<sub>A</sub> −
 * AUC<sub>B</sub>)/SE, p = 2·Φ(−|z|), CI = difference ± z<sub>1−α/2</sub>·SE. Unpaired
 * (independent samples): SE² = Var<sub>A</sub> + Var<sub>B</sub> and, as pROC, p = 2·P(T<sub>ν</sub> ≥
 * |z|) from Student's t with ν = (V<sub>A</sub> + V<sub>B</sub>)² / (V<sub>A</sub>²/(N<sub>A</sub> − 1) +
 * V<sub>B</sub>²/(N<sub>B</sub> − 1)), N the number of cases in each sample. Each curve keeps its own
 * direction. When SE is 0 and the AUCs are equal (e.g. two perfectly separating scores), z is 0 and
 * p is 1, as pROC reports; with SE 0 and different AUCs z is ±∞ and p is 0.
 */
public final class DelongTest {

    private DelongTest() {
    }

    /**
     * Paired comparison of two scores on the rows where the outcome and both scores are present.
     *
     * @param outcome the outcome per row
     * @param scoreA name of the first score
     * @param a first score per row, NaN where missing
     * @param scoreB name of the second score
     * @param b second score per row, NaN where missing
     * @param rule how each curve's direction is chosen
     * @param confidenceLevel level of the interval of the difference
     * @return the comparison
     * @throws InvalidDataException if a class has fewer than two complete cases
     */
    public static PairedAucComparison comparePaired(final BinaryOutcome outcome, final String scoreA,
        final double[] a, final String scoreB, final double[] b, final DirectionRule rule,
        final double confidenceLevel) {
        ConfidenceLevel.check(confidenceLevel);
        final ClassScores splitA = ClassScores.splitCompleteCases(outcome, scoreA, a, a, b);
        final ClassScores splitB = ClassScores.splitCompleteCases(outcome, scoreB, b, a, b);
        splitA.requireTwoPerClass(outcome);
        return compare(Placed.of(splitA, rule), Placed.of(splitB, rule), confidenceLevel);
    }

    /** A score's split and its placements in its resolved direction. */
    private record Placed(ClassScores split, Direction direction, DelongPlacements placements) {
        static Placed of(final ClassScores split, final DirectionRule rule) {
            final Direction d = rule.resolve(split);
            return new Placed(split, d, DelongPlacements.compute(split, d));
        }
    }

    private static PairedAucComparison compare(final Placed a, final Placed b, final double confidenceLevel) {
        final DelongPlacements pa = a.placements();
        final DelongPlacements pb = b.placements();
        final double variance = pa.variance() + pb.variance() - 2 * DelongPlacements.covariance(pa, pb);
        final double se = Math.sqrt(Math.max(0.0, variance));
        final double difference = pa.auc() - pb.auc();
        final String scoreA = a.split().score();
        final String scoreB = b.split().score();
        final List<String> warnings = new ArrayList<>();
        if (a.split().skippedRows() > 0) {
            warnings.add("'" + scoreA + "' vs '" + scoreB + "': " + a.split().skippedRows()
                + " rows skipped (missing outcome or score).");
        }
        if (se == 0) {
            warnings.add("'" + scoreA + "' vs '" + scoreB + "': the DeLong standard error of the difference is 0.");
        }
        final double z = testStatistic(difference, se);
        final double half = RocAnalysis.standardNormalQuantile(confidenceLevel) * se;
        final double p = RocAnalysis.twoSidedP(z);
        return new PairedAucComparison(scoreA, scoreB, a.split().positiveCount(), a.split().negativeCount(),
            a.split().skippedRows(), a.direction(), b.direction(), pa.auc(), pb.auc(), se, z, p, p, confidenceLevel,
            difference - half, difference + half, warnings);
    }

    /**
     * Paired comparisons of several scores: every pair in column order, or each score against a
     * reference; the p-values of the family are adjusted together.
     *
     * @param outcome the outcome per row
     * @param names score names
     * @param columns score values per row, NaN where missing, parallel to {@code names}
     * @param reference name of the reference score, or {@code null} for all pairs
     * @param rule how each curve's direction is chosen
     * @param confidenceLevel level of the intervals
     * @param adjustment multiple-testing adjustment over the family
     * @return one comparison per pair; for a reference, the reference is score A
     */
    public static List<PairedAucComparison> compareAll(final BinaryOutcome outcome, final List<String> names,
        final List<double[]> columns, final String reference, final DirectionRule rule, final double confidenceLevel,
        final PValueAdjustment adjustment) {
        ConfidenceLevel.check(confidenceLevel);
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException("names and columns differ in length");
        }
        if (names.size() < 2) {
            throw new InvalidDataException("A DeLong comparison needs at least two score columns; got " + names + ".");
        }
        final List<int[]> pairs = new ArrayList<>();
        if (reference != null) {
            final int r = names.indexOf(reference);
            if (r < 0) {
                throw new InvalidDataException("Reference score '" + reference + "' is not among the selected scores "
                    + names + ".");
            }
            for (int j = 0; j < names.size(); j++) {
                if (j != r) {
                    pairs.add(new int[] {r, j});
                }
            }
        } else {
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        // without missing scores every pair uses the same cases: place each score once
        final boolean noMissingScores = columns.stream().allMatch(c -> java.util.Arrays.stream(c).noneMatch(MissingValues::isMissing));
        final Placed[] placed = new Placed[names.size()];
        final List<PairedAucComparison> raw = new ArrayList<>();
        for (final int[] pair : pairs) {
            final int i = pair[0];
            final int j = pair[1];
            if (noMissingScores) {
                for (final int k : pair) {
                    if (placed[k] == null) {
                        final ClassScores split = ClassScores.split(outcome, names.get(k), columns.get(k));
                        split.requireTwoPerClass(outcome);
                        placed[k] = Placed.of(split, rule);
                    }
                }
                raw.add(compare(placed[i], placed[j], confidenceLevel));
            } else {
                raw.add(comparePaired(outcome, names.get(i), columns.get(i), names.get(j), columns.get(j), rule,
                    confidenceLevel));
            }
        }
        final double[] adjusted =
            Objects.requireNonNull(adjustment).adjust(raw.stream().mapToDouble(PairedAucComparison::pValue).toArray());
        final List<PairedAucComparison> out = new ArrayList<>(raw.size());
        for (int k = 0; k < raw.size(); k++) {
            out.add(raw.get(k).withAdjustedPValue(adjusted[k]));
        }
        return out;
    }

    /**
     * Unpaired comparison of two ROC analyses of independent samples.
     *
     * @param a the first sample's scores (at least two per class)
     * @param b the second sample's scores (at least two per class)
     * @param rule how each curve's direction is chosen
     * @param confidenceLevel level of the interval of the difference
     * @return the comparison
     */
    public static UnpairedAucComparison compareUnpaired(final ClassScores a, final ClassScores b,
        final DirectionRule rule, final double confidenceLevel) {
        ConfidenceLevel.check(confidenceLevel);
        final RocResult ra = RocAnalysis.analyze(a, rule, confidenceLevel);
        final RocResult rb = RocAnalysis.analyze(b, rule, confidenceLevel);
        final double va = ra.variance();
        final double vb = rb.variance();
        final double se = Math.sqrt(va + vb);
        final double difference = ra.auc() - rb.auc();
        final double z = testStatistic(difference, se);
        final double df = (va + vb) * (va + vb)
            / (va * va / (ra.positives() + ra.negatives() - 1) + vb * vb / (rb.positives() + rb.negatives() - 1));
        final double p = Double.isNaN(df) || Double.isInfinite(z) || z == 0 ? RocAnalysis.twoSidedP(z)
            : 2 * TDistribution.of(df).survivalProbability(Math.abs(z));
        final double half = RocAnalysis.standardNormalQuantile(confidenceLevel) * se;
        return new UnpairedAucComparison(ra, rb, se, z, df, p, difference - half, difference + half);
    }

    /** z = d / SE; pROC's convention for SE = 0: z = 0 when d = 0, else ±∞. */
    private static double testStatistic(final double difference, final double se) {
        if (se == 0) {
            return difference == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
        }
        return difference / se;
    }
}
