package org.qmrinodes.core.features.radiomics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PyRadiomics' neighbouring grey tone difference matrix features ({@code ngtdm}): for each region
 * voxel of grey level i, Ā is the mean grey level of its neighbours that are in the region, among the
 * 26 at distance 1 in 3D by default (those at the Chebyshev distances of {@code distances});
 * n<sub>i</sub> counts the region voxels of grey level i,
 * s<sub>i</sub> = Σ |i − Ā| over them, a voxel without region neighbours adding 0 to s<sub>i</sub> but
 * counting in n<sub>i</sub> (as PyRadiomics' matrix code does, although its documentation leaves such
 * voxels out), N<sub>vp</sub> = Σ n<sub>i</sub>, p<sub>i</sub> = n<sub>i</sub>/N<sub>vp</sub>,
 * and N<sub>g,p</sub> is the number of grey levels with p<sub>i</sub> ≠ 0. Sums over i and j run over
 * those grey levels only.
 */
public final class NgtdmFeatures {

    /** Coarseness when Σ p<sub>i</sub> s<sub>i</sub> is 0 (a single grey level), as PyRadiomics reports it. */
    public static final double FLAT_COARSENESS = 1e6;

    private final int levels;
    private final double[] level;
    private final double[] p;
    private final double[] s;
    private final double validVoxels;

    /**
     * Builds the matrix over the 26 neighbours (PyRadiomics' default distance 1).
     *
     * @param greyLevels the discretised region
     */
    public NgtdmFeatures(final GreyLevels greyLevels) {
        this(greyLevels, List.of(1));
    }

    /**
     * Builds the matrix; the loop over voxels allocates nothing.
     *
     * @param greyLevels the discretised region
     * @param distances PyRadiomics {@code distances}: the neighbours are the voxels at these Chebyshev
     *        distances ({@link Directions#neighbours(List)})
     */
    public NgtdmFeatures(final GreyLevels greyLevels, final List<Integer> distances) {
        this(greyLevels, distances, Directions.VOLUME);
    }

    /**
     * As {@link #NgtdmFeatures(GreyLevels, List)}, with PyRadiomics' {@code force2D}: neighbours in the plane only.
     *
     * @param outOfPlane the offset component {@code force2D} keeps at 0 ({@link Directions#outOfPlane}), or
     *        {@link Directions#VOLUME}
     */
    NgtdmFeatures(final GreyLevels greyLevels, final List<Integer> distances, final int outOfPlane) {
        final RegionOfInterest region = greyLevels.region();
        final int nx = region.columns();
        final int ny = region.rows();
        final int nz = region.slices();
        final int n = greyLevels.levelCount();
        final int[][] offsets = Directions.neighbours(distances, outOfPlane).toArray(new int[0][]);
        final double[] count = new double[n];
        final double[] difference = new double[n];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    final int v = (k * ny + j) * nx + i;
                    final int g = greyLevels.levelIndex(v);
                    if (g < 0) {
                        continue;
                    }
                    double sum = 0;
                    int neighbours = 0;
                    for (final int[] o : offsets) {
                        final int i2 = i + o[0];
                        final int j2 = j + o[1];
                        final int k2 = k + o[2];
                        if (i2 < 0 || j2 < 0 || k2 < 0 || i2 >= nx || j2 >= ny || k2 >= nz) {
                            continue;
                        }
                        final int h = greyLevels.levelIndex((k2 * ny + j2) * nx + i2);
                        if (h >= 0) {
                            sum += greyLevels.level(h);
                            neighbours++;
                        }
                    }
                    count[g]++;
                    if (neighbours > 0) {
                        difference[g] += Math.abs(greyLevels.level(g) - sum / neighbours);
                    }
                }
            }
        }
        int present = 0;
        double total = 0;
        for (final double c : count) {
            present += c > 0 ? 1 : 0;
            total += c;
        }
        levels = present;
        validVoxels = total;
        level = new double[present];
        p = new double[present];
        s = new double[present];
        int a = 0;
        for (int g = 0; g < n; g++) {
            if (count[g] > 0) {
                level[a] = greyLevels.level(g);
                p[a] = count[g] / total;
                s[a++] = difference[g];
            }
        }
    }

    /** @return every feature in PyRadiomics' order, keyed by its PyRadiomics name (unmodifiable) */
    public Map<String, Double> values() {
        final Map<String, Double> out = new LinkedHashMap<>();
        out.put("Busyness", busyness());
        out.put("Coarseness", coarseness());
        out.put("Complexity", complexity());
        out.put("Contrast", contrast());
        out.put("Strength", strength());
        return Collections.unmodifiableMap(out);
    }

    /** @return N<sub>vp</sub>, the region voxels (isolated ones included, as PyRadiomics counts them) */
    public double validVoxelCount() {
        return validVoxels;
    }

    private double weightedDifferenceSum() {
        double sum = 0;
        for (int a = 0; a < levels; a++) {
            sum += p[a] * s[a];
        }
        return sum;
    }

    private double differenceSum() {
        double sum = 0;
        for (final double x : s) {
            sum += x;
        }
        return sum;
    }

    /**
     * @return Coarseness = 1 / Σ p<sub>i</sub> s<sub>i</sub>, {@link #FLAT_COARSENESS} when the sum is 0
     *         (IBSI QCDE)
     */
    public double coarseness() {
        final double sum = weightedDifferenceSum();
        return sum == 0 ? FLAT_COARSENESS : 1 / sum;
    }

    /**
     * @return Contrast = [Σ<sub>i</sub> Σ<sub>j</sub> p<sub>i</sub> p<sub>j</sub> (i − j)² / (N<sub>g,p</sub>(N<sub>g,p</sub> − 1))]
     *         · Σ s<sub>i</sub> / N<sub>vp</sub>, 0 for a single grey level (IBSI 65HE)
     */
    public double contrast() {
        if (levels < 2) {
            return 0;
        }
        double spread = 0;
        for (int a = 0; a < levels; a++) {
            for (int b = 0; b < levels; b++) {
                final double d = level[a] - level[b];
                spread += p[a] * p[b] * d * d;
            }
        }
        return spread / ((double) levels * (levels - 1)) * differenceSum() / validVoxels;
    }

    /**
     * @return Busyness = Σ p<sub>i</sub> s<sub>i</sub> / Σ<sub>i</sub> Σ<sub>j</sub> |i p<sub>i</sub> − j p<sub>j</sub>|,
     *         0 when the denominator is 0 (IBSI NQ30)
     */
    public double busyness() {
        double denominator = 0;
        for (int a = 0; a < levels; a++) {
            for (int b = 0; b < levels; b++) {
                denominator += Math.abs(level[a] * p[a] - level[b] * p[b]);
            }
        }
        return denominator == 0 ? 0 : weightedDifferenceSum() / denominator;
    }

    /**
     * @return Complexity = Σ<sub>i</sub> Σ<sub>j</sub> |i − j| (p<sub>i</sub> s<sub>i</sub> + p<sub>j</sub> s<sub>j</sub>)
     *         / (p<sub>i</sub> + p<sub>j</sub>) / N<sub>vp</sub> (IBSI HDEZ)
     */
    public double complexity() {
        double sum = 0;
        for (int a = 0; a < levels; a++) {
            for (int b = 0; b < levels; b++) {
                sum += Math.abs(level[a] - level[b]) * (p[a] * s[a] + p[b] * s[b]) / (p[a] + p[b]);
            }
        }
        return sum / validVoxels;
    }

    /**
     * @return Strength = Σ<sub>i</sub> Σ<sub>j</sub> (p<sub>i</sub> + p<sub>j</sub>)(i − j)² / Σ s<sub>i</sub>,
     *         0 when Σ s<sub>i</sub> is 0 (IBSI 1X9X)
     */
    public double strength() {
        final double differences = differenceSum();
        if (differences == 0) {
            return 0;
        }
        double sum = 0;
        for (int a = 0; a < levels; a++) {
            for (int b = 0; b < levels; b++) {
                final double d = level[a] - level[b];
                sum += (p[a] + p[b]) * d * d;
            }
        }
        return sum / differences;
    }
}
