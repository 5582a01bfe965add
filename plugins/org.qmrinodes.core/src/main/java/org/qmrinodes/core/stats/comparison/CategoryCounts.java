package org.qmrinodes.core.stats.comparison;

import java.util.List;

/**
 * The counts of a categorical feature: levels (rows) by groups (columns).
 *
 * @param levels the levels, in order
 * @param groups the groups, in order
 * @param counts counts[level][group]
 */
public record CategoryCounts(List<String> levels, List<String> groups, long[][] counts) {

    /** Copies the lists and the table. */
    public CategoryCounts {
        levels = List.copyOf(levels);
        groups = List.copyOf(groups);
        counts = java.util.Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
    }

    /** @return counts[level][group] (a copy) */
    @Override
    public long[][] counts() {
        return java.util.Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
    }

    /** @return the number of cases of group {@code g} */
    public long groupTotal(final int g) {
        long n = 0;
        for (final long[] row : counts) {
            n += row[g];
        }
        return n;
    }

    /** @return the number of cases with level {@code level} over all groups */
    public long levelTotal(final int level) {
        long n = 0;
        for (final long c : counts[level]) {
            n += c;
        }
        return n;
    }

    /** @return the sub-table of groups {@code a} and {@code b} */
    long[][] columns(final int a, final int b) {
        final long[][] out = new long[counts.length][2];
        for (int i = 0; i < counts.length; i++) {
            out[i][0] = counts[i][a];
            out[i][1] = counts[i][b];
        }
        return out;
    }
}
