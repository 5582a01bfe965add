package org.qmrinodes.core.stats.multiplicity;

import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.testing.CsvTable;

/** Agreement with R {@code p.adjust} (validation/multiplicity/make_p_adjust_golden.R). */
class PValueAdjustmentTest {

    @Test
    void agreesWithRPAdjust() {
        final CsvTable g = CsvTable.read(CsvTable.validationDir().resolve("multiplicity/p_adjust.csv"));
        final Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int i = 0; i < g.size(); i++) {
            rows.computeIfAbsent(g.text(i, "vector"), k -> new ArrayList<>()).add(i);
        }
        for (final Map.Entry<String, List<Integer>> e : rows.entrySet()) {
            final double[] p = e.getValue().stream().mapToDouble(r -> g.number(r, "p")).toArray();
            check(g, e, PValueAdjustment.BONFERRONI.adjust(p), "bonferroni");
            check(g, e, PValueAdjustment.HOLM.adjust(p), "holm");
            check(g, e, PValueAdjustment.BENJAMINI_HOCHBERG.adjust(p), "bh");
            check(g, e, PValueAdjustment.NONE.adjust(p), "p");
        }
    }

    private static void check(final CsvTable g, final Map.Entry<String, List<Integer>> e, final double[] actual,
        final String column) {
        for (int k = 0; k < actual.length; k++) {
            assertRelative(g.number(e.getValue().get(k), column), actual[k], 1e-14, 0,
                e.getKey() + "[" + k + "] " + column);
        }
    }
}
