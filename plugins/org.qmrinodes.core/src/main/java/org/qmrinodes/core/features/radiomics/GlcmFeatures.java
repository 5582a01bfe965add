package org.qmrinodes.core.features.radiomics;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

import org.qmrinodes.core.image.DeclaredSize;

/**
 * PyRadiomics' grey level co-occurrence matrix features ({@code glcm}): one GLCM per direction (by
 * default symmetric, distance 1, 13 directions in 3D; pairs of region voxels only), normalised to P(i,j) with Σ P = 1,
 * each feature computed per direction and averaged over the directions that have pairs (IBSI
 * aggregation "3D, averaged"). i and j are the grey levels that occur in the region; N<sub>g</sub>
 * is the highest of them. p<sub>x</sub>(i) = Σ<sub>j</sub> P(i,j), p<sub>y</sub>(j) = Σ<sub>i</sub> P(i,j),
 * μ<sub>x</sub> = Σ i P(i,j), μ<sub>y</sub> = Σ j P(i,j), p<sub>x+y</sub>(k) = Σ<sub>i+j=k</sub> P(i,j)
 * (k = 2 … 2N<sub>g</sub>), p<sub>x−y</sub>(k) = Σ<sub>|i−j|=k</sub> P(i,j) (k = 0 … N<sub>g</sub> − 1),
 * HXY = −Σ P log₂(P + ε), ε = 2.2·10<sup>−16</sup>. With a {@link WeightingNorm} the directions' matrices
 * are summed with its weights into one matrix whose features are reported.
 */
public final class GlcmFeatures {

    /** Every feature by PyRadiomics name, in its order. */
    private static final Map<String, ToDoubleFunction<GlcmFeatures>> FEATURES = new LinkedHashMap<>();

    static {
        FEATURES.put("Autocorrelation", GlcmFeatures::autocorrelation);
        FEATURES.put("ClusterProminence", GlcmFeatures::clusterProminence);
        FEATURES.put("ClusterShade", GlcmFeatures::clusterShade);
        FEATURES.put("ClusterTendency", GlcmFeatures::clusterTendency);
        FEATURES.put("Contrast", GlcmFeatures::contrast);
        FEATURES.put("Correlation", GlcmFeatures::correlation);
        FEATURES.put("DifferenceAverage", GlcmFeatures::differenceAverage);
        FEATURES.put("DifferenceEntropy", GlcmFeatures::differenceEntropy);
        FEATURES.put("DifferenceVariance", GlcmFeatures::differenceVariance);
        FEATURES.put("Id", GlcmFeatures::inverseDifference);
        FEATURES.put("Idm", GlcmFeatures::inverseDifferenceMoment);
        FEATURES.put("Idmn", GlcmFeatures::inverseDifferenceMomentNormalised);
        FEATURES.put("Idn", GlcmFeatures::inverseDifferenceNormalised);
        FEATURES.put("Imc1", GlcmFeatures::informationalMeasureOfCorrelation1);
        FEATURES.put("Imc2", GlcmFeatures::informationalMeasureOfCorrelation2);
        FEATURES.put("InverseVariance", GlcmFeatures::inverseVariance);
        FEATURES.put("JointAverage", GlcmFeatures::jointAverage);
        FEATURES.put("JointEnergy", GlcmFeatures::jointEnergy);
        FEATURES.put("JointEntropy", GlcmFeatures::jointEntropy);
        FEATURES.put("MCC", GlcmFeatures::maximalCorrelationCoefficient);
        FEATURES.put("MaximumProbability", GlcmFeatures::maximumProbability);
        FEATURES.put("SumAverage", GlcmFeatures::sumAverage);
        FEATURES.put("SumEntropy", GlcmFeatures::sumEntropy);
        FEATURES.put("SumSquares", GlcmFeatures::sumSquares);
    }


    private final int n;
    private final int highestLevel;
    private final double[] level;
    private final double[][] p;
    private final double[][] px;
    private final double[][] py;
    private final double[] ux;
    private final double[] uy;
    private final double[][] pSum;
    private final double[][] pDifference;
    private final double[] hxy;

    /**
     * PyRadiomics' default GLCM: symmetric, distance 1, features averaged over the 13 directions; the loop
     * over voxels allocates nothing.
     *
     * @param greyLevels the discretised region
     */
    public GlcmFeatures(final GreyLevels greyLevels) {
        this(greyLevels, List.of(1), true, null);
    }

    /**
     * Builds the matrices; the loop over voxels allocates nothing.
     *
     * @param greyLevels the discretised region
     * @param distances PyRadiomics {@code distances}: one matrix per angle of {@link Directions#offsets(List)}
     * @param symmetrical PyRadiomics {@code symmetricalGLCM}: count each pair in both orders (P + Pᵀ), or
     *        only as (voxel, voxel + offset)
     * @param weighting PyRadiomics {@code weightingNorm}: sum the angles' matrices with its weights into
     *        one, or null to average the features over the angles
     */
    public GlcmFeatures(final GreyLevels greyLevels, final List<Integer> distances, final boolean symmetrical,
        final WeightingNorm weighting) {
        this(greyLevels, distances, symmetrical, weighting, Directions.VOLUME);
    }

    /**
     * As {@link #GlcmFeatures(GreyLevels, List, boolean, WeightingNorm)}, with PyRadiomics' {@code force2D}.
     *
     * @param outOfPlane the offset component {@code force2D} keeps at 0 ({@link Directions#outOfPlane}), or
     *        {@link Directions#VOLUME}
     */
    GlcmFeatures(final GreyLevels greyLevels, final List<Integer> distances, final boolean symmetrical,
        final WeightingNorm weighting, final int outOfPlane) {
        final RegionOfInterest region = greyLevels.region();
        n = greyLevels.levelCount();
        highestLevel = greyLevels.highestLevel();
        level = new double[n];
        for (int l = 0; l < n; l++) {
            level[l] = greyLevels.level(l);
        }
        final int[][] offsets = Directions.offsets(distances, outOfPlane).toArray(new int[0][]);
        DeclaredSize.requireHeap("GLCM of " + n + " grey levels in " + offsets.length + " directions",
            8L * offsets.length * n * n);
        double[][] counts = new double[offsets.length][n * n];
        final int nx = region.columns();
        final int ny = region.rows();
        final int nz = region.slices();
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    final int v = (k * ny + j) * nx + i;
                    final int a = greyLevels.levelIndex(v);
                    if (a < 0) {
                        continue;
                    }
                    for (int d = 0; d < offsets.length; d++) {
                        final int i2 = i + offsets[d][0];
                        final int j2 = j + offsets[d][1];
                        final int k2 = k + offsets[d][2];
                        if (i2 < 0 || j2 < 0 || k2 < 0 || i2 >= nx || j2 >= ny || k2 >= nz) {
                            continue;
                        }
                        final int b = greyLevels.levelIndex((k2 * ny + j2) * nx + i2);
                        if (b >= 0) {
                            counts[d][a * n + b]++;
                            if (symmetrical) {
                                counts[d][b * n + a]++;
                            }
                        }
                    }
                }
            }
        }
        if (weighting != null) {
            final double[] merged = new double[n * n];
            for (int d = 0; d < offsets.length; d++) {
                final double w = weighting.glcmWeight(WeightingNorm.offsetMm(region, offsets[d]));
                for (int x = 0; x < merged.length; x++) {
                    merged[x] += w * counts[d][x];
                }
            }
            counts = new double[][] {merged};
        }
        int used = 0;
        for (final double[] c : counts) {
            used += sum(c) > 0 ? 1 : 0;
        }
        p = new double[used][];
        int u = 0;
        for (final double[] c : counts) {
            final double total = sum(c);
            if (total > 0) {
                for (int x = 0; x < c.length; x++) {
                    c[x] /= total;
                }
                p[u++] = c;
            }
        }
        px = new double[used][n];
        py = new double[used][n];
        ux = new double[used];
        uy = new double[used];
        pSum = new double[used][2 * highestLevel - 1];
        pDifference = new double[used][highestLevel];
        hxy = new double[used];
        for (int a = 0; a < used; a++) {
            final double[] m = p[a];
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    final double pij = m[x * n + y];
                    px[a][x] += pij;
                    py[a][y] += pij;
                    ux[a] += level[x] * pij;
                    uy[a] += level[y] * pij;
                    pSum[a][(int) (level[x] + level[y]) - 2] += pij;
                    pDifference[a][(int) Math.abs(level[x] - level[y])] += pij;
                    hxy[a] -= pij * FeatureMath.log2(pij + FeatureMath.EPS);
                }
            }
        }
    }

    private static double sum(final double[] a) {
        double s = 0;
        for (final double x : a) {
            s += x;
        }
        return s;
    }

    /** @return the number of directions with at least one voxel pair (those averaged) */
    public int directionCount() {
        return p.length;
    }

    private double average(final IntToDoubleFunction perDirection) {
        return FeatureMath.meanOverDirections(p.length, perDirection);
    }

    /** Σ P(i,j) f(i,j) of direction a. */
    private interface Weight {
        double of(double i, double j);
    }

    private double weightedSum(final int a, final Weight w) {
        final double[] m = p[a];
        double s = 0;
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                s += m[x * n + y] * w.of(level[x], level[y]);
            }
        }
        return s;
    }

    /** @return every feature in PyRadiomics' order, keyed by its PyRadiomics name (unmodifiable) */
    public Map<String, Double> values() {
        return values(FEATURES.keySet());
    }

    /**
     * @param names PyRadiomics names of the features wanted (others, e.g. MCC's eigenvalues, are not computed)
     * @return those of them this class has, in the order given, keyed by name (unmodifiable)
     */
    public Map<String, Double> values(final Collection<String> names) {
        final Map<String, Double> out = new LinkedHashMap<>();
        for (final String name : names) {
            final ToDoubleFunction<GlcmFeatures> feature = FEATURES.get(name);
            if (feature != null) {
                out.put(name, feature.applyAsDouble(this));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** @return Autocorrelation = Σ P(i,j) i j (IBSI QWB0) */
    public double autocorrelation() {
        return average(a -> weightedSum(a, (i, j) -> i * j));
    }

    /** @return Joint Average = μ<sub>x</sub> (IBSI 60VM) */
    public double jointAverage() {
        return average(a -> ux[a]);
    }

    /** @return Cluster Prominence = Σ P(i,j) (i + j − μ<sub>x</sub> − μ<sub>y</sub>)⁴ (IBSI AE86) */
    public double clusterProminence() {
        return average(a -> weightedSum(a, (i, j) -> Math.pow(i + j - ux[a] - uy[a], 4)));
    }

    /** @return Cluster Shade = Σ P(i,j) (i + j − μ<sub>x</sub> − μ<sub>y</sub>)³ (IBSI 7NFM) */
    public double clusterShade() {
        return average(a -> weightedSum(a, (i, j) -> Math.pow(i + j - ux[a] - uy[a], 3)));
    }

    /** @return Cluster Tendency = Σ P(i,j) (i + j − μ<sub>x</sub> − μ<sub>y</sub>)² (IBSI DG8W) */
    public double clusterTendency() {
        return average(a -> weightedSum(a, (i, j) -> Math.pow(i + j - ux[a] - uy[a], 2)));
    }

    /** @return Contrast = Σ P(i,j) (i − j)² (IBSI ACUI) */
    public double contrast() {
        return average(a -> weightedSum(a, (i, j) -> (i - j) * (i - j)));
    }

    /**
     * @return Correlation = Σ P(i,j) (i − μ<sub>x</sub>)(j − μ<sub>y</sub>) / (σ<sub>x</sub> σ<sub>y</sub> + ε),
     *         1 where σ<sub>x</sub> σ<sub>y</sub> = 0 (IBSI NI2N)
     */
    public double correlation() {
        return average(a -> {
            final double sx = Math.sqrt(weightedSum(a, (i, j) -> (i - ux[a]) * (i - ux[a])));
            final double sy = Math.sqrt(weightedSum(a, (i, j) -> (j - uy[a]) * (j - uy[a])));
            if (sx * sy == 0) {
                return 1;
            }
            return weightedSum(a, (i, j) -> (i - ux[a]) * (j - uy[a])) / (sx * sy + FeatureMath.EPS);
        });
    }

    private double differenceSum(final int a, final IntToDoubleFunction w) {
        final double[] d = pDifference[a];
        double s = 0;
        for (int k = 0; k < d.length; k++) {
            s += d[k] * w.applyAsDouble(k);
        }
        return s;
    }

    /** @return Difference Average = Σ<sub>k</sub> k p<sub>x−y</sub>(k) (IBSI TF7R) */
    public double differenceAverage() {
        return average(a -> differenceSum(a, k -> k));
    }

    /** @return Difference Entropy = −Σ<sub>k</sub> p<sub>x−y</sub>(k) log₂(p<sub>x−y</sub>(k) + ε) (IBSI NTRS) */
    public double differenceEntropy() {
        return average(a -> -differenceSum(a, k -> FeatureMath.log2(pDifference[a][k] + FeatureMath.EPS)));
    }

    /** @return Difference Variance = Σ<sub>k</sub> (k − DA)² p<sub>x−y</sub>(k), DA the difference average (IBSI D3YU) */
    public double differenceVariance() {
        return average(a -> {
            final double mean = differenceSum(a, k -> k);
            return differenceSum(a, k -> (k - mean) * (k - mean));
        });
    }

    /** @return Joint Energy = Σ P(i,j)² (IBSI 8ZQL) */
    public double jointEnergy() {
        return average(a -> {
            double s = 0;
            for (final double x : p[a]) {
                s += x * x;
            }
            return s;
        });
    }

    /** @return Joint Entropy = HXY = −Σ P(i,j) log₂(P(i,j) + ε) (IBSI TU9B) */
    public double jointEntropy() {
        return average(a -> hxy[a]);
    }

    private static double entropy(final double[] q) {
        double s = 0;
        for (final double x : q) {
            s -= x * FeatureMath.log2(x + FeatureMath.EPS);
        }
        return s;
    }

    /**
     * @return Imc1 = (HXY − HXY1) / max(HX, HY), HX and HY the entropies of p<sub>x</sub> and p<sub>y</sub>,
     *         HXY1 = −Σ P(i,j) log₂(p<sub>x</sub>(i) p<sub>y</sub>(j) + ε); 0 when max(HX, HY) = 0 (IBSI R8DG)
     */
    public double informationalMeasureOfCorrelation1() {
        return average(a -> {
            final double[] m = p[a];
            double hxy1 = 0;
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    hxy1 -= m[x * n + y] * FeatureMath.log2(px[a][x] * py[a][y] + FeatureMath.EPS);
                }
            }
            final double div = Math.max(entropy(px[a]), entropy(py[a]));
            return div == 0 ? 0 : (hxy[a] - hxy1) / div;
        });
    }

    /**
     * @return Imc2 = √(1 − e<sup>−2(HXY2 − HXY)</sup>), HXY2 = −Σ p<sub>x</sub>(i) p<sub>y</sub>(j)
     *         log₂(p<sub>x</sub>(i) p<sub>y</sub>(j) + ε); 0 when HXY2 = HXY (IBSI JN9H)
     */
    public double informationalMeasureOfCorrelation2() {
        return average(a -> {
            double hxy2 = 0;
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    final double q = px[a][x] * py[a][y];
                    hxy2 -= q * FeatureMath.log2(q + FeatureMath.EPS);
                }
            }
            return hxy2 == hxy[a] ? 0 : Math.sqrt(1 - Math.exp(-2 * (hxy2 - hxy[a])));
        });
    }

    /** @return Idm = Σ<sub>k</sub> p<sub>x−y</sub>(k) / (1 + k²) (IBSI WF0Z) */
    public double inverseDifferenceMoment() {
        return average(a -> differenceSum(a, k -> 1.0 / (1 + (double) k * k)));
    }

    /**
     * @return MCC, the maximal correlation coefficient: √ of the second largest eigenvalue of
     *         Q(i,j) = Σ<sub>k</sub> P(i,k) P(j,k) / (p<sub>x</sub>(i) p<sub>y</sub>(k) + ε); 1 for a single grey
     *         level (no IBSI equivalent)
     */
    public double maximalCorrelationCoefficient() {
        if (n < 2) {
            return 1;
        }
        final double[] q = new double[n * n];
        final double[] symmetric = new double[n * n];
        final double[] weighted = new double[n * n];
        return average(a -> {
            final double[] m = p[a];
            Arrays.fill(q, 0);
            for (int x = 0; x < n; x++) {
                for (int k = 0; k < n; k++) {
                    weighted[x * n + k] = m[x * n + k] / (px[a][x] * py[a][k] + FeatureMath.EPS);
                }
            }
            for (int x = 0; x < n; x++) {
                if (px[a][x] == 0) {
                    continue;
                }
                for (int y = 0; y < n; y++) {
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        s += weighted[x * n + k] * m[y * n + k];
                    }
                    q[x * n + y] = s;
                }
            }
            final double[] eigenvalues = SymmetricEigenvalues.ofSimilarSymmetric(q, px[a], n, symmetric);
            return Math.sqrt(Math.max(0, eigenvalues[n - 2]));
        });
    }

    /**
     * @return Idmn = Σ<sub>k</sub> p<sub>x−y</sub>(k) / (1 + k²/N<sub>g</sub>²) (IBSI 1QCO, whose N<sub>g</sub> is
     *         the number of bins rather than the highest grey level present)
     */
    public double inverseDifferenceMomentNormalised() {
        final double ng2 = (double) highestLevel * highestLevel;
        return average(a -> differenceSum(a, k -> 1.0 / (1 + k * (double) k / ng2)));
    }

    /** @return Id = Σ<sub>k</sub> p<sub>x−y</sub>(k) / (1 + k) (IBSI IB1Z) */
    public double inverseDifference() {
        return average(a -> differenceSum(a, k -> 1.0 / (1 + k)));
    }

    /** @return Idn = Σ<sub>k</sub> p<sub>x−y</sub>(k) / (1 + k/N<sub>g</sub>) (IBSI NDRX, N<sub>g</sub> as for Idmn) */
    public double inverseDifferenceNormalised() {
        return average(a -> differenceSum(a, k -> 1.0 / (1 + k / (double) highestLevel)));
    }

    /** @return Inverse Variance = Σ<sub>k≥1</sub> p<sub>x−y</sub>(k) / k² (IBSI E8JP) */
    public double inverseVariance() {
        return average(a -> differenceSum(a, k -> k == 0 ? 0 : 1.0 / ((double) k * k)));
    }

    /** @return Maximum Probability = max P(i,j) (IBSI GYBY) */
    public double maximumProbability() {
        return average(a -> {
            double max = 0;
            for (final double x : p[a]) {
                max = Math.max(max, x);
            }
            return max;
        });
    }

    private double sumSum(final int a, final IntToDoubleFunction w) {
        final double[] s = pSum[a];
        double out = 0;
        for (int k = 0; k < s.length; k++) {
            out += s[k] * w.applyAsDouble(k + 2);
        }
        return out;
    }

    /** @return Sum Average = Σ<sub>k</sub> k p<sub>x+y</sub>(k) (IBSI ZGXS) */
    public double sumAverage() {
        return average(a -> sumSum(a, k -> k));
    }

    /** @return Sum Entropy = −Σ<sub>k</sub> p<sub>x+y</sub>(k) log₂(p<sub>x+y</sub>(k) + ε) (IBSI P6QZ) */
    public double sumEntropy() {
        return average(a -> -sumSum(a, k -> FeatureMath.log2(pSum[a][k - 2] + FeatureMath.EPS)));
    }

    /** @return Sum of Squares = Σ P(i,j) (i − μ<sub>x</sub>)² (IBSI joint variance UR99) */
    public double sumSquares() {
        return average(a -> weightedSum(a, (i, j) -> (i - ux[a]) * (i - ux[a])));
    }
}
