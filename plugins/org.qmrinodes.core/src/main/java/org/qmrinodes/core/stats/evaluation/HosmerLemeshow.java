package org.qmrinodes.core.stats.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.qmrinodes.core.data.InvalidDataException;

/**
 * Hosmer–Lemeshow goodness-of-fit test over groups of predicted risk, as R
 * {@code ResourceSelection::hoslem.test(y, p, g)}: cut points are the distinct type-7 quantiles
 * of p at 0, 1/g, …, 1; groups are the intervals (b<sub>k</sub>, b<sub>k+1</sub>], the first one
 * closed ([b<sub>1</sub>, b<sub>2</sub>]); χ² = Σ (O₁ − E₁)²/E₁ + (O₀ − E₀)²/E₀ with O the observed
 * events and non-events and E the sums of p and 1 − p per group.
 *
 * <p>Degrees of freedom (a setting, because the package versions differ): {@link DfRule#REQUESTED}
 * g − 2 with g as requested (ResourceSelection ≤ 0.2-5, the project's CLI contract), or
 * {@link DfRule#OCCUPIED} G − 2 with G the non-empty groups (ResourceSelection 0.3-6). Ties can
 * leave fewer groups than requested; the result says how many were used. An interval without
 * any case (E = 0) makes the statistic undefined: an error, not R's NaN.
 */
public final class HosmerLemeshow {

    /** How the degrees of freedom are counted. */
    public enum DfRule {
        /** g − 2, g as requested. */
        REQUESTED,
        /** G − 2, G the groups that hold cases. */
        OCCUPIED
    }

    /**
     * One group of predicted risk.
     *
     * @param lower lower cut point (exclusive, inclusive for the first group)
     * @param upper upper cut point (inclusive)
     * @param n cases
     * @param observedEvents O₁
     * @param expectedEvents E₁
     */
    public record Group(double lower, double upper, int n, int observedEvents, double expectedEvents) {
    }

    /**
     * @param chiSquare χ²
     * @param df degrees of freedom
     * @param pValue upper tail of χ²(df)
     * @param groupsRequested g
     * @param groups the groups used
     * @param dfRule how df was counted
     */
    public record Result(double chiSquare, int df, double pValue, int groupsRequested, List<Group> groups, DfRule dfRule) {
    }

    private static final Quantile TYPE_7 = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);

    private HosmerLemeshow() {
    }

    /**
     * @param probability predicted probability per case, in [0, 1]
     * @param event whether each case has the event
     * @param groups g, at least 3
     * @param dfRule how to count degrees of freedom
     * @return the test
     * @throws InvalidDataException when the inputs do not allow the test (fewer than 3 groups, an
     *         empty interval, a probability outside [0, 1], df below 1)
     */
    public static Result test(final double[] probability, final boolean[] event, final int groups, final DfRule dfRule) {
        if (probability.length != event.length || probability.length == 0) {
            throw new InvalidDataException("Hosmer-Lemeshow: " + probability.length + " probabilities for " + event.length
                + " outcomes");
        }
        if (groups < 3) {
            throw new InvalidDataException("Hosmer-Lemeshow needs at least 3 groups, got " + groups);
        }
        for (int i = 0; i < probability.length; i++) {
            if (!(probability[i] >= 0 && probability[i] <= 1)) {
                throw new InvalidDataException("Hosmer-Lemeshow: case " + (i + 1) + " has probability " + probability[i]
                    + ", not in [0, 1]");
            }
        }
        final double[] levels = new double[groups + 1];
        for (int k = 0; k <= groups; k++) {
            levels[k] = (double) k / groups;
        }
        final double[] cuts = Arrays.stream(TYPE_7.evaluate(probability.clone(), levels)).distinct().sorted().toArray();
        if (cuts.length < 2) {
            throw new InvalidDataException("Hosmer-Lemeshow: all predicted probabilities are equal; no groups can be formed");
        }
        final int intervals = cuts.length - 1;
        final int[] n = new int[intervals];
        final int[] o1 = new int[intervals];
        final double[] e1 = new double[intervals];
        for (int i = 0; i < probability.length; i++) {
            final int k = interval(cuts, probability[i]);
            n[k]++;
            e1[k] += probability[i];
            if (event[i]) {
                o1[k]++;
            }
        }
        double chi2 = 0;
        int occupied = 0;
        final List<Group> out = new ArrayList<>(intervals);
        for (int k = 0; k < intervals; k++) {
            if (n[k] == 0) {
                throw new InvalidDataException("Hosmer-Lemeshow: the group (" + cuts[k] + ", " + cuts[k + 1]
                    + "] of predicted risk holds no case (ties at the cut points); choose fewer groups");
            }
            occupied++;
            final double e0 = n[k] - e1[k];
            final double o0 = n[k] - o1[k];
            chi2 += (o1[k] - e1[k]) * (o1[k] - e1[k]) / e1[k] + (o0 - e0) * (o0 - e0) / e0;
            out.add(new Group(cuts[k], cuts[k + 1], n[k], o1[k], e1[k]));
        }
        final int df = (dfRule == DfRule.REQUESTED ? groups : occupied) - 2;
        if (df < 1) {
            throw new InvalidDataException("Hosmer-Lemeshow: only " + occupied + " groups of predicted risk could be formed;"
                + " the test needs at least 3");
        }
        return new Result(chi2, df, ChiSquaredDistribution.of(df).survivalProbability(chi2), groups, List.copyOf(out), dfRule);
    }

    /** @return the interval (b_k, b_{k+1}] holding p, the first one closed */
    private static int interval(final double[] cuts, final double p) {
        for (int k = 0; k < cuts.length - 1; k++) {
            if (p <= cuts[k + 1]) {
                return k;
            }
        }
        return cuts.length - 2;
    }
}
