package org.qmrinodes.core.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * A binary endpoint from a multi-class label (METHODS §1.3): the cases of the {@code positive}
 * classes are 1, those of the {@code negative} classes 0, every other case (the third group, or a
 * missing or unclassifiable label) has no endpoint and is counted. E.g. HER2-low vs HER2-zero, or
 * HER2-positive vs HER2-negative (low + zero) as Fr25.
 *
 * @param positive labels of the positive class
 * @param negative labels of the negative class
 */
public record BinaryEndpoint(List<String> positive, List<String> negative) {

    /** Checks that the classes are non-empty and disjoint. */
    public BinaryEndpoint {
        positive = List.copyOf(positive);
        negative = List.copyOf(negative);
        if (positive.isEmpty() || negative.isEmpty()) {
            throw new InvalidDataException("an endpoint needs at least one positive and one negative label");
        }
        for (final String p : positive) {
            if (negative.contains(p)) {
                throw new InvalidDataException("label '" + p + "' is in both the positive and the negative class");
            }
        }
    }

    /**
     * The endpoint of every case and what was left out.
     *
     * @param values 1, 0 or null (no endpoint) per case, in input order
     * @param positives cases with 1
     * @param negatives cases with 0
     * @param leftOut cases without an endpoint
     */
    public record Result(List<Integer> values, int positives, int negatives, int leftOut) {
    }

    /**
     * @param labels one label per case (null or empty: missing)
     * @return the endpoint per case
     */
    public Result apply(final List<String> labels) {
        final List<Integer> out = new ArrayList<>(labels.size());
        int pos = 0;
        int neg = 0;
        for (final String l : labels) {
            final String label = l == null ? null : l.trim();
            if (label != null && positive.stream().anyMatch(p -> Objects.equals(p, label))) {
                out.add(1);
                pos++;
            } else if (label != null && negative.stream().anyMatch(p -> Objects.equals(p, label))) {
                out.add(0);
                neg++;
            } else {
                out.add(null);
            }
        }
        return new Result(java.util.Collections.unmodifiableList(out), pos, neg, labels.size() - pos - neg);
    }
}
