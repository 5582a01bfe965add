package org.qmrinodes.core.features.radiomics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.qmrinodes.core.image.DeclaredSize;

/**
 * PyRadiomics' grey level size zone matrix features ({@code glszm}): a zone is a maximal set of region
 * voxels of one grey level connected through their 26 neighbours (distance 1 in 3D); P(i,j) counts
 * the zones of grey level i and size j voxels. One matrix for the whole region (no directions).
 * N<sub>z</sub> = Σ P(i,j) is the number of zones, N<sub>p</sub> the number of region voxels,
 * p<sub>g</sub>(i) = Σ<sub>j</sub> P(i,j), p<sub>s</sub>(j) = Σ<sub>i</sub> P(i,j), p(i,j) = P(i,j)/N<sub>z</sub>,
 * i the grey levels of the region, ε = 2.2·10<sup>−16</sup>.
 */
public final class GlszmFeatures {

    private final GreyLevelSizeMatrix zones;
    private final int voxelCount;

    /**
     * Finds the zones (flood fill with one preallocated stack) and builds the matrix.
     *
     * @param greyLevels the discretised region
     */
    public GlszmFeatures(final GreyLevels greyLevels) {
        this(greyLevels, Directions.VOLUME);
    }

    /**
     * As {@link #GlszmFeatures(GreyLevels)}, with PyRadiomics' {@code force2D}: zones connected through the 8
     * neighbours in the plane only.
     *
     * @param outOfPlane the offset component {@code force2D} keeps at 0 ({@link Directions#outOfPlane}), or
     *        {@link Directions#VOLUME}
     */
    GlszmFeatures(final GreyLevels greyLevels, final int outOfPlane) {
        final RegionOfInterest region = greyLevels.region();
        final int nx = region.columns();
        final int ny = region.rows();
        final int nz = region.slices();
        final int size = nx * ny * nz;
        voxelCount = region.voxelCount();
        final int n = greyLevels.levelCount();
        final int[] zoneSize = new int[voxelCount];
        final int[] zoneLevel = new int[voxelCount];
        final boolean[] visited = new boolean[size];
        final int[] stack = new int[voxelCount];
        int zoneCount = 0;
        int largest = 0;
        for (int seed = 0; seed < size; seed++) {
            final int g = greyLevels.levelIndex(seed);
            if (g < 0 || visited[seed]) {
                continue;
            }
            visited[seed] = true;
            stack[0] = seed;
            int top = 1;
            int members = 0;
            while (top > 0) {
                final int v = stack[--top];
                members++;
                final int i = v % nx;
                final int j = (v / nx) % ny;
                final int k = v / (nx * ny);
                final int ri = outOfPlane == 0 ? 0 : 1;
                final int rj = outOfPlane == 1 ? 0 : 1;
                final int rk = outOfPlane == 2 ? 0 : 1;
                for (int k2 = Math.max(k - rk, 0); k2 <= Math.min(k + rk, nz - 1); k2++) {
                    for (int j2 = Math.max(j - rj, 0); j2 <= Math.min(j + rj, ny - 1); j2++) {
                        for (int i2 = Math.max(i - ri, 0); i2 <= Math.min(i + ri, nx - 1); i2++) {
                            final int w = (k2 * ny + j2) * nx + i2;
                            if (!visited[w] && greyLevels.levelIndex(w) == g) {
                                visited[w] = true;
                                stack[top++] = w;
                            }
                        }
                    }
                }
            }
            zoneSize[zoneCount] = members;
            zoneLevel[zoneCount++] = g;
            largest = Math.max(largest, members);
        }
        DeclaredSize.requireHeap("GLSZM of " + n + " grey levels and zones up to " + largest + " voxels",
            8L * n * largest);
        final double[] counts = new double[n * largest];
        for (int z = 0; z < zoneCount; z++) {
            counts[zoneLevel[z] * largest + zoneSize[z] - 1]++;
        }
        zones = new GreyLevelSizeMatrix(greyLevels, largest, counts);
    }

    /** @return every feature in PyRadiomics' order, keyed by its PyRadiomics name (unmodifiable) */
    public Map<String, Double> values() {
        final Map<String, Double> out = new LinkedHashMap<>();
        out.put("GrayLevelNonUniformity", grayLevelNonUniformity());
        out.put("GrayLevelNonUniformityNormalized", grayLevelNonUniformityNormalized());
        out.put("GrayLevelVariance", grayLevelVariance());
        out.put("HighGrayLevelZoneEmphasis", highGrayLevelZoneEmphasis());
        out.put("LargeAreaEmphasis", largeAreaEmphasis());
        out.put("LargeAreaHighGrayLevelEmphasis", largeAreaHighGrayLevelEmphasis());
        out.put("LargeAreaLowGrayLevelEmphasis", largeAreaLowGrayLevelEmphasis());
        out.put("LowGrayLevelZoneEmphasis", lowGrayLevelZoneEmphasis());
        out.put("SizeZoneNonUniformity", sizeZoneNonUniformity());
        out.put("SizeZoneNonUniformityNormalized", sizeZoneNonUniformityNormalized());
        out.put("SmallAreaEmphasis", smallAreaEmphasis());
        out.put("SmallAreaHighGrayLevelEmphasis", smallAreaHighGrayLevelEmphasis());
        out.put("SmallAreaLowGrayLevelEmphasis", smallAreaLowGrayLevelEmphasis());
        out.put("ZoneEntropy", zoneEntropy());
        out.put("ZonePercentage", zonePercentage());
        out.put("ZoneVariance", zoneVariance());
        return Collections.unmodifiableMap(out);
    }

    /** @return N<sub>z</sub>, the number of zones */
    public double zoneCount() {
        return zones.total();
    }

    /** @return Small Area Emphasis = Σ p<sub>s</sub>(j)/j² / N<sub>z</sub> (IBSI 5QRC) */
    public double smallAreaEmphasis() {
        return zones.sizeMean(j -> 1.0 / ((double) j * j));
    }

    /** @return Large Area Emphasis = Σ p<sub>s</sub>(j) j² / N<sub>z</sub> (IBSI 48P8) */
    public double largeAreaEmphasis() {
        return zones.sizeMean(j -> (double) j * j);
    }

    /** @return Gray Level Non-Uniformity = Σ p<sub>g</sub>(i)² / N<sub>z</sub> (IBSI JNSA) */
    public double grayLevelNonUniformity() {
        return zones.greyNonUniformity();
    }

    /** @return Gray Level Non-Uniformity Normalized = Σ p<sub>g</sub>(i)² / N<sub>z</sub>² (IBSI Y1RO) */
    public double grayLevelNonUniformityNormalized() {
        return zones.greyNonUniformity() / zones.total();
    }

    /** @return Size-Zone Non-Uniformity = Σ p<sub>s</sub>(j)² / N<sub>z</sub> (IBSI 4JP3) */
    public double sizeZoneNonUniformity() {
        return zones.sizeNonUniformity();
    }

    /** @return Size-Zone Non-Uniformity Normalized = Σ p<sub>s</sub>(j)² / N<sub>z</sub>² (IBSI VB3A) */
    public double sizeZoneNonUniformityNormalized() {
        return zones.sizeNonUniformity() / zones.total();
    }

    /** @return Zone Percentage = N<sub>z</sub> / N<sub>p</sub> (IBSI P30P) */
    public double zonePercentage() {
        return zones.total() / voxelCount;
    }

    /** @return Gray Level Variance = Σ p(i,j) (i − μ)², μ = Σ p(i,j) i (IBSI BYLV) */
    public double grayLevelVariance() {
        return zones.greyVariance();
    }

    /** @return Zone Variance = Σ p(i,j) (j − μ)², μ = Σ p(i,j) j (IBSI 3NSA) */
    public double zoneVariance() {
        return zones.sizeVariance();
    }

    /** @return Zone Entropy = −Σ p(i,j) log₂(p(i,j) + ε) (IBSI GU8N) */
    public double zoneEntropy() {
        return zones.entropy();
    }

    /** @return Low Gray Level Zone Emphasis = Σ p<sub>g</sub>(i)/i² / N<sub>z</sub> (IBSI XMSY) */
    public double lowGrayLevelZoneEmphasis() {
        return zones.greyMean(i -> 1 / (i * i));
    }

    /** @return High Gray Level Zone Emphasis = Σ p<sub>g</sub>(i) i² / N<sub>z</sub> (IBSI 5GN9) */
    public double highGrayLevelZoneEmphasis() {
        return zones.greyMean(i -> i * i);
    }

    /** @return Small Area Low Gray Level Emphasis = Σ P(i,j)/(i² j²) / N<sub>z</sub> (IBSI 5RAI) */
    public double smallAreaLowGrayLevelEmphasis() {
        return zones.jointMean((i, j) -> 1 / (i * i * j * j));
    }

    /** @return Small Area High Gray Level Emphasis = Σ P(i,j) i²/j² / N<sub>z</sub> (IBSI HW1V) */
    public double smallAreaHighGrayLevelEmphasis() {
        return zones.jointMean((i, j) -> i * i / (j * j));
    }

    /** @return Large Area Low Gray Level Emphasis = Σ P(i,j) j²/i² / N<sub>z</sub> (IBSI YH51) */
    public double largeAreaLowGrayLevelEmphasis() {
        return zones.jointMean((i, j) -> j * j / (i * i));
    }

    /** @return Large Area High Gray Level Emphasis = Σ P(i,j) i² j² / N<sub>z</sub> (IBSI J17V) */
    public double largeAreaHighGrayLevelEmphasis() {
        return zones.jointMean((i, j) -> i * i * j * j);
    }
}
