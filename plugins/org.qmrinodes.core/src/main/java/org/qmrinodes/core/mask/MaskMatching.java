package org.qmrinodes.core.mask;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;

/**
 * Places a mask on an image's grid through patient coordinates. A mask on the same grid (corner
 * voxel centres within {@link #SAME_GRID_MM}) is used as it is; on any other grid every image voxel
 * takes the label of the mask voxel nearest to its centre (nearest neighbour), with a warning. Every
 * labelled mask voxel must lie inside the image (its centre within the image's voxels); otherwise the
 * match fails, because a VOI cut off at the image border would silently change the features.
 */
public final class MaskMatching {

    /** Largest corner distance (mm) at which two grids count as the same. */
    public static final double SAME_GRID_MM = 0.01;

    /**
     * @param mask the mask on the image grid
     * @param resampled whether nearest-neighbour resampling was needed
     * @param warnings messages for the user
     */
    public record Result(Mask mask, boolean resampled, List<String> warnings) {
        /** Copies the warnings. */
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private MaskMatching() {
    }

    /**
     * @param mask the mask
     * @param image the image grid
     * @param label the label to keep as 1 (others become 0), or 0 to keep all labels
     * @param name the mask's name (file) for messages
     * @return the mask on the image grid
     * @throws InvalidDataException when the label is absent, or labelled voxels lie outside the image
     */
    public static Result match(final Mask mask, final Geometry image, final int label, final String name) {
        final SortedMap<Integer, Long> counts = mask.labelCounts();
        if (counts.isEmpty()) {
            throw new InvalidDataException(name + ": the mask is empty (no non-zero voxel)");
        }
        final Mask chosen = label == 0 ? mask : mask.select(label, name);
        final Geometry mg = chosen.geometry();
        final int[] src = chosen.copyOfLabels();
        // every labelled mask voxel must fall inside the image
        long outside = 0;
        long labelled = 0;
        for (int k = 0; k < mg.slices(); k++) {
            for (int j = 0; j < mg.rows(); j++) {
                for (int i = 0; i < mg.columns(); i++) {
                    final int l = src[(k * mg.rows() + j) * mg.columns() + i];
                    if (l == 0) {
                        continue;
                    }
                    labelled++;
                    final double[] idx = image.patientToIndex(mg.indexToPatient(i, j, k));
                    if (!inside(idx, image)) {
                        outside++;
                    }
                }
            }
        }
        if (outside > 0) {
            throw new InvalidDataException(name + ": " + outside + " of " + labelled + " mask voxels lie outside the image"
                + (outside == labelled ? " (the mask does not overlap the image at all)" : ""));
        }
        final List<String> warnings = new ArrayList<>();
        final int[] out = new int[(int) image.voxelCount()];
        final boolean same = mg.sameGrid(image, SAME_GRID_MM);
        if (same) {
            for (int n = 0; n < out.length; n++) {
                out[n] = src[n];
            }
        } else {
            for (int k = 0; k < image.slices(); k++) {
                for (int j = 0; j < image.rows(); j++) {
                    for (int i = 0; i < image.columns(); i++) {
                        final double[] idx = mg.patientToIndex(image.indexToPatient(i, j, k));
                        if (inside(idx, mg)) {
                            final int mi = (int) Math.round(idx[0]);
                            final int mj = (int) Math.round(idx[1]);
                            final int mk = (int) Math.round(idx[2]);
                            out[(k * image.rows() + j) * image.columns() + i] = src[(mk * mg.rows() + mj) * mg.columns() + mi];
                        }
                    }
                }
            }
            warnings.add(name + ": the mask grid differs from the image grid (" + differences(mg, image)
                + "); resampled by nearest neighbour");
        }
        return new Result(new Mask(image, out), !same, warnings);
    }

    /**
     * @return what differs between the two grids, each with the mask's and the image's value, e.g.
     *         {@code spacing 1 x 1 x 3 mm vs 1 x 1 x 2.5 mm}
     */
    static String differences(final Geometry mask, final Geometry image) {
        final List<String> parts = new ArrayList<>();
        if (mask.columns() != image.columns() || mask.rows() != image.rows() || mask.slices() != image.slices()) {
            parts.add("size " + mask.columns() + "x" + mask.rows() + "x" + mask.slices() + " vs " + image.columns() + "x"
                + image.rows() + "x" + image.slices());
        }
        if (differ(mask.spacing(), image.spacing(), 1e-4)) {
            parts.add("spacing " + vector(mask.spacing(), " x ") + " mm vs " + vector(image.spacing(), " x ") + " mm");
        }
        if (differ(mask.origin(), image.origin(), SAME_GRID_MM)) {
            parts.add("origin (" + vector(mask.origin(), ", ") + ") mm vs (" + vector(image.origin(), ", ") + ") mm");
        }
        if (differ(mask.direction(), image.direction(), 1e-5)) {
            parts.add("orientation (direction cosines) [" + vector(mask.direction(), ", ") + "] vs ["
                + vector(image.direction(), ", ") + "]");
        }
        if (parts.isEmpty()) {
            parts.add("corner voxel centres more than " + SAME_GRID_MM + " mm apart");
        }
        return String.join("; ", parts);
    }

    private static boolean differ(final double[] a, final double[] b, final double tolerance) {
        for (int i = 0; i < a.length; i++) {
            if (!(Math.abs(a[i] - b[i]) <= tolerance)) {
                return true;
            }
        }
        return false;
    }

    private static String vector(final double[] v, final String separator) {
        final List<String> out = new ArrayList<>();
        for (final double x : v) {
            out.add(Math.abs(x) < 1e-9 ? "0"
                : new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString());
        }
        return String.join(separator, out);
    }

    private static boolean inside(final double[] idx, final Geometry g) {
        return idx[0] > -0.5 && idx[1] > -0.5 && idx[2] > -0.5 && idx[0] < g.columns() - 0.5 && idx[1] < g.rows() - 0.5
            && idx[2] < g.slices() - 0.5;
    }
}
