package org.qmrinodes.core.features.radiomics;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The largest distances between the vertices of a region's marching-cubes (or marching-squares) mesh,
 * as PyRadiomics' shape diameters. The vertices are the midpoints between every region voxel and each
 * face neighbour outside the region. The largest distance in a point set is between two vertices of
 * its convex hull, so only hull vertices are compared: within an axis plane, those of the plane's 2D
 * hull (Andrew's monotone chain); in 3D, the points that are 2D hull vertices of all three axis planes
 * through them (a vertex of the 3D hull is extreme in every plane section that holds it). Hulls are
 * built on the doubled integer indices of the vertices, so every orientation test is exact; scaling the
 * axes by the spacing keeps hull vertices hull vertices.
 */
final class MeshDiameters {

    /**
     * @param slice the largest distance between vertices of one slice (equal slice coordinate), mm
     * @param column between vertices of equal row coordinate (a column–slice plane), mm
     * @param row between vertices of equal column coordinate (a row–slice plane), mm
     * @param maximum the largest distance between any two vertices, mm
     */
    record Diameters(double slice, double column, double row, double maximum) {
    }

    private static final int BITS = 21;
    private static final long FIELD = (1L << BITS) - 1;

    private MeshDiameters() {
    }

    /**
     * @param region the region
     * @return the PyRadiomics 2D (slice, column, row) and 3D diameters of its mesh
     */
    static Diameters of(final RegionOfInterest region) {
        final int nx = region.columns();
        final int ny = region.rows();
        final int nz = region.slices();
        final long[] vertices = boundaryVertices(region);
        final double[] s = region.spacing();
        final double[] half = {0.5 * s[0], 0.5 * s[1], 0.5 * s[2]};
        final int[] extent = {2 * nx + 1, 2 * ny + 1, 2 * nz + 1};
        final double[] planeMaximum = new double[3];
        final Set<Long>[] extreme = planeHullVertices(vertices, extent, half, planeMaximum);
        final Set<Long> candidates = new HashSet<>(extreme[0]);
        candidates.retainAll(extreme[1]);
        candidates.retainAll(extreme[2]);
        final long[] points = candidates.stream().mapToLong(Long::longValue).toArray();
        double best = 0;
        for (int a = 0; a < points.length; a++) {
            for (int b = a + 1; b < points.length; b++) {
                double d = 0;
                for (int axis = 0; axis < 3; axis++) {
                    final double delta = (coordinate(points[a], axis) - coordinate(points[b], axis)) * half[axis];
                    d += delta * delta;
                }
                best = Math.max(best, d);
            }
        }
        return new Diameters(Math.sqrt(planeMaximum[2]), Math.sqrt(planeMaximum[1]), Math.sqrt(planeMaximum[0]),
            Math.sqrt(best));
    }

    /**
     * @param mask a 2D region
     * @return the largest distance between vertices of its marching-squares contour, mm
     */
    static double of(final PlaneMask mask) {
        final int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        long[] keys = new long[64];
        int n = 0;
        for (int u = 0; u < mask.nu(); u++) {
            for (int v = 0; v < mask.nv(); v++) {
                if (!mask.contains(u, v)) {
                    continue;
                }
                for (final int[] step : steps) {
                    if (!mask.contains(u + step[0], v + step[1])) {
                        if (n == keys.length) {
                            keys = Arrays.copyOf(keys, 2 * n);
                        }
                        keys[n++] = pack2(2 * u + step[0] + 1, 2 * v + step[1] + 1);
                    }
                }
            }
        }
        final long[] hull = hull(Arrays.copyOf(keys, n));
        return Math.sqrt(maximumSquared(hull, 0.5 * mask.spacingU(), 0.5 * mask.spacingV()));
    }

    /** @return the mesh vertices as packed doubled (column, row, slice) indices, shifted by one to be non-negative */
    private static long[] boundaryVertices(final RegionOfInterest region) {
        final int nx = region.columns();
        final int ny = region.rows();
        final int nz = region.slices();
        long[] out = new long[256];
        int n = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    if (!region.inside((k * ny + j) * nx + i)) {
                        continue;
                    }
                    for (int d = 0; d < 6; d++) {
                        final int di = d == 0 ? 1 : d == 1 ? -1 : 0;
                        final int dj = d == 2 ? 1 : d == 3 ? -1 : 0;
                        final int dk = d == 4 ? 1 : d == 5 ? -1 : 0;
                        final int i2 = i + di;
                        final int j2 = j + dj;
                        final int k2 = k + dk;
                        if (i2 >= 0 && j2 >= 0 && k2 >= 0 && i2 < nx && j2 < ny && k2 < nz
                            && region.inside((k2 * ny + j2) * nx + i2)) {
                            continue;
                        }
                        if (n == out.length) {
                            out = Arrays.copyOf(out, 2 * n);
                        }
                        out[n++] = pack3(2 * i + di + 1, 2 * j + dj + 1, 2 * k + dk + 1);
                    }
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * For each axis, groups the vertices by their coordinate on it, keeps the 2D hull vertices of each
     * group and the largest squared distance within a group.
     */
    @SuppressWarnings("unchecked")
    private static Set<Long>[] planeHullVertices(final long[] vertices, final int[] extent, final double[] half,
        final double[] planeMaximum) {
        final Set<Long>[] out = new Set[3];
        for (int axis = 0; axis < 3; axis++) {
            out[axis] = new HashSet<>();
            final int p = axis == 0 ? 1 : 0;
            final int q = axis == 2 ? 1 : 2;
            final int planes = extent[axis] + 1;
            final int[] start = new int[planes + 1];
            for (final long vertex : vertices) {
                start[coordinate(vertex, axis) + 1]++;
            }
            for (int c = 0; c < planes; c++) {
                start[c + 1] += start[c];
            }
            final long[] grouped = new long[vertices.length];
            final int[] fill = Arrays.copyOf(start, planes);
            for (final long vertex : vertices) {
                grouped[fill[coordinate(vertex, axis)]++] = pack2(coordinate(vertex, p), coordinate(vertex, q));
            }
            for (int c = 0; c < planes; c++) {
                if (start[c + 1] == start[c]) {
                    continue;
                }
                final long[] hull = hull(Arrays.copyOfRange(grouped, start[c], start[c + 1]));
                planeMaximum[axis] = Math.max(planeMaximum[axis], maximumSquared(hull, half[p], half[q]));
                for (final long h : hull) {
                    final int[] xyz = new int[3];
                    xyz[axis] = c;
                    xyz[p] = (int) (h >>> BITS);
                    xyz[q] = (int) (h & FIELD);
                    out[axis].add(pack3(xyz[0], xyz[1], xyz[2]));
                }
            }
        }
        return out;
    }

    /**
     * Andrew's monotone chain with exact integer orientation tests; collinear points are dropped.
     *
     * @param points distinct packed (p, q) points (sorted here)
     * @return the hull's vertices
     */
    private static long[] hull(final long[] points) {
        Arrays.sort(points);
        final int n = points.length;
        if (n <= 2) {
            return points;
        }
        final long[] chain = new long[2 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(chain[k - 2], chain[k - 1], points[i]) <= 0) {
                k--;
            }
            chain[k++] = points[i];
        }
        for (int i = n - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(chain[k - 2], chain[k - 1], points[i]) <= 0) {
                k--;
            }
            chain[k++] = points[i];
        }
        return Arrays.copyOf(chain, k - 1);
    }

    private static long cross(final long o, final long a, final long b) {
        final long op = o >>> BITS;
        final long oq = o & FIELD;
        return ((a >>> BITS) - op) * ((b & FIELD) - oq) - ((a & FIELD) - oq) * ((b >>> BITS) - op);
    }

    private static double maximumSquared(final long[] points, final double halfP, final double halfQ) {
        double best = 0;
        for (int a = 0; a < points.length; a++) {
            for (int b = a + 1; b < points.length; b++) {
                final double dp = ((points[a] >>> BITS) - (points[b] >>> BITS)) * halfP;
                final double dq = ((points[a] & FIELD) - (points[b] & FIELD)) * halfQ;
                best = Math.max(best, dp * dp + dq * dq);
            }
        }
        return best;
    }

    private static long pack2(final int p, final int q) {
        return (long) p << BITS | q;
    }

    private static long pack3(final int x, final int y, final int z) {
        return ((long) x << BITS | y) << BITS | z;
    }

    private static int coordinate(final long packed, final int axis) {
        return (int) (packed >>> (BITS * (2 - axis)) & FIELD);
    }
}
