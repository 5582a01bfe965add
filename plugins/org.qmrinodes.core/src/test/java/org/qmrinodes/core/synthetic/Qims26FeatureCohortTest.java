package org.qmrinodes.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.ResultTable;

/**
 * The synthetic QIMS26 cohort against the paper's printed numbers (METHODS §7.3) and its stated
 * assumptions: group sizes, the printed means and SDs up to rounding, ΔT1 and ΔT1_pre from T1-pre and
 * T1-post, histology overall, ER counts that give ER alone the published AUC.
 */
class Qims26FeatureCohortTest {

    private static final ResultTable COHORT = Qims26FeatureCohort.generate(Qims26FeatureCohort.DEFAULT_SEED);

    private static final CohortColumns COLUMNS = new CohortColumns(COHORT);

    private static List<Object> column(final String name) {
        return COLUMNS.column(name);
    }

    private static double[] values(final String name, final String group) {
        return COLUMNS.values(name, group);
    }

    @Test
    void sizesAndThePrintedMeansAndSds() {
        assertEquals(List.of(20L, 72L, 86L), Qims26FeatureCohort.GROUPS.stream()
            .map(g -> column("her2_status").stream().filter(g::equals).count()).toList());
        final Object[][] printed = {
            {"age", 0.5, "HER2-zero", 43.0, 5.3}, {"age", 0.5, "HER2-low", 49.4, 9.3},
            {"age", 0.5, "HER2-positive", 49.8, 10.4},
            {"T1_pre", 0.05, "HER2-zero", 2226.6, 265.6}, {"T1_pre", 0.05, "HER2-low", 1903.4, 373.6},
            {"T1_pre", 0.05, "HER2-positive", 1788.6, 296.9},
            {"T1_post", 0.05, "HER2-low", 462.3, 126.8}, {"T1_post", 0.05, "HER2-positive", 580.9, 158.2}};
        for (final Object[] p : printed) {
            final double[] v = values((String) p[0], (String) p[2]);
            final double slack = (Double) p[1] + 1e-9;
            assertEquals((Double) p[3], mean(v), slack, p[0] + " " + p[2] + " mean");
            assertEquals((Double) p[4], sd(v), 2 * slack, p[0] + " " + p[2] + " SD");
        }
        // The printed ΔT1 of HER2-low and HER2-positive, 1441.2 ± 400.4 and 1207.7 ± 294.5 ms, follow from
        // independent pre and post values up to the SD's sampling error.
        assertEquals(1441.2, mean(values("delta_T1", "HER2-low")), 0.2);
        assertEquals(1207.7, mean(values("delta_T1", "HER2-positive")), 0.2);
        assertEquals(400.4, sd(values("delta_T1", "HER2-low")), 80);
        assertEquals(294.5, sd(values("delta_T1", "HER2-positive")), 80);
    }

    @Test
    void derivedChangesEndpointAndCounts() {
        final List<Object> groups = column("her2_status");
        final List<Object> endpoint = column(Qims26FeatureCohort.ENDPOINT);
        final List<Object> pre = column("T1_pre");
        final List<Object> post = column("T1_post");
        final List<Object> delta = column("delta_T1");
        final List<Object> relative = column("delta_T1_pre");
        for (int i = 0; i < groups.size(); i++) {
            final double p = (Double) pre.get(i);
            final double q = (Double) post.get(i);
            assertEquals(p - q, (Double) delta.get(i), 0.051);
            assertEquals((p - q) / p, (Double) relative.get(i), 5e-5);
            if (groups.get(i).equals("HER2-zero")) {
                assertNull(endpoint.get(i));
            } else {
                assertEquals(groups.get(i), endpoint.get(i));
            }
        }
        assertEquals(145, column("histology").stream().filter("IDC"::equals).count());
        // ER alone as a binary marker of HER2-positive (ER negative) among low and positive:
        // AUC = (P(ER− | positive) + P(ER+ | low)) / 2 = (38/86 + 57/72) / 2.
        final List<Object> er = column("er");
        long erNegativePositive = 0;
        long erPositiveLow = 0;
        for (int i = 0; i < groups.size(); i++) {
            erNegativePositive += groups.get(i).equals("HER2-positive") && er.get(i).equals("negative") ? 1 : 0;
            erPositiveLow += groups.get(i).equals("HER2-low") && er.get(i).equals("positive") ? 1 : 0;
        }
        assertEquals(Qims26FeatureCohort.PUBLISHED_AUC_ER, (erNegativePositive / 86.0 + erPositiveLow / 72.0) / 2, 0.001);
        assertEquals(COHORT.rows(), Qims26FeatureCohort.generate(Qims26FeatureCohort.DEFAULT_SEED).rows());
    }

    private static double mean(final double[] v) {
        return CohortColumns.mean(v);
    }

    private static double sd(final double[] v) {
        return CohortColumns.sd(v);
    }
}
