package org.qmrinodes.core.image;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * Voxel-wise combinations of a pre-contrast and a post-contrast map on the same grid (METHODS §3.9):
 * <ul>
 * <li>{@link Operation#DIFFERENCE}: ΔX = X_pre − X_post (QIMS26 ΔT1, ms);</li>
 * <li>{@link Operation#REDUCTION_RELATIVE_TO_PRE}: (X_pre − X_post) / X_pre (QIMS26 ΔT1_pre; the
 * sign that reproduces Fr25's printed values);</li>
 * <li>{@link Operation#CHANGE_RELATIVE_TO_PRE}: (X_post − X_pre) / X_pre (Fr25's formula as
 * written; negative for T1 and T2 after contrast);</li>
 * <li>{@link Operation#SUBTRACTION}: X_post − X_pre (subtraction image).</li>
 * </ul>
 * Relative values are fractions, not percent. A voxel where an input is not finite, or where the
 * denominator is 0, gets NaN and is counted; voxels outside the mask (when given) get NaN too.
 */
public final class MapArithmetic {

    /** The combinations. */
    public enum Operation {
        /** pre − post. */
        DIFFERENCE("pre - post"),
        /** (pre − post) / pre. */
        REDUCTION_RELATIVE_TO_PRE("(pre - post) / pre"),
        /** (post − pre) / pre. */
        CHANGE_RELATIVE_TO_PRE("(post - pre) / pre"),
        /** post − pre. */
        SUBTRACTION("post - pre");

        private final String formula;

        Operation(final String formula) {
            this.formula = formula;
        }

        /** @return the formula, written into outputs */
        public String formula() {
            return formula;
        }

        private boolean relative() {
            return this == REDUCTION_RELATIVE_TO_PRE || this == CHANGE_RELATIVE_TO_PRE;
        }
    }

    /**
     * The derived map and what was left out.
     *
     * @param map the derived map on the inputs' grid
     * @param operation what was computed
     * @param computed voxels with a value
     * @param invalidInput voxels (inside the mask) where an input was NaN or infinite
     * @param zeroDenominator voxels (inside the mask) where the pre value was 0 for a relative change
     */
    public record Result(Volume map, Operation operation, long computed, long invalidInput, long zeroDenominator) {
    }

    private MapArithmetic() {
    }

    /**
     * @param pre the pre-contrast map (its first volume)
     * @param post the post-contrast map (its first volume), on the same grid
     * @param operation what to compute
     * @param mask voxels to compute (true), or null for all
     * @return the derived map
     * @throws InvalidDataException when the grids differ (resample the post map onto the pre map's
     *         grid first) or the mask does not fit
     */
    public static Result apply(final Volume pre, final Volume post, final Operation operation, final boolean[] mask) {
        final Geometry g = pre.geometry();
        if (!g.sameGrid(post.geometry(), 0.01)) {
            throw new InvalidDataException("pre and post maps are on different grids (" + g + " and " + post.geometry()
                + "); place the post map on the pre map's grid first");
        }
        final int n = (int) g.voxelCount();
        if (mask != null && mask.length != n) {
            throw new InvalidDataException("mask has " + mask.length + " voxels, the maps " + n);
        }
        final float[] a = pre.copyOfVolume(0);
        final float[] b = post.copyOfVolume(0);
        final float[] out = new float[n];
        long computed = 0;
        long invalid = 0;
        long zero = 0;
        for (int v = 0; v < n; v++) {
            out[v] = Float.NaN;
            if (mask != null && !mask[v]) {
                continue;
            }
            final double x = a[v];
            final double y = b[v];
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                invalid++;
                continue;
            }
            if (operation.relative() && x == 0) {
                zero++;
                continue;
            }
            out[v] = (float) switch (operation) {
                case DIFFERENCE -> x - y;
                case REDUCTION_RELATIVE_TO_PRE -> (x - y) / x;
                case CHANGE_RELATIVE_TO_PRE -> (y - x) / x;
                case SUBTRACTION -> y - x;
            };
            computed++;
        }
        return new Result(Volume.map(g, out), operation, computed, invalid, zero);
    }
}
