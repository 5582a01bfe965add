package org.qmrinodes.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.qmrinodes.core.data.ResultTable;

/** Columns of a generated cohort table, and the summaries the published tables print. */
final class CohortColumns {

    private final ResultTable cohort;

    CohortColumns(final ResultTable cohort) {
        this.cohort = cohort;
    }

    List<Object> column(final String name) {
        final int c = cohort.columnNames().indexOf(name);
        assertTrue(c >= 0, name);
        return cohort.rows().stream().map(r -> r.get(c)).toList();
    }

    /** @return the numeric column's values in the rows of {@code group} (column {@code her2_status}) */
    double[] values(final String name, final String group) {
        final List<Object> groups = column("her2_status");
        final List<Object> v = column(name);
        final List<Double> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (groups.get(i).equals(group)) {
                out.add((Double) v.get(i));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double mean(final double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    static double sd(final double[] v) {
        final double m = mean(v);
        return Math.sqrt(Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1));
    }
}
