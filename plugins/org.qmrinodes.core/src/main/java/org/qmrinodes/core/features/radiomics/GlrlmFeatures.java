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
 * region, ε = 2.2·10<sup>−16</sup>.
 */
public final class GlrlmFeatures {

    private final int n;
    private final int maxRun;
    private final double[] level;
    private final double[][] runs;
    private final double[][] pg;
    private final double[][] pr;
    private final double[] runCount;

    /**
     * Builds the matrices; the loop over voxels allocates nothing.
     *
     * @param greyLevels the discretised region
     */
    public GlrlmFeatures(final GreyLevels greyLevels) {
        final RegionOfInterest region = greyLevels.region();
        n = greyLevels.levelCount();
        maxRun = Math.max(region.columns(), Math.max(region.rows(), region.slices()));
        level = new double[n];
        for (int l = 0; l < n; l++) {
            level[l] = greyLevels.level(l);
        }
        DeclaredSize.requireHeap("GLRLM of " + n + " grey levels and runs up to " + maxRun + " in " + Directions.COUNT
            + " directions", 8L * Directions.COUNT * n * maxRun);
        final double[][] counts = new double[Directions.COUNT][];
        int used = 0;
        final int size = region.columns() * region.rows() * region.slices();
        for (int d = 0; d < Directions.COUNT; d++) {
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
        runs = new double[used][];
        pg = new double[used][n];
        pr = new double[used][maxRun];
        runCount = new double[used];
        int a = 0;
        for (final double[] c : counts) {
            if (c == null) {
                continue;
            }
            runs[a] = c;
            for (int g = 0; g < n; g++) {
                for (int r = 0; r < maxRun; r++) {
                    pg[a][g] += c[g * maxRun + r];
                    pr[a][r] += c[g * maxRun + r];
                }
            }
            for (final double x : pg[a]) {
                runCount[a] += x;
            }
            a++;
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

    /** Σ<sub>i</sub> p<sub>g</sub>(i) f(i) of direction a. */
    private double greySum(final int a, final IntToDoubleFunction f) {
        double s = 0;
        for (int g = 0; g < n; g++) {
            s += pg[a][g] * f.applyAsDouble(g);
        }
        return s;
    }

    /** Σ<sub>j</sub> p<sub>r</sub>(j) f(j) of direction a, j the run length. */
    private double runSum(final int a, final IntToDoubleFunction f) {
        double s = 0;
        for (int r = 0; r < maxRun; r++) {
            s += pr[a][r] * f.applyAsDouble(r + 1);
        }
        return s;
    }

    /** Weight of P(i,j) given grey level i and run length j. */
    private interface Weight {
        double of(double i, double j);
    }

    /** Σ P(i,j) w(i,j) of direction a. */
    private double jointSum(final int a, final Weight w) {
        final double[] c = runs[a];
        double s = 0;
        for (int g = 0; g < n; g++) {
            for (int r = 0; r < maxRun; r++) {
                final double x = c[g * maxRun + r];
                if (x != 0) {
                    s += x * w.of(level[g], r + 1);
                }
            }
        }
        return s;
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
        return average(a -> runSum(a, j -> 1.0 / ((double) j * j)) / runCount[a]);
    }

    /** @return Long Run Emphasis = Σ p<sub>r</sub>(j) j² / N<sub>r</sub> (IBSI W4KF) */
    public double longRunEmphasis() {
        return average(a -> runSum(a, j -> (double) j * j) / runCount[a]);
    }

    /** @return Gray Level Non-Uniformity = Σ p<sub>g</sub>(i)² / N<sub>r</sub> (IBSI R5YN) */
    public double grayLevelNonUniformity() {
        return average(a -> greySum(a, g -> pg[a][g]) / runCount[a]);
    }

    /** @return Gray Level Non-Uniformity Normalized = Σ p<sub>g</sub>(i)² / N<sub>r</sub>² (IBSI OVBL) */
    public double grayLevelNonUniformityNormalized() {
        return average(a -> greySum(a, g -> pg[a][g]) / (runCount[a] * runCount[a]));
    }

    /** @return Run Length Non-Uniformity = Σ p<sub>r</sub>(j)² / N<sub>r</sub> (IBSI W92Y) */
    public double runLengthNonUniformity() {
        return average(a -> runSum(a, j -> pr[a][j - 1]) / runCount[a]);
    }

    /** @return Run Length Non-Uniformity Normalized = Σ p<sub>r</sub>(j)² / N<sub>r</sub>² (IBSI IC23) */
    public double runLengthNonUniformityNormalized() {
        return average(a -> runSum(a, j -> pr[a][j - 1]) / (runCount[a] * runCount[a]));
    }

    /** @return Run Percentage = N<sub>r</sub> / N<sub>p</sub> (IBSI 9ZK5) */
    public double runPercentage() {
        return average(a -> runCount[a] / runSum(a, j -> j));
    }

    /**
     * @return Gray Level Variance = Σ p(i) (i − μ)², p(i) = p<sub>g</sub>(i)/N<sub>r</sub>, μ = Σ p(i) i
     *         (IBSI 8CE5)
     */
    public double grayLevelVariance() {
        return average(a -> {
            final double mean = greySum(a, g -> level[g]) / runCount[a];
            return greySum(a, g -> (level[g] - mean) * (level[g] - mean)) / runCount[a];
        });
    }

    /**
     * @return Run Variance = Σ p(j) (j − μ)², p(j) = p<sub>r</sub>(j)/N<sub>r</sub>, μ = Σ p(j) j (IBSI SXLW)
     */
    public double runVariance() {
        return average(a -> {
            final double mean = runSum(a, j -> j) / runCount[a];
            return runSum(a, j -> (j - mean) * (j - mean)) / runCount[a];
        });
    }

    /** @return Run Entropy = −Σ p(i,j) log₂(p(i,j) + ε), p = P/N<sub>r</sub> (IBSI HJ9O) */
    public double runEntropy() {
        return average(a -> {
            double s = 0;
            for (final double x : runs[a]) {
                final double q = x / runCount[a];
                s -= q * FeatureMath.log2(q + FeatureMath.EPS);
            }
            return s;
        });
    }

    /** @return Low Gray Level Run Emphasis = Σ p<sub>g</sub>(i)/i² / N<sub>r</sub> (IBSI V3SW) */
    public double lowGrayLevelRunEmphasis() {
        return average(a -> greySum(a, g -> 1 / (level[g] * level[g])) / runCount[a]);
    }

    /** @return High Gray Level Run Emphasis = Σ p<sub>g</sub>(i) i² / N<sub>r</sub> (IBSI G3QZ) */
    public double highGrayLevelRunEmphasis() {
        return average(a -> greySum(a, g -> level[g] * level[g]) / runCount[a]);
    }

    /** @return Short Run Low Gray Level Emphasis = Σ P(i,j)/(i² j²) / N<sub>r</sub> (IBSI HTZT) */
    public double shortRunLowGrayLevelEmphasis() {
        return average(a -> jointSum(a, (i, j) -> 1 / (i * i * j * j)) / runCount[a]);
    }

    /** @return Short Run High Gray Level Emphasis = Σ P(i,j) i²/j² / N<sub>r</sub> (IBSI GD3A) */
    public double shortRunHighGrayLevelEmphasis() {
        return average(a -> jointSum(a, (i, j) -> i * i / (j * j)) / runCount[a]);
    }

    /** @return Long Run Low Gray Level Emphasis = Σ P(i,j) j²/i² / N<sub>r</sub> (IBSI IVPO) */
    public double longRunLowGrayLevelEmphasis() {
        return average(a -> jointSum(a, (i, j) -> j * j / (i * i)) / runCount[a]);
    }

    /** @return Long Run High Gray Level Emphasis = Σ P(i,j) i² j² / N<sub>r</sub> (IBSI 3KUM) */
    public double longRunHighGrayLevelEmphasis() {
        return average(a -> jointSum(a, (i, j) -> i * i * j * j) / runCount[a]);
    }
}
