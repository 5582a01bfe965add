package org.qmrinodes.core.mask;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;

/**
 * Reduces a 3D VOI to its largest cross-section (QIMS26 and Fr25 measured on the "largest tumour
 * slice"): the slice (along the grid's third axis) with the most non-zero voxels, ties going to the
 * lowest slice index; every other slice is cleared. The mask keeps its grid.
 */
public final class LargestCrossSection {

    /**
     * @param mask the reduced mask
     * @param slice the 0-based index of the kept slice
     * @param voxels non-zero voxels in it
     */
    public record Result(Mask mask, int slice, long voxels) {
    }

    private LargestCrossSection() {
    }

    /**
     * @param mask a 3D mask
     * @param name the mask's name, for the message
     * @return the mask reduced to its largest slice
     * @throws InvalidDataException when the mask is empty
     */
    public static Result of(final Mask mask, final String name) {
        final Geometry g = mask.geometry();
        final int[] labels = mask.copyOfLabels();
        final int plane = g.columns() * g.rows();
        int best = -1;
        long bestCount = 0;
        for (int k = 0; k < g.slices(); k++) {
            long count = 0;
            for (int i = k * plane; i < (k + 1) * plane; i++) {
                if (labels[i] != 0) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = k;
                bestCount = count;
            }
        }
        if (best < 0) {
            throw new InvalidDataException(name + ": the mask is empty; it has no cross-section");
        }
        for (int i = 0; i < labels.length; i++) {
            if (i / plane != best) {
                labels[i] = 0;
            }
        }
        return new Result(new Mask(g, labels), best, bestCount);
    }
}
