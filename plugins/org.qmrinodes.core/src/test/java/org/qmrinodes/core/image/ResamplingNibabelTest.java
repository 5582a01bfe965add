package org.qmrinodes.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Nearest, trilinear and cubic B-spline resampling against nibabel's
 * {@code resample_from_to(..., order=0/1/3, mode='constant', cval=nan)} (scipy.ndimage's
 * {@code affine_transform}) on the analytic volume and grids of
 * {@code validation/resampling/make_resampling_golden.py}, as restated by
 * {@code validation/resampling/make_nibabel_golden.py}.
 *
 * <p>What agrees: wherever both give a number, all three interpolations agree to the last bit of
 * float32 (3093 voxels each; the tolerance below only leaves room for a last-bit difference of
 * sin/cos). For the cubic B-spline this holds up to the edge, not only in the interior: scipy's
 * {@code 'constant'} mode applies the cval only to points outside the outermost voxel centres, and
 * inside them prefilters and extends the coefficients with mirror boundaries (… s1 s0 s1 …), as ITK
 * and {@link CubicBSpline} do. The only prefilter difference is that ITK starts the causal filter of
 * a line longer than 18 samples from a truncated sum (relative error below |z|¹⁸ ≈ 2·10⁻¹¹), which
 * float32 does not show.
 *
 * <p>What differs: the set of defined voxels. scipy returns the cval for a point whose continuous
 * source index lies outside [0, n − 1] on any axis, whereas {@link Resampling} (like ITK) samples up
 * to half a voxel beyond the outermost centres, [−0.5, n − 0.5]. So every voxel nibabel defines is
 * defined here, and the voxels defined only here are exactly those whose source index lies in that
 * half-voxel band (118 of the 3672 target voxels in this geometry, the same for each interpolation).
 *
 * <p>The comparison can fail: sampling the source half a voxel off along its first axis (a
 * half-voxel bug) puts most voxels far beyond the tolerance for each interpolation.
 */
class ResamplingNibabelTest {

    private static final CsvTable NIBABEL =
        CsvTable.read(CsvTable.validationDir().resolve("resampling/nibabel_resampling.csv"));

    /** Relative tolerance: about a dozen float32 ulps at the values here (80 to 170). */
    private static final double RELATIVE_TOLERANCE = 1e-6;

    /** Voxels whose source index lies within half a voxel beyond the outermost source centres. */
    private static final int BORDER_BAND_VOXELS = 118;

    private static final double[][] IDENTITY = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};

    /** Counts and differences of one comparison; distances are in source voxels. */
    private record Comparison(int compared, int definedOnlyHere, double largestAbsolute, double largestRelative,
        int beyondTolerance, int interior, double largestAbsoluteInterior) {
    }

    private static Comparison compare(final Resampling.Interpolation interpolation, final String column,
        final double[][] targetToSource, final boolean checkDomains) {
        final Volume source = source();
        final Geometry target = ResamplingGoldenTest.target();
        final Volume out = Resampling.onto(source, target, interpolation, targetToSource);
        final Geometry s = source.geometry();
        final int[] size = {s.columns(), s.rows(), s.slices()};
        final double[][] toIndex = multiply(s.patientToIndexAffine(), multiply(targetToSource, target.lpsAffine()));
        final double[] expected = NIBABEL.numbers(column);
        final double[] ci = NIBABEL.numbers("i");
        final double[] cj = NIBABEL.numbers("j");
        final double[] ck = NIBABEL.numbers("k");
        assertEquals(target.voxelCount(), expected.length, "rows");
        int compared = 0;
        int definedOnlyHere = 0;
        int beyondTolerance = 0;
        int interior = 0;
        double largestAbsolute = 0;
        double largestRelative = 0;
        double largestAbsoluteInterior = 0;
        for (int r = 0; r < expected.length; r++) {
            final int i = (int) ci[r];
            final int j = (int) cj[r];
            final int k = (int) ck[r];
            // distance of the source index inside the outermost centres (negative: beyond them)
            double edgeDistance = Double.POSITIVE_INFINITY;
            for (int a = 0; a < 3; a++) {
                final double x = toIndex[a][0] * i + toIndex[a][1] * j + toIndex[a][2] * k + toIndex[a][3];
                edgeDistance = Math.min(edgeDistance, Math.min(x, size[a] - 1 - x));
            }
            final float got = out.get(i, j, k, 0);
            final boolean theirs = !Double.isNaN(expected[r]);
            final boolean ours = !Float.isNaN(got);
            if (checkDomains) {
                assertEquals(theirs, edgeDistance >= 0, column + ": nibabel defined at row " + r);
                assertEquals(ours, edgeDistance >= -0.5, column + ": defined here at row " + r);
            }
            if (ours && !theirs) {
                definedOnlyHere++;
            }
            if (ours && theirs) {
                compared++;
                final double difference = Math.abs(got - expected[r]);
                final double relative = difference / Math.abs(expected[r]);
                largestAbsolute = Math.max(largestAbsolute, difference);
                largestRelative = Math.max(largestRelative, relative);
                if (relative > RELATIVE_TOLERANCE) {
                    beyondTolerance++;
                }
                if (edgeDistance >= 3) {
                    interior++;
                    largestAbsoluteInterior = Math.max(largestAbsoluteInterior, difference);
                }
            }
        }
        final Comparison c = new Comparison(compared, definedOnlyHere, largestAbsolute, largestRelative,
            beyondTolerance, interior, largestAbsoluteInterior);
        System.out.println("nibabel " + column + (checkDomains ? "" : " (source shifted half a voxel)") + ": " + c);
        return c;
    }

    private static void matches(final Resampling.Interpolation interpolation, final String column) {
        final Comparison c = compare(interpolation, column, IDENTITY, true);
        int definedThere = 0;
        for (final double v : NIBABEL.numbers(column)) {
            if (!Double.isNaN(v)) {
                definedThere++;
            }
        }
        assertEquals(definedThere, c.compared(), column + ": every voxel nibabel defines is defined here");
        assertTrue(c.compared() > 3000, c.compared() + " voxels compared");
        assertEquals(BORDER_BAND_VOXELS, c.definedOnlyHere(), column + ": voxels in the half-voxel band");
        assertTrue(c.interior() > 900, c.interior() + " voxels at least 3 voxels inside");
        assertEquals(0, c.beyondTolerance(), column + ": largest relative difference " + c.largestRelative());
    }

    private static void halfVoxelShiftIsCaught(final Resampling.Interpolation interpolation, final String column) {
        final double[] d = source().geometry().direction();
        final double half = 0.5 * source().geometry().spacing()[0];
        final double[][] shift = {{1, 0, 0, half * d[0]}, {0, 1, 0, half * d[1]}, {0, 0, 1, half * d[2]}, {0, 0, 0, 1}};
        final Comparison c = compare(interpolation, column, shift, false);
        assertTrue(c.beyondTolerance() > c.compared() / 3,
            column + ": only " + c.beyondTolerance() + " of " + c.compared() + " voxels differ after a half-voxel shift");
        assertTrue(c.largestAbsolute() > 1, column + ": largest difference after the shift " + c.largestAbsolute());
    }

    private static Volume source() {
        return ResamplingGoldenTest.source();
    }

    private static double[][] multiply(final double[][] a, final double[][] b) {
        final double[][] c = new double[4][4];
        for (int r = 0; r < 4; r++) {
            for (int col = 0; col < 4; col++) {
                for (int m = 0; m < 4; m++) {
                    c[r][col] += a[r][m] * b[m][col];
                }
            }
        }
        return c;
    }

    @Test
    void nearestMatchesNibabel() {
        matches(Resampling.Interpolation.NEAREST, "nearest");
    }

    @Test
    void trilinearMatchesNibabel() {
        matches(Resampling.Interpolation.TRILINEAR, "linear");
    }

    @Test
    void cubicBSplineMatchesNibabelUpToTheEdge() {
        matches(Resampling.Interpolation.BSPLINE, "bspline");
    }

    @Test
    void halfVoxelShiftBreaksAgreement() {
        halfVoxelShiftIsCaught(Resampling.Interpolation.NEAREST, "nearest");
        halfVoxelShiftIsCaught(Resampling.Interpolation.TRILINEAR, "linear");
        halfVoxelShiftIsCaught(Resampling.Interpolation.BSPLINE, "bspline");
    }
}
