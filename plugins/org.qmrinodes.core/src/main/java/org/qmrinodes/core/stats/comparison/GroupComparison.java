package org.qmrinodes.core.stats.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.Levels;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;

/**
 * Univariate screening: every feature is compared between the groups of a group column (e.g.
 * HER2-zero / low / over), and the p-values are adjusted over the tested features.
 *
 * <p>The automatic rule ({@link ComparisonTest#AUTO}) follows the studies in the project's methods
 * digest (SPSS practice): a categorical feature gets Pearson's chi-square, or Fisher's exact test
 * (Fisher–Freeman–Halton for r×c) when more than {@code sparseFraction} of the expected counts is
 * below 5; a continuous feature gets, when no group's normality test rejects at α, Student's t /
 * one-way ANOVA (Bonferroni pairwise t) if Levene's test does not reject either, else Welch's t /
 * Welch's ANOVA (Tamhane's T2); when normality is rejected, Mann–Whitney U / Kruskal–Wallis
 * (Dunn–Bonferroni). The choice is written into the result's note.
 *
 * <p>A feature that cannot be tested (constant, one group or one level with data, too few
 * values) is reported with its reason and no p-value; the others are still tested.
 */
public final class GroupComparison {

    /**
     * Progress of a screening, called before each feature; may throw to cancel.
     *
     * @param <E> the exception it may throw
     */
    @FunctionalInterface
    public interface Progress<E extends Exception> {
        /**
         * @param done features finished
         * @param total all features
         * @param feature the feature about to be compared
         * @throws E to cancel
         */
        void report(int done, int total, String feature) throws E;
    }

    /** A categorical feature with more levels than this is not tested (it is likely an identifier). */
    public static final int MAX_LEVELS = 50;

    private GroupComparison() {
    }

    /**
     * Compares every feature between the groups.
     *
     * @param <E> what the progress callback may throw
     * @param groupColumn name of the group column (for messages)
     * @param groupLabels group per row ({@code null} or empty: missing; such rows are skipped and counted)
     * @param features the features, each with one value per row
     * @param settings the test settings
     * @param adjustment the multiple-testing adjustment over features
     * @param progress called before each feature
     * @return the screening
     * @throws InvalidDataException if fewer than two groups are present, a chosen group is absent or
     *         listed twice, a two-group test is chosen for more groups, a categorical test (chi-square,
     *         Fisher) is chosen and a feature is continuous, or a feature's length differs
     * @throws E if the progress callback throws
     */
    public static <E extends Exception> Screening screen(final String groupColumn, final List<String> groupLabels,
        final List<Feature> features, final ComparisonSettings settings, final PValueAdjustment adjustment,
        final Progress<E> progress) throws E {
        final Groups groups = Groups.of(groupColumn, groupLabels, settings.groupOrder());
        final int required = settings.test().requiredGroups();
        if (required > 0 && groups.names().size() != required) {
            throw new InvalidDataException("The " + settings.test().label() + " test compares " + required
                + " groups, but group column '" + groupColumn + "' has " + groups.names().size() + " " + groups.names()
                + "; choose the groups to compare or a test for several groups.");
        }
        final List<FeatureComparison> results = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            final Feature f = features.get(i);
            progress.report(i, features.size(), f.name());
            if (f.size() != groupLabels.size()) {
                throw new InvalidDataException("Feature '" + f.name() + "' has " + f.size() + " rows, the group column '"
                    + groupColumn + "' " + groupLabels.size() + ".");
            }
            if (settings.test().isCategorical() && !f.isCategorical()) {
                throw new InvalidDataException("The " + settings.test().label() + " test compares categories, but feature '"
                    + f.name() + "' is continuous (numeric); choose a test for continuous features or auto.");
            }
            final FeatureComparison c = f.isCategorical() ? categorical(groups, f, settings) : continuous(groups, f, settings);
            if (c.result() == null) {
                warnings.add("'" + f.name() + "' not tested: " + c.note());
            }
            results.add(c);
        }
        if (groups.skipped() > 0) {
            warnings.add(groups.skipped() + " rows skipped: group missing" + (settings.groupOrder().isEmpty() ? ""
                : " or not among the chosen groups") + " in '" + groupColumn + "'.");
        }
        final double[] p = results.stream().mapToDouble(FeatureComparison::pValue).toArray();
        return new Screening(groupColumn, groups.names(), results, adjustment, adjustment.adjust(p), warnings);
    }

    private static FeatureComparison continuous(final Groups groups, final Feature f, final ComparisonSettings s) {
        final List<String> names = new ArrayList<>();
        final List<double[]> values = new ArrayList<>();
        final List<GroupSummary> summaries = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        int used = 0;
        for (int g = 0; g < groups.names().size(); g++) {
            final double[] v = groups.values(g, f);
            summaries.add(GroupSummary.of(groups.names().get(g), v));
            if (v.length == 0) {
                notes.add("group '" + groups.names().get(g) + "' has no values");
                continue;
            }
            names.add(groups.names().get(g));
            values.add(v);
            used += v.length;
        }
        final double[] all = Ranks.pool(values);
        final GroupSummary overall = GroupSummary.of("Overall", all);
        final int skipped = f.size() - used;
        final Builder b = new Builder(f.name(), false, used, skipped, summaries, overall, null, notes);
        if (names.size() < 2) {
            return b.untested("fewer than two groups with values");
        }
        if (ContinuousTests.allEqual(all)) {
            return b.untested("constant: every value is " + all[0]);
        }
        boolean normal = true;
        double minP = Double.NaN;
        for (int g = 0; g < values.size(); g++) {
            try {
                final double p = s.normality().test(values.get(g)).pValue();
                minP = Double.isNaN(minP) ? p : Math.min(minP, p);
                normal &= p >= s.alpha();
            } catch (final InvalidDataException e) {
                notes.add(s.normality().label() + " not computed in '" + names.get(g) + "': " + e.getMessage());
                normal &= !ContinuousTests.allEqual(values.get(g));
            }
        }
        double leveneP = Double.NaN;
        try {
            leveneP = ContinuousTests.levene(values).pValue();
        } catch (final InvalidDataException e) {
            notes.add("Levene not computed: " + e.getMessage());
        }
        b.normality(normal, minP, leveneP);
        ComparisonTest test = s.test();
        if (test == ComparisonTest.AUTO || test.isCategorical()) {
            test = autoContinuous(names.size(), normal, leveneP >= s.alpha());
            b.notes.add(0, "auto: " + test.label() + " (" + (normal ? "normality not rejected" : "normality rejected")
                + " by " + s.normality().label() + (normal ? ", Levene p " + (leveneP >= s.alpha() ? "≥" : "<") + " "
                    + s.alpha() : "") + ")");
        }
        try {
            b.result = switch (test) {
                case STUDENT_T -> ContinuousTests.studentT(values.get(0), values.get(1));
                case WELCH_T -> ContinuousTests.welchT(values.get(0), values.get(1));
                case MANN_WHITNEY -> ContinuousTests.mannWhitney(values.get(0), values.get(1));
                case ANOVA -> ContinuousTests.anova(values);
                case WELCH_ANOVA -> ContinuousTests.welchAnova(values);
                default -> ContinuousTests.kruskalWallis(values);
            };
        } catch (final InvalidDataException e) {
            return b.untested(e.getMessage());
        }
        if (names.size() > 2) {
            try {
                b.pairwise = switch (test) {
                    case ANOVA -> PostHocTests.bonferroniT(names, values);
                    case WELCH_ANOVA -> PostHocTests.tamhaneT2(names, values);
                    default -> PostHocTests.dunnBonferroni(names, values);
                };
            } catch (final InvalidDataException e) {
                b.notes.add("no pairwise comparisons: " + e.getMessage());
            }
        }
        return b.build();
    }

    private static ComparisonTest autoContinuous(final int groups, final boolean normal, final boolean equalVariances) {
        if (!normal) {
            return groups == 2 ? ComparisonTest.MANN_WHITNEY : ComparisonTest.KRUSKAL_WALLIS;
        }
        if (equalVariances) {
            return groups == 2 ? ComparisonTest.STUDENT_T : ComparisonTest.ANOVA;
        }
        return groups == 2 ? ComparisonTest.WELCH_T : ComparisonTest.WELCH_ANOVA;
    }

    private static FeatureComparison categorical(final Groups groups, final Feature f, final ComparisonSettings s) {
        final TreeSet<String> levelSet = new TreeSet<>(NATURAL_ORDER);
        for (int r = 0; r < f.size(); r++) {
            if (groups.group(r) >= 0 && !f.isMissing(r)) {
                levelSet.add(f.labels().get(r));
            }
        }
        final List<String> levels = new ArrayList<>(levelSet);
        final long[][] counts = new long[levels.size()][groups.names().size()];
        int used = 0;
        for (int r = 0; r < f.size(); r++) {
            if (groups.group(r) >= 0 && !f.isMissing(r)) {
                counts[levels.indexOf(f.labels().get(r))][groups.group(r)]++;
                used++;
            }
        }
        final CategoryCounts table = new CategoryCounts(levels, groups.names(), counts);
        final List<GroupSummary> summaries = new ArrayList<>();
        for (int g = 0; g < groups.names().size(); g++) {
            summaries.add(countOnly(groups.names().get(g), (int) table.groupTotal(g)));
        }
        final Builder b = new Builder(f.name(), true, used, f.size() - used, summaries, countOnly("Overall", used),
            table, new ArrayList<>());
        if (levels.size() < 2) {
            return b.untested(levels.isEmpty() ? "no values" : "constant: every value is '" + levels.get(0) + "'");
        }
        if (levels.size() > MAX_LEVELS) {
            return b.untested(levels.size() + " levels, more than " + MAX_LEVELS + " (an identifier?)");
        }
        ComparisonTest test = s.test().isCategorical() ? s.test() : null;
        if (test == null) {
            test = autoCategorical(counts, s, b.notes);
        }
        try {
            b.result = categoricalTest(counts, test, s);
        } catch (final InvalidDataException e) {
            return b.untested(e.getMessage());
        }
        if (groups.names().size() > 2) {
            final List<PairwiseComparison> pairs = new ArrayList<>();
            for (final int[] pair : PostHocTests.pairs(groups.names().size())) {
                TestResult r;
                try {
                    r = categoricalTest(table.columns(pair[0], pair[1]), test, s);
                } catch (final InvalidDataException e) {
                    r = new TestResult(test.label(), Double.NaN, Double.NaN, Double.NaN, Double.NaN);
                }
                pairs.add(new PairwiseComparison(groups.names().get(pair[0]), groups.names().get(pair[1]), r.test(),
                    r.statistic(), r.pValue()));
            }
            b.pairwise = pairs;
        }
        return b.build();
    }

    private static ComparisonTest autoCategorical(final long[][] counts, final ComparisonSettings s,
        final List<String> notes) {
        final double[][] e;
        try {
            e = ContingencyTests.expected(ContingencyTests.nonEmpty(counts));
        } catch (final InvalidDataException ex) {
            return ComparisonTest.CHI_SQUARE;
        }
        int sparse = 0;
        int cells = 0;
        for (final double[] row : e) {
            for (final double v : row) {
                cells++;
                sparse += v < 5 ? 1 : 0;
            }
        }
        final boolean fisher = sparse > s.sparseFraction() * cells;
        final ComparisonTest t = fisher ? ComparisonTest.FISHER : ComparisonTest.CHI_SQUARE;
        notes.add(0, String.format(Locale.ROOT, "auto: %s (%d of %d expected counts below 5)", t.label(), sparse, cells));
        return t;
    }

    private static TestResult categoricalTest(final long[][] counts, final ComparisonTest test,
        final ComparisonSettings s) {
        return test == ComparisonTest.FISHER ? ContingencyTests.fisherExact(counts, s.fisherTableLimit())
            : ContingencyTests.chiSquare(counts, s.yates());
    }

    private static GroupSummary countOnly(final String group, final int n) {
        return new GroupSummary(group, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Numbers in numeric order before text in text order. */
    static final Comparator<String> NATURAL_ORDER = (a, b) -> {
        final Double x = number(a);
        final Double y = number(b);
        if (x != null && y != null) {
            final int c = Double.compare(x, y);
            return c != 0 ? c : a.compareTo(b);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a.compareTo(b);
    };

    private static Double number(final String s) {
        try {
            return Double.valueOf(s);
        } catch (final NumberFormatException e) {
            return null;
        }
    }

    /** The compared groups and each row's group. */
    private record Groups(List<String> names, int[] rowGroup, int skipped) {

        static Groups of(final String column, final List<String> labels, final List<String> order) {
            final TreeSet<String> found = new TreeSet<>(NATURAL_ORDER);
            for (final String l : labels) {
                if (l != null && !l.isEmpty()) {
                    found.add(l);
                }
            }
            final List<String> names = order.isEmpty() ? new ArrayList<>(found)
                : Levels.requireDistinct(order, "the groups of '" + column + "' to compare");
            for (final String g : names) {
                if (!found.contains(g)) {
                    throw new InvalidDataException("Group '" + g + "' does not occur in group column '" + column
                        + "'; values found: " + found + ".");
                }
            }
            if (names.size() < 2) {
                throw new InvalidDataException("Group column '" + column + "' must hold at least two groups; it holds "
                    + names.size() + " " + names + ".");
            }
            final int[] rowGroup = new int[labels.size()];
            int skipped = 0;
            for (int r = 0; r < rowGroup.length; r++) {
                rowGroup[r] = labels.get(r) == null ? -1 : names.indexOf(labels.get(r));
                skipped += rowGroup[r] < 0 ? 1 : 0;
            }
            return new Groups(List.copyOf(names), rowGroup, skipped);
        }

        int group(final int row) {
            return rowGroup[row];
        }

        double[] values(final int g, final Feature f) {
            final double[] out = new double[rowGroup.length];
            int n = 0;
            for (int r = 0; r < rowGroup.length; r++) {
                if (rowGroup[r] == g && !f.isMissing(r)) {
                    out[n++] = f.numbers()[r];
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }
    }

    /** Collects the parts of a {@link FeatureComparison}. */
    private static final class Builder {
        private final String feature;
        private final boolean categorical;
        private final int n;
        private final int skipped;
        private final List<GroupSummary> groups;
        private final GroupSummary overall;
        private final CategoryCounts counts;
        private final List<String> notes;
        private TestResult result;
        private List<PairwiseComparison> pairwise = List.of();
        private boolean normal;
        private double normalityP = Double.NaN;
        private double leveneP = Double.NaN;

        Builder(final String feature, final boolean categorical, final int n, final int skipped,
            final List<GroupSummary> groups, final GroupSummary overall, final CategoryCounts counts,
            final List<String> notes) {
            this.feature = feature;
            this.categorical = categorical;
            this.n = n;
            this.skipped = skipped;
            this.groups = groups;
            this.overall = overall;
            this.counts = counts;
            this.notes = notes;
        }

        void normality(final boolean isNormal, final double p, final double levene) {
            normal = isNormal;
            normalityP = p;
            leveneP = levene;
        }

        FeatureComparison untested(final String reason) {
            notes.add(0, reason);
            result = null;
            pairwise = List.of();
            return build();
        }

        FeatureComparison build() {
            return new FeatureComparison(feature, categorical, result, n, skipped, groups, overall, counts, normal,
                normalityP, leveneP, pairwise, String.join("; ", notes));
        }
    }
}
