package org.qmrinodes.core.stats.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * A reproducible train/test allocation (Fr24: 70/30), stratified by a class column when one is
 * given: within each stratum (in order of first appearance) the rows are shuffled with
 * {@code java.util.Random(seed)} (Fisher–Yates, as {@link java.util.Collections#shuffle(List, Random)})
 * and the first {@code round(fraction · size)} go to training, so every stratum keeps the fraction
 * as closely as whole rows allow. Rows with a missing stratum are allocated as one more stratum.
 */
public final class TrainTestSplit {

    private TrainTestSplit() {
    }

    /**
     * @param strata the stratum of each row (null for missing), or null for no stratification
     * @param rows the number of rows
     * @param fraction the training fraction, in (0, 1)
     * @param seed the random seed
     * @return per row, whether it is in the training set
     * @throws InvalidDataException when the fraction is not in (0, 1) or the strata do not match the rows
     */
    public static boolean[] split(final List<String> strata, final int rows, final double fraction, final long seed) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new InvalidDataException("training fraction " + fraction + " is not between 0 and 1");
        }
        if (strata != null && strata.size() != rows) {
            throw new InvalidDataException(strata.size() + " strata for " + rows + " rows");
        }
        final Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows; i++) {
            final String key = strata == null ? "" : strata.get(i) == null ? "\u0000missing" : strata.get(i);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        final Random random = new Random(seed);
        final boolean[] train = new boolean[rows];
        for (final List<Integer> g : groups.values()) {
            java.util.Collections.shuffle(g, random);
            final long take = Math.round(fraction * g.size());
            for (int k = 0; k < take; k++) {
                train[g.get(k)] = true;
            }
        }
        return train;
    }
}
