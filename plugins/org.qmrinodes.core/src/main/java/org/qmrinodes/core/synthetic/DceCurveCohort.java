package org.qmrinodes.core.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.TimeIntensityCurve;
import org.qmrinodes.core.image.Volume;

/**
 * Synthetic DCE series of a lesion cohort with a known kinetic type per lesion, for the
 * time-intensity-curve step (METHODS §3.10): one pre-contrast and six post-contrast phases at
 * {@link #PHASE_SECONDS}, a lesion ROI, and a curve of type I (persistent), II (plateau) or III
 * (washout).
 *
 * <p><b>Targets matched:</b> the number of lesions of each type in each HER2 group of Fr25's Table 2
 * (TIC I / II / III: HER2-zero 9 / 14 / 11, HER2-low 10 / 25 / 20, HER2-positive 8 / 9 / 32),
 * exactly. <b>Assumed</b> (the papers give no curves): pre-contrast signal 200; initial enhancement
 * drawn uniformly from 80–140 %, reached at 120 s (70 % of it at 60 s); from the peak to the last
 * phase (360 s) a linear change of +18 to +35 % (I), −5 to +5 % (II) or −18 to −35 % (III), so that
 * each curve lies well outside the ±10 % band of the other types; 2 % voxel noise; background tissue
 * without enhancement. The random stream is {@link java.util.Random}.
 */
public final class DceCurveCohort {

    /** Seed of the cohort of the demo. */
    public static final long DEFAULT_SEED = 20260117L;

    /** Phase times after injection, seconds: one pre-contrast and six post-contrast phases. */
    public static final double[] PHASE_SECONDS = {-60, 60, 120, 180, 240, 300, 360};

    /** HER2 groups of Fr25. */
    public static final List<String> GROUPS = List.of("HER2-zero", "HER2-low", "HER2-positive");

    /** Fr25 Table 2: lesions of type I, II, III per group. */
    public static final int[][] FR25_TYPE_COUNTS = {{9, 14, 11}, {10, 25, 20}, {8, 9, 32}};

    /**
     * One lesion.
     *
     * @param id lesion id
     * @param group its HER2 group
     * @param type the kinetic type its curve was made with
     * @param series the DCE series (one volume per phase, temporal positions 1–7)
     * @param roi the lesion ROI
     */
    public record Lesion(String id, String group, TimeIntensityCurve.Type type, Volume series, Mask roi) {
    }

    private static final Geometry GRID = new Geometry(12, 12, 2, new double[] {-3.85, -3.85, -1.5},
        new double[] {0.7, 0.7, 3}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    private static final double PRE = 200;

    private DceCurveCohort() {
    }

    /**
     * @param seed the random seed
     * @return Fr25's 138 lesions, group by group, types in the order I, II, III within a group
     */
    public static List<Lesion> fr25(final long seed) {
        final Random random = new Random(seed);
        final TimeIntensityCurve.Type[] types = TimeIntensityCurve.Type.values();
        final List<Lesion> out = new ArrayList<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            for (int t = 0; t < types.length; t++) {
                for (int i = 0; i < FR25_TYPE_COUNTS[g][t]; i++) {
                    out.add(new Lesion(String.format(java.util.Locale.ROOT, "FR25-%03d", out.size() + 1), GROUPS.get(g),
                        types[t], series(curve(types[t], random), random), roi()));
                }
            }
        }
        return List.copyOf(out);
    }

    /** @return the lesion's mean signal at each phase */
    private static double[] curve(final TimeIntensityCurve.Type type, final Random random) {
        final double enhancement = 0.8 + 0.6 * random.nextDouble();
        final double late = 0.18 + 0.17 * random.nextDouble();
        final double change = switch (type) {
            case PERSISTENT -> late;
            case WASHOUT -> -late;
            case PLATEAU -> -0.05 + 0.10 * random.nextDouble();
        };
        final double peak = PRE * (1 + enhancement);
        final double[] s = new double[PHASE_SECONDS.length];
        for (int p = 0; p < s.length; p++) {
            final double t = PHASE_SECONDS[p];
            s[p] = t <= 0 ? PRE : t < 120 ? PRE * (1 + 0.7 * enhancement) : peak * (1 + change * (t - 120) / 240);
        }
        return s;
    }

    private static Volume series(final double[] curve, final Random random) {
        final List<AcquisitionParameters> phases = new ArrayList<>();
        for (int p = 0; p < curve.length; p++) {
            phases.add(new AcquisitionParameters(Double.NaN, 1.6, Double.NaN, 10, 4.6, p + 1, false));
        }
        final Volume.Builder b = Volume.builder(GRID, phases);
        final int plane = GRID.columns() * GRID.rows();
        final int[] roi = roi().copyOfLabels();
        for (int p = 0; p < curve.length; p++) {
            for (int k = 0; k < GRID.slices(); k++) {
                final float[] slice = new float[plane];
                for (int i = 0; i < plane; i++) {
                    final double value = roi[k * plane + i] != 0 ? curve[p] : 150;
                    slice[i] = (float)(value * (1 + 0.02 * random.nextGaussian()));
                }
                b.setSlice(k, p, slice);
            }
        }
        return b.build();
    }

    private static Mask roi() {
        final int[] labels = new int[(int)GRID.voxelCount()];
        int n = 0;
        for (int k = 0; k < GRID.slices(); k++) {
            for (int j = 0; j < GRID.rows(); j++) {
                for (int i = 0; i < GRID.columns(); i++) {
                    final double[] p = GRID.indexToPatient(i, j, k);
                    labels[n++] = p[0] * p[0] + p[1] * p[1] <= 2.2 * 2.2 ? 1 : 0;
                }
            }
        }
        return new Mask(GRID, labels);
    }
}
