package org.qmrinodes.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.ResultTable;

/**
 * The synthetic Fr25 cohort against the paper's printed numbers (METHODS §7.4): group sizes and Table 2
 * counts exactly, Table 3 means and SDs up to rounding, medians and quartiles up to sampling error,
 * the relative changes from the pre and post values.
 */
class Fr25FeatureCohortTest {

    private static final ResultTable COHORT = Fr25FeatureCohort.generate(Fr25FeatureCohort.DEFAULT_SEED);

    private static final CohortColumns COLUMNS = new CohortColumns(COHORT);

    private static List<Object> column(final String name) {
        return COLUMNS.column(name);
    }

    private static double[] values(final String name, final String group) {
        return COLUMNS.values(name, group);
    }

    private static long count(final String name, final String group, final String level) {
        final List<Object> groups = column("her2_status");
        final List<Object> v = column(name);
        long n = 0;
        for (int i = 0; i < v.size(); i++) {
            if (groups.get(i).equals(group) && v.get(i).equals(level)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void groupSizesEndpointsAndTableTwoCountsAreThePapers() {
        assertEquals(138, COHORT.rows().size());
        assertEquals(List.of(34L, 55L, 49L), Fr25FeatureCohort.GROUPS.stream()
            .map(g -> column("her2_status").stream().filter(g::equals).count()).toList());
        final List<Object> groups = column("her2_status");
        final List<Object> positive = column("positive_vs_negative");
        final List<Object> low = column("low_vs_zero");
        for (int i = 0; i < groups.size(); i++) {
            final boolean isPositive = groups.get(i).equals("HER2-positive");
            assertEquals(isPositive ? "HER2-positive" : "HER2-negative", positive.get(i));
            if (isPositive) {
                assertNull(low.get(i));
            } else {
                assertEquals(groups.get(i), low.get(i));
            }
        }
        // Table 2 of the paper, zero / low / positive.
        assertEquals(List.of(16L, 26L, 10L), counts("enhancement_pattern", "homogeneous"));
        assertEquals(List.of(8L, 16L, 28L), counts("enhancement_pattern", "heterogeneous"));
        assertEquals(List.of(10L, 13L, 11L), counts("enhancement_pattern", "rim"));
        assertEquals(List.of(11L, 20L, 32L), counts("tic", "washout"));
        assertEquals(List.of(13L, 20L, 18L), counts("shape", "oval"));
        assertEquals(List.of(6L, 17L, 8L), counts("shape", "lobulated"));
        assertEquals(List.of(9L, 26L, 21L), counts("margin", "ill-defined"));
        assertEquals(List.of(13L, 25L, 27L), counts("margin_morphology", "smooth"));
        assertEquals(List.of(10L, 19L, 14L), counts("fgt", "marked"));
        assertEquals(List.of(21L, 37L, 32L), counts("er", "positive"));
        assertEquals(List.of(21L, 37L, 38L), counts("pr", "positive"));
        assertEquals(List.of(22L, 26L, 24L), counts("ki67", ">30%"));
    }

    @Test
    void theTargetsTableSaysHowCloselyEachPublishedNumberIsMet() {
        final ResultTable targets = Fr25FeatureCohort.targets(COHORT);
        final List<String> names = targets.columnNames();
        int exact = 0;
        for (final List<Object> r : targets.rows()) {
            final String how = (String) r.get(names.indexOf("how"));
            final double published = (Double) r.get(names.indexOf("published"));
            final double synthetic = (Double) r.get(names.indexOf("synthetic"));
            if (how.equals("exactly")) {
                assertEquals(published, synthetic, 0, r.toString());
                exact++;
            } else if (how.startsWith("exactly")) {
                assertEquals(published, synthetic, 0.02 * Math.abs(published) + 0.05, r.toString());
            }
        }
        // Table 2: 9 variables with 22 levels in all, 3 groups.
        assertEquals(66, exact);
        assertTrue(targets.rows().size() > 100, "targets: " + targets.rows().size());
    }

    private static List<Long> counts(final String column, final String level) {
        return Fr25FeatureCohort.GROUPS.stream().map(g -> count(column, g, level)).toList();
    }

    @Test
    void tableThreeMeansAndSdsUpToRounding() {
        final Object[][] printed = {
            {"age", 1.0, new double[] {45.31, 42.67, 48.34}, new double[] {11.25, 9.89, 11.35}},
            {"ADC", 0.001, new double[] {0.921, 0.951, 1.011}, new double[] {0.12, 0.13, 0.18}},
            {"T1_pre", 1.0, new double[] {1516, 1403, 1361}, new double[] {221, 243, 175}},
            {"T2_pre", 0.1, new double[] {81.8, 76.3, 84.7}, new double[] {24.31, 7.63, 13.40}},
            {"PD_pre", 0.1, new double[] {75.24, 83.51, 85.56}, new double[] {10.01, 7.67, 7.24}},
            {"T2_Gd", 0.1, new double[] {68.92, 63.69, 72.78}, new double[] {30.12, 8.94, 6.64}}};
        for (final Object[] p : printed) {
            for (int g = 0; g < 3; g++) {
                final double[] v = values((String) p[0], Fr25FeatureCohort.GROUPS.get(g));
                final double step = (Double) p[1];
                final String where = p[0] + " " + Fr25FeatureCohort.GROUPS.get(g);
                // Rounding to the printed step moves the mean by at most step / 2 and the SD by about as much;
                // the floor at 5 % of the centre can move them further only for the widest, T2_Gd of HER2-zero.
                final double slack = p[0].equals("T2_Gd") && g == 0 ? 1.0 : step / 2 + 1e-9;
                assertEquals(((double[]) p[2])[g], mean(v), slack, where + " mean");
                assertEquals(((double[]) p[3])[g], sd(v), slack + step / 2, where + " SD");
            }
        }
    }

    @Test
    void tableThreeMediansAndQuartilesUpToSamplingError() {
        final Object[][] printed = {
            {"longest_diameter", new double[] {20.13, 22.48, 26.28}, new double[] {17.57, 17.93, 24.37},
                new double[] {22.57, 24.59, 27.94}},
            {"T1_Gd", new double[] {525.0, 521.7, 472.1}, new double[] {460.75, 447.95, 461.1},
                new double[] {588.47, 587.10, 598.11}},
            {"PD_Gd", new double[] {90.55, 88.1, 86.8}, new double[] {85.02, 82.6, 82.8},
                new double[] {100.15, 94.2, 95.4}}};
        for (final Object[] p : printed) {
            for (int g = 0; g < 3; g++) {
                final double[] v = values((String) p[0], Fr25FeatureCohort.GROUPS.get(g));
                final double median = ((double[]) p[1])[g];
                final double iqr = ((double[]) p[3])[g] - ((double[]) p[2])[g];
                final String where = p[0] + " " + Fr25FeatureCohort.GROUPS.get(g);
                // The sample median of 34 to 55 draws has a standard error of about 0.2 IQR.
                assertEquals(median, quantile(v, 0.5), 0.4 * iqr, where + " median");
                assertEquals(((double[]) p[2])[g], quantile(v, 0.25), 0.5 * iqr, where + " Q1");
                assertEquals(((double[]) p[3])[g], quantile(v, 0.75), 0.5 * iqr, where + " Q3");
            }
        }
    }

    @Test
    void relativeChangesArePreMinusPostOverPre() {
        final List<Object> ids = column("patient_id");
        for (final String x : new String[] {"T1", "T2", "PD"}) {
            final List<Object> pre = column(x + "_pre");
            final List<Object> gd = column(x + "_Gd");
            final List<Object> delta = column(x + "_delta");
            for (int i = 0; i < ids.size(); i++) {
                final double p = (Double) pre.get(i);
                assertEquals((p - (Double) gd.get(i)) / p, (Double) delta.get(i), 5e-5, ids.get(i) + " " + x);
            }
        }
        // The printed signs: T1 and T2 fall after contrast (positive change), PD rises (negative).
        assertTrue(mean(values("T1_delta", "HER2-zero")) > 0.5);
        assertTrue(mean(values("PD_delta", "HER2-zero")) < 0);
    }

    @Test
    void aSeedGivesTheSameTableAndAnotherSeedAnother() {
        assertEquals(COHORT.rows(), Fr25FeatureCohort.generate(Fr25FeatureCohort.DEFAULT_SEED).rows());
        assertTrue(!COHORT.rows().equals(Fr25FeatureCohort.generate(1).rows()));
        assertEquals(Fr25FeatureCohort.numericColumns().size() + Fr25FeatureCohort.categoricalColumns().size() + 4,
            COHORT.columnNames().size());
        for (final Fr25FeatureCohort.Model m : Fr25FeatureCohort.MODELS) {
            assertTrue(COHORT.columnNames().containsAll(m.predictors()), m.name());
            assertTrue(COHORT.columnNames().contains(m.outcome()), m.name());
        }
    }

    private static double mean(final double[] v) {
        return CohortColumns.mean(v);
    }

    private static double sd(final double[] v) {
        return CohortColumns.sd(v);
    }

    /** Type-7 quantile, as R's default. */
    private static double quantile(final double[] v, final double p) {
        final double[] s = v.clone();
        Arrays.sort(s);
        final double h = (s.length - 1) * p;
        final int lo = (int) Math.floor(h);
        return s[lo] + (h - lo) * (s[Math.min(lo + 1, s.length - 1)] - s[lo]);
    }
}
