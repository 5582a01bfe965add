package org.qmrinodes.core.features.radiomics;

import java.util.function.DoubleToIntFunction;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.features.Discretisation;

/**
 * The region's intensities discretised as PyRadiomics does, with a fixed bin number
 * ({@link #fixedBinCount(RegionOfInterest, int)}) or, by default, with its fixed bin width (its {@code getBinEdges} and
 * {@code binImage}): the bin edges are {@code L, L + w, L + 2w, …} below {@code max + 2w}, with
 * {@code L = min − (min mod w)} = ⌊min/w⌋·w (so bins are equally spaced from 0, unlike IBSI's origin
 * at the minimum), and a voxel's grey level is the 1-based index of the half-open bin
 * {@code [edge, next edge)} holding it: X<sub>b</sub> = ⌊X/w⌋ − ⌊min/w⌋ + 1. The grey levels that occur in
 * the region are kept in ascending order; texture matrices use only these ("empty grey levels are
 * dropped"), while N<sub>g</sub> is the highest of them. Immutable.
 */
public final class GreyLevels {

    private final RegionOfInterest region;
    private final int[] bins;
    private final int[] levels;
    private final int[] counts;
    private final int[] indexOfLevel;
    private final double lowestEdge;

    private GreyLevels(final RegionOfInterest region, final int[] bins, final int[] levels, final int[] counts,
        final int[] indexOfLevel, final double lowestEdge) {
        this.region = region;
        this.bins = bins;
        this.levels = levels;
        this.counts = counts;
        this.indexOfLevel = indexOfLevel;
        this.lowestEdge = lowestEdge;
    }

    /**
     * @param region the region
     * @param binWidth the bin width w (positive)
     * @return the discretised region
     * @throws InvalidDataException when the bin width gives more than {@link Discretisation#MAX_BINS} bins
     */
    public static GreyLevels fixedBinWidth(final RegionOfInterest region, final double binWidth) {
        return fixedBinWidth(region, binWidth, false);
    }

    /**
     * As {@link #fixedBinWidth(RegionOfInterest, double)}, the bins starting at the region's minimum when
     * {@code fromMinimum}: IBSI's fixed bin size discretisation (IBSI 1, Q3RU), X<sub>b</sub> =
     * ⌊(X − X<sub>min</sub>)/w⌋ + 1, where PyRadiomics starts them at ⌊X<sub>min</sub>/w⌋·w.
     *
     * @param region the region
     * @param binWidth the bin width w (positive)
     * @param fromMinimum IBSI's origin (the minimum) instead of PyRadiomics' (a multiple of w)
     * @return the discretised region
     */
    public static GreyLevels fixedBinWidth(final RegionOfInterest region, final double binWidth,
        final boolean fromMinimum) {
        final double[] range = range(region);
        final double min = range[0];
        final double max = range[1];
        final double lowest = fromMinimum ? min : min - floorMod(min, binWidth);
        final long edgeCount = (long) Math.ceil((max + 2 * binWidth - lowest) / binWidth);
        if (edgeCount - 1 > Discretisation.MAX_BINS) {
            throw new InvalidDataException("binWidth " + binWidth + " gives " + (edgeCount - 1) + " bins for intensities "
                + min + " to " + max + ", more than " + Discretisation.MAX_BINS + "; choose a larger bin width");
        }
        final int edges = (int) edgeCount;
        return binned(region, edges, lowest, x -> {
            int b = (int) Math.floor((x - lowest) / binWidth) + 1;
            while (b < edges && lowest + b * binWidth <= x) {
                b++;
            }
            while (b > 0 && lowest + (b - 1) * binWidth > x) {
                b--;
            }
            return b;
        });
    }

    /**
     * The region's intensities discretised into a fixed number of bins, as PyRadiomics' {@code getBinEdges}
     * and {@code binImage} with {@code binCount} N<sub>b</sub>: the edges are numpy's
     * {@code histogram(x, N_b)} edges e<sub>i</sub> = min + i·(max − min)/N<sub>b</sub> (i &lt; N<sub>b</sub>;
     * min − ½ and max + ½ in place of min and max when they are equal), the last one moved to max + 1, and a
     * voxel's grey level is the number of edges at or below it ({@code numpy.digitize}):
     * X<sub>b</sub> = ⌊N<sub>b</sub>(X − min)/(max − min)⌋ + 1, and N<sub>b</sub> for X = max.
     *
     * @param region the region
     * @param binCount the number of bins N<sub>b</sub> (1 … {@link Discretisation#MAX_BINS})
     * @return the discretised region, {@link #lowestEdge()} being the first edge
     * @throws IllegalArgumentException when the bin count is outside 1 … {@link Discretisation#MAX_BINS}
     */
    public static GreyLevels fixedBinCount(final RegionOfInterest region, final int binCount) {
        if (binCount < 1 || binCount > Discretisation.MAX_BINS) {
            throw new IllegalArgumentException("binCount is " + binCount + "; it must be a whole number from 1 to "
                + Discretisation.MAX_BINS);
        }
        final double[] range = range(region);
        final double first = range[0] == range[1] ? range[0] - 0.5 : range[0];
        final double last = range[0] == range[1] ? range[1] + 0.5 : range[1];
        final double step = (last - first) / binCount;
        final double[] edges = new double[binCount + 1];
        for (int i = 0; i < binCount; i++) {
            edges[i] = i * step + first;
        }
        edges[binCount] = last + 1;
        return binned(region, binCount + 1, first, x -> {
            int low = 0;
            int high = edges.length;
            while (low < high) {
                final int mid = (low + high) >>> 1;
                if (edges[mid] <= x) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        });
    }

    /**
     * @param region the region
     * @param settings the settings: {@link RadiomicsSettings#binCount()} when given, else the bin width
     * @return the region discretised as PyRadiomics does with these settings
     */
    static GreyLevels of(final RegionOfInterest region, final RadiomicsSettings settings) {
        return settings.binCount() > 0 ? fixedBinCount(region, settings.binCount())
            : fixedBinWidth(region, settings.binWidth(), settings.ibsiConventions());
    }

    private static double[] range(final RegionOfInterest region) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (final double x : region.regionIntensities()) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return new double[] {min, max};
    }

    /**
     * @param edges the number of bin edges; grey levels are 0 … edges
     * @param bin a region intensity's grey level
     */
    private static GreyLevels binned(final RegionOfInterest region, final int edges, final double lowestEdge,
        final DoubleToIntFunction bin) {
        final int size = region.columns() * region.rows() * region.slices();
        final int[] bins = new int[size];
        final int[] histogram = new int[edges + 1];
        for (int v = 0; v < size; v++) {
            if (region.inside(v)) {
                final int b = bin.applyAsInt(region.intensity(v));
                bins[v] = b;
                histogram[b]++;
            }
        }
        int present = 0;
        for (final int c : histogram) {
            present += c > 0 ? 1 : 0;
        }
        final int[] levels = new int[present];
        final int[] counts = new int[present];
        final int[] indexOfLevel = new int[edges + 1];
        int n = 0;
        for (int b = 0; b <= edges; b++) {
            indexOfLevel[b] = -1;
            if (histogram[b] > 0) {
                indexOfLevel[b] = n;
                levels[n] = b;
                counts[n++] = histogram[b];
            }
        }
        return new GreyLevels(region, bins, levels, counts, indexOfLevel, lowestEdge);
    }

    /** Python's float modulo: the remainder takes the divisor's sign. */
    private static double floorMod(final double x, final double w) {
        final double r = x % w;
        return r != 0 && (r < 0) != (w < 0) ? r + w : r;
    }

    /** @return the region that was discretised */
    public RegionOfInterest region() {
        return region;
    }

    /** @return the lowest bin edge: ⌊min/w⌋·w for a fixed bin width, the minimum for a fixed bin number */
    public double lowestEdge() {
        return lowestEdge;
    }

    /** @return the number of distinct grey levels in the region */
    public int levelCount() {
        return levels.length;
    }

    /** @return N<sub>g</sub> as PyRadiomics uses it: the highest grey level in the region */
    public int highestLevel() {
        return levels[levels.length - 1];
    }

    /**
     * @param index 0 … {@link #levelCount()} − 1
     * @return the grey level (1-based bin number) with that index, ascending
     */
    public int level(final int index) {
        return levels[index];
    }

    /**
     * @param index 0 … {@link #levelCount()} − 1
     * @return the number of region voxels with that grey level
     */
    public int count(final int index) {
        return counts[index];
    }

    /**
     * @param v a voxel of the region's bounding box, column fastest
     * @return the index (0 … {@link #levelCount()} − 1) of its grey level, or −1 outside the region
     */
    public int levelIndex(final int v) {
        return region.inside(v) ? indexOfLevel[bins[v]] : -1;
    }
}
