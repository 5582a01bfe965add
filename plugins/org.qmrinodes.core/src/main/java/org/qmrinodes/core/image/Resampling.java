package org.qmrinodes.core.image;

import java.util.List;

/**
 * Places a volume on another grid through patient coordinates (pairing a post-contrast map with
 * its pre-contrast map, or maps of different matrix and field of view): each target voxel centre
 * is mapped into the source grid and the source is interpolated there. Target voxels whose centre
 * falls outside the source grid (beyond half a voxel from the outermost centres) are NaN.
 */
public final class Resampling {

    /** Interpolation between source voxel centres. */
    public enum Interpolation {
        /** The value of the nearest source voxel. */
        NEAREST,
        /** Trilinear interpolation of the 8 surrounding source voxels (edge voxels extended by half a voxel). */
        TRILINEAR,
        /**
         * Cubic B-spline through the source voxels (ITK's order-3 B-spline interpolator, SimpleITK
         * sitkBSpline): see {@link CubicBSpline}. May overshoot at edges, as ITK's does.
         */
        BSPLINE
    }

    private Resampling() {
    }

    /**
     * @param source the volume (every parameter volume is resampled)
     * @param target the grid to place it on
     * @param interpolation how to interpolate
     * @return the volume on the target grid, with the source's acquisition parameters
     */
    public static Volume onto(final Volume source, final Geometry target, final Interpolation interpolation) {
        return onto(source, target, interpolation, new double[][] {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}});
    }

    /**
     * @param source the volume (every parameter volume is resampled)
     * @param target the grid to place it on
     * @param interpolation how to interpolate
     * @param targetToSource the affine 4×4 (row major) taking a target voxel centre (LPS mm) to the
     *        point of the source sampled there, e.g. a registration transform (fixed → moving)
     * @return the volume on the target grid, with the source's acquisition parameters
     */
    public static Volume onto(final Volume source, final Geometry target, final Interpolation interpolation,
        final double[][] targetToSource) {
        return onto(source, source.geometry(), new int[3], target, interpolation, targetToSource);
    }

    /**
     * As {@link #onto(Volume, Geometry, Interpolation)}, the source being the box of a larger volume that starts
     * at voxel {@code low} of grid {@code whole} (e.g. {@link Volume#box(int[], int[])}): the source indices are
     * computed on {@code whole} and then shifted by {@code low}, which is exact, so that the values, the ties of
     * nearest neighbour included, are those of interpolating the whole volume wherever the interpolation reads
     * inside the box; points outside the box are NaN.
     *
     * @param box the box's voxels
     * @param whole the grid the box was cut from
     * @param low the box's first voxel on that grid
     * @param target the grid to place it on
     * @param interpolation how to interpolate
     * @return the volume on the target grid, with the box's acquisition parameters
     */
    public static Volume ontoFromBox(final Volume box, final Geometry whole, final int[] low, final Geometry target,
        final Interpolation interpolation) {
        return onto(box, whole, low, target, interpolation,
            new double[][] {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}});
    }

    private static Volume onto(final Volume source, final Geometry whole, final int[] low, final Geometry target,
        final Interpolation interpolation, final double[][] targetToSource) {
        final Geometry s = source.geometry();
        final List<AcquisitionParameters> params = source.parameters();
        final int nc = s.columns();
        final int nr = s.rows();
        final int ns = s.slices();
        final int plane = target.columns() * target.rows();
        // source index = S⁻¹ · A · (target index → LPS) on the whole grid, composed once, then shifted to the box
        final double[][] toIndex = compose(whole.patientToIndexAffine(), compose(targetToSource, target.lpsAffine()));
        final float[][] sources = new float[params.size()][];
        for (int v = 0; v < sources.length; v++) {
            sources[v] = source.copyOfVolume(v);
        }
        final CubicBSpline[] splines = new CubicBSpline[sources.length];
        if (interpolation == Interpolation.BSPLINE) {
            for (int v = 0; v < sources.length; v++) {
                splines[v] = new CubicBSpline(sources[v], nc, nr, ns);
            }
        }
        final float[][][] slices = new float[target.slices()][][];
        java.util.stream.IntStream.range(0, target.slices()).parallel().forEach(k -> {
            final float[][] out = new float[sources.length][plane];
            final double[] x = new double[3];
            final double[] weights = CubicBSpline.scratch();
            final int[] indices = CubicBSpline.indices();
            for (int j = 0; j < target.rows(); j++) {
                for (int i = 0; i < target.columns(); i++) {
                    for (int a = 0; a < 3; a++) {
                        x[a] = toIndex[a][0] * i + toIndex[a][1] * j + toIndex[a][2] * k + toIndex[a][3] - low[a];
                    }
                    final boolean in = inside(x, nc, nr, ns);
                    for (int v = 0; v < sources.length; v++) {
                        final float value;
                        if (!in) {
                            value = Float.NaN;
                        } else if (interpolation == Interpolation.BSPLINE) {
                            value = (float) splines[v].at(x[0], x[1], x[2], weights, indices);
                        } else {
                            value = sample(sources[v], x, nc, nr, ns, interpolation);
                        }
                        out[v][j * target.columns() + i] = value;
                    }
                }
            }
            slices[k] = out;
        });
        final Volume.Builder out = Volume.builder(target, params);
        for (int k = 0; k < target.slices(); k++) {
            for (int v = 0; v < sources.length; v++) {
                out.setSlice(k, v, slices[k][v]);
            }
        }
        return out.build();
    }

    private static double[][] compose(final double[][] a, final double[][] b) {
        final double[][] c = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 4; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    private static boolean inside(final double[] x, final int nc, final int nr, final int ns) {
        return x[0] >= -0.5 && x[0] <= nc - 0.5 && x[1] >= -0.5 && x[1] <= nr - 0.5 && x[2] >= -0.5 && x[2] <= ns - 0.5;
    }

    private static float sample(final float[] src, final double[] x, final int nc, final int nr, final int ns,
        final Interpolation interpolation) {
        if (interpolation == Interpolation.NEAREST) {
            final int i = clamp((int) Math.round(x[0]), nc);
            final int j = clamp((int) Math.round(x[1]), nr);
            final int k = clamp((int) Math.round(x[2]), ns);
            return src[(k * nr + j) * nc + i];
        }
        final double fx = Math.max(0, Math.min(nc - 1, x[0]));
        final double fy = Math.max(0, Math.min(nr - 1, x[1]));
        final double fz = Math.max(0, Math.min(ns - 1, x[2]));
        final int i0 = (int) Math.floor(fx);
        final int j0 = (int) Math.floor(fy);
        final int k0 = (int) Math.floor(fz);
        final int i1 = Math.min(i0 + 1, nc - 1);
        final int j1 = Math.min(j0 + 1, nr - 1);
        final int k1 = Math.min(k0 + 1, ns - 1);
        final double tx = fx - i0;
        final double ty = fy - j0;
        final double tz = fz - k0;
        double value = 0;
        for (int c = 0; c < 8; c++) {
            final int i = (c & 1) == 0 ? i0 : i1;
            final int j = (c & 2) == 0 ? j0 : j1;
            final int k = (c & 4) == 0 ? k0 : k1;
            final double w = ((c & 1) == 0 ? 1 - tx : tx) * ((c & 2) == 0 ? 1 - ty : ty) * ((c & 4) == 0 ? 1 - tz : tz);
            if (w != 0) {
                value += w * src[(k * nr + j) * nc + i];
            }
        }
        return (float) value;
    }

    private static int clamp(final int v, final int n) {
        return Math.max(0, Math.min(n - 1, v));
    }
}
