package org.qmrinodes.core.features.radiomics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PyRadiomics' grey level dependence matrix features ({@code gldm}): a region voxel of grey level i
 * depends on each of its neighbours (by default the 26 at distance 1 in 3D; those at the Chebyshev
 * distances of {@code distances}) that is in the region and whose grey level differs from i by at most
 * α ({@code gldm_a}); P(i,j) counts the voxels of grey level i with j − 1 dependent neighbours (j = 1 …
 * 27 by default: PyRadiomics counts the voxel itself). N<sub>z</sub> = Σ P(i,j) is the
 * number of region voxels, p<sub>g</sub>(i) = Σ<sub>j</sub> P(i,j), p<sub>d</sub>(j) = Σ<sub>i</sub> P(i,j),
 * p(i,j) = P(i,j)/N<sub>z</sub>, i the grey levels of the region, ε = 2.2·10<sup>−16</sup>. IBSI calls
 * this the neighbouring grey level dependence matrix (NGLDM).
 */
public final class GldmFeatures {

    private final GreyLevelSizeMatrix dependences;

    /**
     * Counts the dependences among the 26 neighbours (PyRadiomics' default distance 1).
     *
     * @param greyLevels the discretised region
     * @param alpha the grey-level difference α up to which a neighbour is dependent (PyRadiomics {@code gldm_a})
     */
    public GldmFeatures(final GreyLevels greyLevels, final double alpha) {
        this(greyLevels, alpha, List.of(1));
    }

    /**
     * Counts the dependences; the loop over voxels allocates nothing.
     *
     * @param greyLevels the discretised region
     * @param alpha the grey-level difference α up to which a neighbour is dependent (PyRadiomics {@code gldm_a})
     * @param distances PyRadiomics {@code distances}: the neighbours are the voxels at these Chebyshev
     *        distances ({@link Directions#neighbours(List)})
     */
    public GldmFeatures(final GreyLevels greyLevels, final double alpha, final List<Integer> distances) {
        this(greyLevels, alpha, distances, Directions.VOLUME);
    }

    /**
     * As {@link #GldmFeatures(GreyLevels, double, List)}, with PyRadiomics' {@code force2D}: neighbours in the
     * plane only.
     *
     * @param outOfPlane the offset component {@code force2D} keeps at 0 ({@link Directions#outOfPlane}), or
     *        {@link Directions#VOLUME}
     */
    GldmFeatures(final GreyLevels greyLevels, final double alpha, final List<Integer> distances, final int outOfPlane) {
        final RegionOfInterest region = greyLevels.region();
        final int nx = region.columns();
        final int ny = region.rows();
        final int nz = region.slices();
        final int[][] neighbours = Directions.neighbours(distances, outOfPlane).toArray(new int[0][]);
        final int maxDependence = neighbours.length + 1;
        final double[] counts = new double[greyLevels.levelCount() * maxDependence];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    final int g = greyLevels.levelIndex((k * ny + j) * nx + i);
                    if (g < 0) {
                        continue;
                    }
                    final int level = greyLevels.level(g);
                    int dependent = 1;
                    for (final int[] o : neighbours) {
                        final int i2 = i + o[0];
                        final int j2 = j + o[1];
                        final int k2 = k + o[2];
                        if (i2 < 0 || j2 < 0 || k2 < 0 || i2 >= nx || j2 >= ny || k2 >= nz) {
                            continue;
                        }
                        final int h = greyLevels.levelIndex((k2 * ny + j2) * nx + i2);
                        if (h >= 0 && Math.abs(greyLevels.level(h) - level) <= alpha) {
                            dependent++;
                        }
                    }
                    counts[g * maxDependence + dependent - 1]++;
                }
            }
        }
        dependences = new GreyLevelSizeMatrix(greyLevels, maxDependence, counts);
    }

    /** @return every feature in PyRadiomics' order, keyed by its PyRadiomics name (unmodifiable) */
    public Map<String, Double> values() {
        final Map<String, Double> out = new LinkedHashMap<>();
        out.put("DependenceEntropy", dependenceEntropy());
        out.put("DependenceNonUniformity", dependenceNonUniformity());
        out.put("DependenceNonUniformityNormalized", dependenceNonUniformityNormalized());
        out.put("DependenceVariance", dependenceVariance());
        out.put("GrayLevelNonUniformity", grayLevelNonUniformity());
        out.put("GrayLevelVariance", grayLevelVariance());
        out.put("HighGrayLevelEmphasis", highGrayLevelEmphasis());
        out.put("LargeDependenceEmphasis", largeDependenceEmphasis());
        out.put("LargeDependenceHighGrayLevelEmphasis", largeDependenceHighGrayLevelEmphasis());
        out.put("LargeDependenceLowGrayLevelEmphasis", largeDependenceLowGrayLevelEmphasis());
        out.put("LowGrayLevelEmphasis", lowGrayLevelEmphasis());
        out.put("SmallDependenceEmphasis", smallDependenceEmphasis());
        out.put("SmallDependenceHighGrayLevelEmphasis", smallDependenceHighGrayLevelEmphasis());
        out.put("SmallDependenceLowGrayLevelEmphasis", smallDependenceLowGrayLevelEmphasis());
        return Collections.unmodifiableMap(out);
    }

    /** @return Small Dependence Emphasis = Σ p<sub>d</sub>(j)/j² / N<sub>z</sub> (IBSI SODN) */
    public double smallDependenceEmphasis() {
        return dependences.sizeMean(j -> 1.0 / ((double) j * j));
    }

    /** @return Large Dependence Emphasis = Σ p<sub>d</sub>(j) j² / N<sub>z</sub> (IBSI IMOQ) */
    public double largeDependenceEmphasis() {
        return dependences.sizeMean(j -> (double) j * j);
    }

    /** @return Gray Level Non-Uniformity = Σ p<sub>g</sub>(i)² / N<sub>z</sub> (IBSI FP8K) */
    public double grayLevelNonUniformity() {
        return dependences.greyNonUniformity();
    }

    /** @return Dependence Non-Uniformity = Σ p<sub>d</sub>(j)² / N<sub>z</sub> (IBSI Z87G) */
    public double dependenceNonUniformity() {
        return dependences.sizeNonUniformity();
    }

    /** @return Dependence Non-Uniformity Normalized = Σ p<sub>d</sub>(j)² / N<sub>z</sub>² (IBSI OKJI) */
    public double dependenceNonUniformityNormalized() {
        return dependences.sizeNonUniformity() / dependences.total();
    }

    /** @return Gray Level Variance = Σ p(i,j) (i − μ)², μ = Σ p(i,j) i (IBSI 1PFV) */
    public double grayLevelVariance() {
        return dependences.greyVariance();
    }

    /** @return Dependence Variance = Σ p(i,j) (j − μ)², μ = Σ p(i,j) j (IBSI DNX2) */
    public double dependenceVariance() {
        return dependences.sizeVariance();
    }

    /** @return Dependence Entropy = −Σ p(i,j) log₂(p(i,j) + ε) (IBSI FCBV) */
    public double dependenceEntropy() {
        return dependences.entropy();
    }

    /** @return Low Gray Level Emphasis = Σ p<sub>g</sub>(i)/i² / N<sub>z</sub> (IBSI TL9H) */
    public double lowGrayLevelEmphasis() {
        return dependences.greyMean(i -> 1 / (i * i));
    }

    /** @return High Gray Level Emphasis = Σ p<sub>g</sub>(i) i² / N<sub>z</sub> (IBSI OAE7) */
    public double highGrayLevelEmphasis() {
        return dependences.greyMean(i -> i * i);
    }

    /** @return Small Dependence Low Gray Level Emphasis = Σ P(i,j)/(i² j²) / N<sub>z</sub> (IBSI EQ3F) */
    public double smallDependenceLowGrayLevelEmphasis() {
        return dependences.jointMean((i, j) -> 1 / (i * i * j * j));
    }

    /** @return Small Dependence High Gray Level Emphasis = Σ P(i,j) i²/j² / N<sub>z</sub> (IBSI JA6D) */
    public double smallDependenceHighGrayLevelEmphasis() {
        return dependences.jointMean((i, j) -> i * i / (j * j));
    }

    /** @return Large Dependence Low Gray Level Emphasis = Σ P(i,j) j²/i² / N<sub>z</sub> (IBSI NBZI) */
    public double largeDependenceLowGrayLevelEmphasis() {
        return dependences.jointMean((i, j) -> j * j / (i * i));
    }

    /** @return Large Dependence High Gray Level Emphasis = Σ P(i,j) i² j² / N<sub>z</sub> (IBSI 9QMG) */
    public double largeDependenceHighGrayLevelEmphasis() {
        return dependences.jointMean((i, j) -> i * i * j * j);
    }
}
