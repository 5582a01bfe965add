package org.qmrinodes.core.image;

import java.util.Arrays;

/**
 * A voxel grid in DICOM patient coordinates (LPS: +x to the patient's left, +y posterior, +z head),
 * in millimetres.
 *
 * <p>Voxel index (i, j, k) is column i, row j, slice k. Its centre is at
 * {@code origin + i·Δi·rowDirection + j·Δj·columnDirection + k·Δk·sliceDirection}, where the row
 * direction is the first triplet of Image Orientation (Patient) (0020,0037) (the direction in which
 * the column index grows), the column direction the second triplet, origin the Image Position
 * (Patient) (0020,0032) of the first slice, Δi/Δj the Pixel Spacing (0028,0030) column/row
 * spacing and Δk the distance between slice centres along the slice direction. This is the affine of
 * DICOM PS3.3 C.7.6.2.1.1 extended to the third axis.
 *
 * <p>NIfTI and nibabel use RAS (+x right, +y anterior): {@link #rasAffine()} negates the first two
 * rows of the LPS affine, as dcm2niix and nibabel do.
 *
 * @param columns number of columns (i)
 * @param rows number of rows (j)
 * @param slices number of slices (k)
 * @param origin centre of voxel (0,0,0), LPS mm
 * @param spacing Δi, Δj, Δk in mm (all positive)
 * @param direction row, column and slice direction cosines, 9 numbers (unit vectors, not coplanar)
 */
public record Geometry(int columns, int rows, int slices, double[] origin, double[] spacing, double[] direction) {

    /** Checks sizes and copies the arrays. */
    public Geometry {
        if (columns < 1 || rows < 1 || slices < 1) {
            throw new IllegalArgumentException("grid " + columns + "x" + rows + "x" + slices + " is empty");
        }
        origin = check(origin, 3, "origin");
        spacing = check(spacing, 3, "spacing");
        direction = check(direction, 9, "direction");
        for (final double s : spacing) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("spacing must be positive, got " + Arrays.toString(spacing));
            }
        }
        final double volume = direction[0] * (direction[4] * direction[8] - direction[5] * direction[7])
            - direction[1] * (direction[3] * direction[8] - direction[5] * direction[6])
            + direction[2] * (direction[3] * direction[7] - direction[4] * direction[6]);
        if (!(Math.abs(volume) > 1e-6)) {
            throw new IllegalArgumentException("direction cosines " + Arrays.toString(direction)
                + " are degenerate (two axes are parallel or an axis is zero)");
        }
    }

    private static double[] check(final double[] a, final int n, final String what) {
        if (a == null || a.length != n) {
            throw new IllegalArgumentException(what + " needs " + n + " numbers");
        }
        for (final double v : a) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " is not finite: " + Arrays.toString(a));
            }
        }
        return a.clone();
    }

    /** @return a copy of the origin */
    @Override
    public double[] origin() {
        return origin.clone();
    }

    /** @return a copy of the spacing */
    @Override
    public double[] spacing() {
        return spacing.clone();
    }

    /** @return a copy of the 9 direction cosines (row, column, slice direction) */
    @Override
    public double[] direction() {
        return direction.clone();
    }

    /**
     * @param low the box's first voxel (column, row, slice) on this grid
     * @param size the box's size in voxels along each axis
     * @return the grid of that box: same spacing and direction, the origin at the box's first voxel
     * @throws IllegalArgumentException when the box is not inside the grid
     */
    public Geometry box(final int[] low, final int[] size) {
        final int[] n = {columns, rows, slices};
        for (int d = 0; d < 3; d++) {
            if (low[d] < 0 || size[d] < 1 || low[d] + size[d] > n[d]) {
                throw new IllegalArgumentException("box from " + java.util.Arrays.toString(low) + " of "
                    + java.util.Arrays.toString(size) + " voxels is not inside " + this);
            }
        }
        return new Geometry(size[0], size[1], size[2], indexToPatient(low[0], low[1], low[2]), spacing, direction);
    }

    /** @return number of voxels of one 3D volume */
    public long voxelCount() {
        return (long) columns * rows * slices;
    }

    /**
     * @param i column index (may be fractional)
     * @param j row index
     * @param k slice index
     * @return the LPS position in mm
     */
    public double[] indexToPatient(final double i, final double j, final double k) {
        final double[] p = new double[3];
        for (int a = 0; a < 3; a++) {
            p[a] = origin[a] + i * spacing[0] * direction[a] + j * spacing[1] * direction[3 + a]
                + k * spacing[2] * direction[6 + a];
        }
        return p;
    }

    /**
     * The inverse of {@link #indexToPatient}; the direction cosines need not be orthogonal (a
     * general 3×3 inverse is used).
     *
     * @param lps a position in LPS mm
     * @return the fractional (i, j, k) index
     */
    public double[] patientToIndex(final double[] lps) {
        final double[][] m = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int c = 0; c < 3; c++) {
                m[a][c] = direction[3 * c + a] * spacing[c];
            }
        }
        final double[] d = {lps[0] - origin[0], lps[1] - origin[1], lps[2] - origin[2]};
        return solve3(m, d);
    }

    private static double[] solve3(final double[][] m, final double[] b) {
        // the constructor refuses degenerate directions, so this determinant is the (non-zero)
        // direction determinant times the product of the spacings, however small they are
        final double det = det3(m);
        final double[] x = new double[3];
        for (int c = 0; c < 3; c++) {
            final double[][] mc = {m[0].clone(), m[1].clone(), m[2].clone()};
            for (int r = 0; r < 3; r++) {
                mc[r][c] = b[r];
            }
            x[c] = det3(mc) / det;
        }
        return x;
    }

    private static double det3(final double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /** @return the 4×4 voxel-index → LPS affine, row major */
    public double[][] lpsAffine() {
        final double[][] a = new double[4][4];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                a[r][c] = direction[3 * c + r] * spacing[c];
            }
            a[r][3] = origin[r];
        }
        a[3][3] = 1;
        return a;
    }

    /** @return the 4×4 LPS → voxel-index affine, row major: the inverse of {@link #lpsAffine()} */
    public double[][] patientToIndexAffine() {
        final double[] o = patientToIndex(new double[] {0, 0, 0});
        final double[][] m = new double[4][4];
        for (int c = 0; c < 3; c++) {
            final double[] e = new double[3];
            e[c] = 1;
            final double[] column = patientToIndex(e);
            for (int r = 0; r < 3; r++) {
                m[r][c] = column[r] - o[r];
            }
        }
        for (int r = 0; r < 3; r++) {
            m[r][3] = o[r];
        }
        m[3][3] = 1;
        return m;
    }

    /** @return the 4×4 voxel-index → RAS affine (NIfTI, nibabel), row major */
    public double[][] rasAffine() {
        return lpsToRas(lpsAffine());
    }

    /**
     * Flips the x and y axes of an affine or of positions: LPS → RAS and, being its own inverse,
     * RAS → LPS.
     *
     * @param affine a 4×4 (or 3×n) matrix whose first two rows are x and y
     * @return a copy with rows 0 and 1 negated
     */
    public static double[][] lpsToRas(final double[][] affine) {
        final double[][] out = new double[affine.length][];
        for (int r = 0; r < affine.length; r++) {
            out[r] = affine[r].clone();
            if (r < 2) {
                for (int c = 0; c < out[r].length; c++) {
                    out[r][c] = -out[r][c];
                }
            }
        }
        return out;
    }

    /**
     * Builds a geometry from an index → LPS affine (the inverse of {@link #lpsAffine()}).
     *
     * @param columns grid size i
     * @param rows grid size j
     * @param slices grid size k
     * @param lps the 4×4 affine, row major
     * @return the geometry
     */
    public static Geometry fromLpsAffine(final int columns, final int rows, final int slices, final double[][] lps) {
        final double[] spacing = new double[3];
        final double[] direction = new double[9];
        for (int c = 0; c < 3; c++) {
            final double n = Math.sqrt(lps[0][c] * lps[0][c] + lps[1][c] * lps[1][c] + lps[2][c] * lps[2][c]);
            spacing[c] = n;
            for (int r = 0; r < 3; r++) {
                direction[3 * c + r] = lps[r][c] / n;
            }
        }
        return new Geometry(columns, rows, slices, new double[] {lps[0][3], lps[1][3], lps[2][3]}, spacing, direction);
    }

    /**
     * @param other another grid
     * @param toleranceMm largest allowed distance between corresponding corner voxel centres
     * @return whether both grids have the same size and their corner voxels coincide
     */
    public boolean sameGrid(final Geometry other, final double toleranceMm) {
        if (columns != other.columns || rows != other.rows || slices != other.slices) {
            return false;
        }
        for (final int[] c : new int[][] {{0, 0, 0}, {columns - 1, 0, 0}, {0, rows - 1, 0}, {0, 0, slices - 1},
            {columns - 1, rows - 1, slices - 1}}) {
            final double[] a = indexToPatient(c[0], c[1], c[2]);
            final double[] b = other.indexToPatient(c[0], c[1], c[2]);
            if (Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]))
                > toleranceMm) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Geometry g && columns == g.columns && rows == g.rows && slices == g.slices
            && Arrays.equals(origin, g.origin) && Arrays.equals(spacing, g.spacing) && Arrays.equals(direction, g.direction);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {columns, rows, slices}) * 31 + Arrays.hashCode(origin);
    }

    @Override
    public String toString() {
        return columns + "x" + rows + "x" + slices + " origin " + Arrays.toString(origin) + " spacing "
            + Arrays.toString(spacing) + " direction " + Arrays.toString(direction);
    }
}
