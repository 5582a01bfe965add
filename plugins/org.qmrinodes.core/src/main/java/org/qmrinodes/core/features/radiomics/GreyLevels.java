package org.qmrinodes.core.features.radiomics;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.features.Discretisation;

/**
 * The region's intensities discretised with PyRadiomics' fixed bin width (its {@code getBinEdges} and
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
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (final double x : region.regionIntensities()) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        final double lowest = min - floorMod(min, binWidth);
        final long edgeCount = (long) Math.ceil((max + 2 * binWidth - lowest) / binWidth);
        if (edgeCount - 1 > Discretisation.MAX_BINS) {
            throw new InvalidDataException("binWidth " + binWidth + " gives " + (edgeCount - 1) + " bins for intensities "
                + min + " to " + max + ", more than " + Discretisation.MAX_BINS + "; choose a larger bin width");
        }
        final int edges = (int) edgeCount;
        final int size = region.columns() * region.rows() * region.slices();
        final int[] bins = new int[size];
        final int[] histogram = new int[edges + 1];
        for (int v = 0; v < size; v++) {
            if (region.inside(v)) {
                final double x = region.intensity(v);
                int b = (int) Math.floor((x - lowest) / binWidth) + 1;
                while (b < edges && lowest + b * binWidth <= x) {
                    b++;
                }
                while (b > 0 && lowest + (b - 1) * binWidth > x) {
                    b--;
                }
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
        return new GreyLevels(region, bins, levels, counts, indexOfLevel, lowest);
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

    /** @return the lowest bin edge ⌊min/w⌋·w */
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
