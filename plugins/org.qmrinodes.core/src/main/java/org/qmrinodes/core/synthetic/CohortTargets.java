package org.qmrinodes.core.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.stats.comparison.GroupSummary;

/**
 * How closely a generated cohort meets the published numbers it was shaped after (capability 59): one row
 * per target, the published value, the cohort's value and how the generator meets it.
 */
final class CohortTargets {

    private final ResultTable cohort;
    private final ResultTable.Builder rows = ResultTable.builder(ResultTable.text("target"), ResultTable.text("group"),
        ResultTable.real("published"), ResultTable.real("synthetic"), ResultTable.text("how"));

    /** @param cohort the generated table; groups are read from its {@code her2_status} column */
    CohortTargets(final ResultTable cohort) {
        this.cohort = cohort;
    }

    /** @return the values of numeric column {@code name} in the rows of {@code group} */
    double[] values(final String name, final String group) {
        final int g = cohort.columnNames().indexOf("her2_status");
        final int c = cohort.columnNames().indexOf(name);
        final List<Double> out = new ArrayList<>();
        for (final List<Object> r : cohort.rows()) {
            if (group.equals(r.get(g)) && r.get(c) instanceof Double d) {
                out.add(d);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return the number of rows of {@code group} whose column {@code name} is {@code level} */
    long count(final String name, final String group, final String level) {
        final int g = cohort.columnNames().indexOf("her2_status");
        final int c = cohort.columnNames().indexOf(name);
        return cohort.rows().stream().filter(r -> group.equals(r.get(g)) && level.equals(r.get(c))).count();
    }

    /** Adds the mean and SD of a measure in a group. */
    CohortTargets meanSd(final String name, final String group, final double mean, final double sd, final String how) {
        final GroupSummary s = GroupSummary.of(group, values(name, group));
        rows.row(name + " mean", group, mean, s.mean(), how);
        rows.row(name + " SD", group, sd, s.sd(), how);
        return this;
    }

    /** Adds the median and quartiles (R type 7, as {@link GroupSummary}) of a measure in a group. */
    CohortTargets medianIqr(final String name, final String group, final double median, final double q1,
        final double q3, final String how) {
        final GroupSummary s = GroupSummary.of(group, values(name, group));
        rows.row(name + " median", group, median, s.median(), how);
        rows.row(name + " Q1", group, q1, s.q1(), how);
        rows.row(name + " Q3", group, q3, s.q3(), how);
        return this;
    }

    /** Adds a level's count in a group. */
    CohortTargets count(final String name, final String group, final String level, final int published,
        final String how) {
        rows.row(name + " = " + level, group, (double) published, (double) count(name, group, level), how);
        return this;
    }

    ResultTable build() {
        return rows.build();
    }
}
