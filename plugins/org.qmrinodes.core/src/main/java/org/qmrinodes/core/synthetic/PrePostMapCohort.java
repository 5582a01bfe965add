package org.qmrinodes.core.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

/**
 * Synthetic pre- and post-contrast T1 maps of a lesion cohort, for the derived-map steps (Series
 * Pairing → Map Arithmetic, METHODS §3.9). Each lesion has a pre map and a post map on a different
 * grid (another matrix, spacing and origin, as a separately acquired series), and a lesion mask on
 * the pre grid.
 *
 * <p><b>Targets matched:</b> per group, the lesions' pre and post T1 values are normal draws
 * standardised to the published group mean and SD exactly (QIMS26 §7.3: T1_pre and T1_post of
 * HER2-low and HER2-positive; Fr25 §7.4 Table 3: T1-pre mean ± SD, and T1-Gd with its median as the
 * mean and SD = IQR / 1.349), floored at 50 ms; group sizes exactly. The printed ΔT1 and relative
 * changes then follow up to the spread of the ratio. <b>Assumed:</b> pre and post values independent within a
 * lesion (QIMS26's printed ΔT1 SD, 400 and 295 ms, is close to what independence gives, 395 and
 * 335 ms), voxel noise of 2 % around the lesion value, background tissue at 1,100 ms pre and 900 ms
 * post. The post map's lesion extends two voxels beyond the mask so that resampling onto the pre grid
 * does not mix background into the masked voxels. The random stream is {@link java.util.Random}, so
 * a seed gives the same cohort on every JVM.
 */
public final class PrePostMapCohort {

    /** Seed of the cohorts of the demo. */
    public static final long DEFAULT_SEED = 20260116L;

    /**
     * A group's published T1 values.
     *
     * @param label the HER2 group
     * @param size lesions
     * @param preMean T1 before contrast, ms
     * @param preSd its SD
     * @param postMean T1 after contrast, ms
     * @param postSd its SD
     */
    public record Group(String label, int size, double preMean, double preSd, double postMean, double postSd) {
    }

    /** QIMS26 §7.3 (HER2-zero's post-contrast values are not printed, so it is left out). */
    public static final List<Group> QIMS26 = List.of(new Group("HER2-low", 72, 1903.4, 373.6, 462.3, 126.8),
        new Group("HER2-positive", 86, 1788.6, 296.9, 580.9, 158.2));

    /** Fr25 §7.4 Table 3: T1-pre mean ± SD, T1-Gd median with SD from the IQR. */
    public static final List<Group> FR25 = List.of(
        new Group("HER2-zero", 34, 1516, 221, 525.0, (588.47 - 460.75) / 1.349),
        new Group("HER2-low", 55, 1403, 243, 521.7, (587.10 - 447.95) / 1.349),
        new Group("HER2-positive", 49, 1361, 175, 472.1, (598.11 - 461.1) / 1.349));

    /**
     * One lesion.
     *
     * @param id lesion id (patient), e.g. {@code QIMS-001}
     * @param group its HER2 group
     * @param pre the pre-contrast T1 map (ms)
     * @param post the post-contrast T1 map (ms), on its own grid
     * @param lesion the lesion mask on the pre map's grid
     * @param truePre the lesion's drawn pre-contrast T1
     * @param truePost the lesion's drawn post-contrast T1
     */
    public record Lesion(String id, String group, Volume pre, Volume post, Mask lesion, double truePre,
        double truePost) {
    }

    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    /** The pre map: 32 × 32 × 4 voxels of 0.7 × 0.7 × 3 mm. */
    static final Geometry PRE_GRID = new Geometry(32, 32, 4, new double[] {-10.85, -10.85, -4.5},
        new double[] {0.7, 0.7, 3}, AXIAL);
    /** The post map: 28 × 28 × 4 voxels of 0.8 × 0.8 × 3 mm, shifted by a fraction of a voxel. */
    static final Geometry POST_GRID = new Geometry(28, 28, 4, new double[] {-10.55, -10.95, -4.5},
        new double[] {0.8, 0.8, 3}, AXIAL);
    private static final double RADIUS_MM = 4.2;

    private PrePostMapCohort() {
    }

    /**
     * @param groups the groups to generate, in order
     * @param prefix the lesion id prefix, e.g. {@code QIMS}
     * @param seed the random seed
     * @return the lesions, group by group
     */
    public static List<Lesion> generate(final List<Group> groups, final String prefix, final long seed) {
        final Random random = new Random(seed);
        final List<Lesion> out = new ArrayList<>();
        for (final Group g : groups) {
            final double[] pres = Draws.standardised(random, g.size());
            final double[] posts = Draws.standardised(random, g.size());
            for (int i = 0; i < g.size(); i++) {
                final double pre = Math.max(50, g.preMean() + g.preSd() * pres[i]);
                final double post = Math.max(50, g.postMean() + g.postSd() * posts[i]);
                out.add(new Lesion(String.format(java.util.Locale.ROOT, "%s-%03d", prefix, out.size() + 1), g.label(),
                    map(PRE_GRID, pre, 1100, 0, random), map(POST_GRID, post, 900, 2 * 0.8, random), mask(), pre, post));
            }
        }
        return List.copyOf(out);
    }

    /** A map with the lesion (a disc of radius {@link #RADIUS_MM} plus {@code extraMm} about the z axis, in the two middle slices). */
    private static Volume map(final Geometry g, final double lesion, final double background, final double extraMm,
        final Random random) {
        final float[] v = new float[(int)g.voxelCount()];
        int n = 0;
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    final double value = inside(g.indexToPatient(i, j, k), RADIUS_MM + extraMm) ? lesion : background;
                    v[n++] = (float)(value * (1 + 0.02 * random.nextGaussian()));
                }
            }
        }
        return Volume.map(g, v);
    }

    private static Mask mask() {
        final int[] labels = new int[(int)PRE_GRID.voxelCount()];
        int n = 0;
        for (int k = 0; k < PRE_GRID.slices(); k++) {
            for (int j = 0; j < PRE_GRID.rows(); j++) {
                for (int i = 0; i < PRE_GRID.columns(); i++) {
                    labels[n++] = inside(PRE_GRID.indexToPatient(i, j, k), RADIUS_MM) ? 1 : 0;
                }
            }
        }
        return new Mask(PRE_GRID, labels);
    }

    /** Inside a disc of the radius about the z axis, and within the two middle slices (±3 mm). */
    private static boolean inside(final double[] p, final double radius) {
        return p[0] * p[0] + p[1] * p[1] <= radius * radius && Math.abs(p[2]) <= 3;
    }
}
