package org.qmrinodes.core.features.radiomics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

import org.qmrinodes.core.image.DeclaredSize;

/**
 * PyRadiomics' grey level run length matrix features ({@code glrlm}): per direction (13 in 3D) the
 * matrix P(i,j) counts the runs (maximal sequences of consecutive region voxels along the direction
 * with the same grey level) of grey level i and length j; each feature is computed per direction and
 * averaged over the directions that have runs (IBSI aggregation "3D, averaged"). As PyRadiomics, a
 * direction along which no line of the bounding box holds two region voxels is left out. N<sub>r</sub>
 * is the number of runs Σ P(i,j), N<sub>p</sub> = Σ j P(i,j) the number of voxels,
 * p<sub>g</sub>(i) = Σ<sub>j</sub> P(i,j), p<sub>r</sub>(j) = Σ<sub>i</sub> P(i,j), i the grey levels of the
 * region, ε = 2.2·10<sup>−16</sup>. With a {@link WeightingNorm} the matrices of the directions with runs
 * are summed with its weights into one matrix whose features are reported.
 */
public final class GlrlmFeatures {

    private final GreyLevelSizeMatrix[] runs;

    /**
     * Builds the matrices, features averaged over the directions; the loop over voxels allocates nothing.
     *
     * @param greyLevels the discretised region
     */
    public GlrlmFeatures(final GreyLevels greyLevels) {
        this(greyLevels, null);
    }

    /**
     * Builds the matrices; the loop over voxels allocates nothing.
     *
     * @param greyLevels the discretised region
     * @param weighting PyRadiomics {@code weightingNorm}: sum the matrices of the directions with runs, with
     *        its weights, into one, or null to average the features over those directions
     */
    public GlrlmFeatures(final GreyLevels greyLevels, final WeightingNorm weighting) {
        this(greyLevels, weighting, Directions.VOLUME);
    }

    /**
     * As {@link #GlrlmFeatures(GreyLevels, WeightingNorm)}, with PyRadiomics' {@code force2D}.
     *
     * @param outOfPlane the offset component {@code force2D} keeps at 0 ({@link Directions#outOfPlane}), or
     *        {@link Directions#VOLUME}
     */
    GlrlmFeatures(final GreyLevels greyLevels, final WeightingNorm weighting, final int outOfPlane) {
        final RegionOfInterest region = greyLevels.region();
        final int n = greyLevels.levelCount();
        final int maxRun = Math.max(region.columns(), Math.max(region.rows(), region.slices()));
        DeclaredSize.requireHeap("GLRLM of " + n + " grey levels and runs up to " + maxRun + " in " + Directions.COUNT
            + " directions", 8L * Directions.COUNT * n * maxRun);
        final double[][] counts = new double[Directions.COUNT][];
        int used = 0;
        final int size = region.columns() * region.rows() * region.slices();
        for (int d = 0; d < Directions.COUNT; d++) {
            if (!Directions.inPlane(d, outOfPlane)) {
                continue;
            }
            final double[] c = new double[n * maxRun];
            boolean longerThanOne = false;
            for (int v = 0; v < size; v++) {
                final int g = greyLevels.levelIndex(v);
                if (g < 0) {
                    continue;
                }
                final int before = Directions.step(region, v, d, -1);
                if (before >= 0 && greyLevels.levelIndex(before) == g) {
                    continue;
                }
                int length = 1;
                for (int w = Directions.step(region, v, d, 1); w >= 0 && greyLevels.levelIndex(w) == g;
                    w = Directions.step(region, w, d, 1)) {
                    length++;
                }
                c[g * maxRun + length - 1]++;
                longerThanOne |= length > 1;
            }
            if (longerThanOne || lineHoldsTwoRegionVoxels(region, d)) {
                counts[d] = c;
                used++;
            }
        }
        if (weighting != null && used > 0) {
            final double[] merged = new double[n * maxRun];
            for (int d = 0; d < Directions.COUNT; d++) {
                if (counts[d] != null) {
                    final double w = weighting.glrlmWeight(WeightingNorm.offsetMm(region, d));
                    for (int x = 0; x < merged.length; x++) {
                        merged[x] += w * counts[d][x];
                    }
                }
            }
            runs = new GreyLevelSizeMatrix[] {new GreyLevelSizeMatrix(greyLevels, maxRun, merged)};
            return;
        }
        runs = new GreyLevelSizeMatrix[used];
        int a = 0;
        for (final double[] c : counts) {
            if (c != null) {
                runs[a++] = new GreyLevelSizeMatrix(greyLevels, maxRun, c);
            }
        }
    }

    /** True when some line of the bounding box along direction d holds at least two region voxels. */
    private static boolean lineHoldsTwoRegionVoxels(final RegionOfInterest region, final int d) {
        final int size = region.columns() * region.rows() * region.slices();
        for (int v = 0; v < size; v++) {
            if (!region.inside(v)) {
                continue;
            }
            for (int w = Directions.step(region, v, d, 1); w >= 0; w = Directions.step(region, w, d, 1)) {
                if (region.inside(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the number of directions with runs (those averaged) */
    public int directionCount() {
        return runs.length;
    }

    private double average(final IntToDoubleFunction perDirection) {
        return FeatureMath.meanOverDirections(runs.length, perDirection);
    }

    /** @return every feature in PyRadiomics' order, keyed by its PyRadiomics name (unmodifiable) */
    public Map<String, Double> values() {
        final Map<String, Double> out = new LinkedHashMap<>();
        out.put("GrayLevelNonUniformity", grayLevelNonUniformity());
        out.put("GrayLevelNonUniformityNormalized", grayLevelNonUniformityNormalized());
        out.put("GrayLevelVariance", grayLevelVariance());
        out.put("HighGrayLevelRunEmphasis", highGrayLevelRunEmphasis());
        out.put("LongRunEmphasis", longRunEmphasis());
        out.put("LongRunHighGrayLevelEmphasis", longRunHighGrayLevelEmphasis());
        out.put("LongRunLowGrayLevelEmphasis", longRunLowGrayLevelEmphasis());
        out.put("LowGrayLevelRunEmphasis", lowGrayLevelRunEmphasis());
        out.put("RunEntropy", runEntropy());
        out.put("RunLengthNonUniformity", runLengthNonUniformity());
        out.put("RunLengthNonUniformityNormalized", runLengthNonUniformityNormalized());
        out.put("RunPercentage", runPercentage());
        out.put("RunVariance", runVariance());
        out.put("ShortRunEmphasis", shortRunEmphasis());
        out.put("ShortRunHighGrayLevelEmphasis", shortRunHighGrayLevelEmphasis());
        out.put("ShortRunLowGrayLevelEmphasis", shortRunLowGrayLevelEmphasis());
        return Collections.unmodifiableMap(out);
    }

    /** @return Short Run Emphasis = Σ p<sub>r</sub>(j)/j² / N<sub>r</sub> (IBSI 22OV) */
    public double shortRunEmphasis() {
        return average(a -> runs[a].sizeMean(j -> 1.0 / ((double) j * j)));
    }

    /** @return Long Run Emphasis = Σ p<sub>r</sub>(j) j² / N<sub>r</sub> (IBSI W4KF) */
    public double longRunEmphasis() {
        return average(a -> runs[a].sizeMean(j -> (double) j * j));
    }

    /** @return Gray Level Non-Uniformity = Σ p<sub>g</sub>(i)² / N<sub>r</sub> (IBSI R5YN) */
    public double grayLevelNonUniformity() {
        return average(a -> runs[a].greyNonUniformity());
    }

    /** @return Gray Level Non-Uniformity Normalized = Σ p<sub>g</sub>(i)² / N<sub>r</sub>² (IBSI OVBL) */
    public double grayLevelNonUniformityNormalized() {
        return average(a -> runs[a].greyNonUniformity() / runs[a].total());
    }

    /** @return Run Length Non-Uniformity = Σ p<sub>r</sub>(j)² / N<sub>r</sub> (IBSI W92Y) */
    public double runLengthNonUniformity() {
        return average(a -> runs[a].sizeNonUniformity());
    }

    /** @return Run Length Non-Uniformity Normalized = Σ p<sub>r</sub>(j)² / N<sub>r</sub>² (IBSI IC23) */
    public double runLengthNonUniformityNormalized() {
        return average(a -> runs[a].sizeNonUniformity() / runs[a].total());
    }

    /** @return Run Percentage = N<sub>r</sub> / N<sub>p</sub>, N<sub>p</sub> = Σ j P(i,j) (IBSI 9ZK5) */
    public double runPercentage() {
        return average(a -> 1 / runs[a].sizeMean(j -> j));
    }

    /**
     * @return Gray Level Variance = Σ p(i,j) (i − μ)², p = P/N<sub>r</sub>, μ = Σ p(i,j) i (IBSI 8CE5)
     */
    public double grayLevelVariance() {
        return average(a -> runs[a].greyVariance());
    }

    /** @return Run Variance = Σ p(i,j) (j − μ)², p = P/N<sub>r</sub>, μ = Σ p(i,j) j (IBSI SXLW) */
    public double runVariance() {
        return average(a -> runs[a].sizeVariance());
    }

    /** @return Run Entropy = −Σ p(i,j) log₂(p(i,j) + ε), p = P/N<sub>r</sub> (IBSI HJ9O) */
    public double runEntropy() {
        return average(a -> runs[a].entropy());
    }

    /** @return Low Gray Level Run Emphasis = Σ p<sub>g</sub>(i)/i² / N<sub>r</sub> (IBSI V3SW) */
    public double lowGrayLevelRunEmphasis() {
        return average(a -> runs[a].greyMean(i -> 1 / (i * i)));
    }

    /** @return High Gray Level Run Emphasis = Σ p<sub>g</sub>(i) i² / N<sub>r</sub> (IBSI G3QZ) */
    public double highGrayLevelRunEmphasis() {
        return average(a -> runs[a].greyMean(i -> i * i));
    }

    /** @return Short Run Low Gray Level Emphasis = Σ P(i,j)/(i² j²) / N<sub>r</sub> (IBSI HTZT) */
    public double shortRunLowGrayLevelEmphasis() {
        return average(a -> runs[a].jointMean((i, j) -> 1 / (i * i * j * j)));
    }

    /** @return Short Run High Gray Level Emphasis = Σ P(i,j) i²/j² / N<sub>r</sub> (IBSI GD3A) */
    public double shortRunHighGrayLevelEmphasis() {
        return average(a -> runs[a].jointMean((i, j) -> i * i / (j * j)));
    }

    /** @return Long Run Low Gray Level Emphasis = Σ P(i,j) j²/i² / N<sub>r</sub> (IBSI IVPO) */
    public double longRunLowGrayLevelEmphasis() {
        return average(a -> runs[a].jointMean((i, j) -> j * j / (i * i)));
    }

    /** @return Long Run High Gray Level Emphasis = Σ P(i,j) i² j² / N<sub>r</sub> (IBSI 3KUM) */
    public double longRunHighGrayLevelEmphasis() {
        return average(a -> runs[a].jointMean((i, j) -> i * i * j * j));
    }
}
