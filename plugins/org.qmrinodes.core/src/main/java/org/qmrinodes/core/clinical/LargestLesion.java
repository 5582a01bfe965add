package org.qmrinodes.core.clinical;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * The index lesion of every patient: the lesion with the largest size (diameter or volume), as the
 * studies analyse one lesion per patient. Ties go to the lesion listed first; a lesion without a
 * finite size is never chosen, so a patient none of whose lesions has a size has no index lesion.
 */
public final class LargestLesion {

    private LargestLesion() {
    }

    /**
     * @param patients the patient of each lesion (null or empty is refused)
     * @param sizes the size of each lesion (NaN: unknown)
     * @return whether each lesion is its patient's largest
     * @throws InvalidDataException when the lengths differ or a lesion has no patient (naming it, 1-based)
     */
    public static boolean[] select(final List<String> patients, final double[] sizes) {
        if (patients.size() != sizes.length) {
            throw new InvalidDataException(patients.size() + " patients for " + sizes.length + " lesion sizes");
        }
        final Map<String, Integer> largest = new HashMap<>();
        for (int i = 0; i < sizes.length; i++) {
            final String p = patients.get(i);
            if (p == null || p.isEmpty()) {
                throw new InvalidDataException("lesion " + (i + 1) + " has no patient");
            }
            if (Double.isFinite(sizes[i])) {
                final Integer best = largest.get(p);
                if (best == null || sizes[i] > sizes[best]) {
                    largest.put(p, i);
                }
            }
        }
        final boolean[] chosen = new boolean[sizes.length];
        largest.values().forEach(i -> chosen[i] = true);
        return chosen;
    }
}
