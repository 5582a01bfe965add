package org.qmrinodes.core.features.radiomics;

/**
 * The triangle mesh of a region's surface by marching cubes (Lorensen &amp; Cline, SIGGRAPH 1987) as
 * PyRadiomics builds it: the mask is padded by one empty voxel on every side, a 2×2×2 cube of voxel
 * centres moves through it, and every cube whose corners are partly inside the region contributes the
 * triangles of its corner pattern. Vertices lie halfway along cube edges (a binary mask has no
 * interpolation). Corner patterns with the eighth corner inside are replaced by their complement
 * with the triangles' orientation reversed, so the table holds 128 patterns: the classic marching cubes
 * table's first half, triangles wound so that their normals point out of the region. The table is
 * PyRadiomics' (BSD-3-Clause, {@code radiomics/src/cshape.c}), re-encoded; its triangulation of the
 * ambiguous patterns decides MeshVolume and SurfaceArea, so another table would not match PyRadiomics.
 * Coordinates are physical (index × spacing), in (slice, row, column) order as PyRadiomics' tables.
 */
final class MarchingCubes {

    /**
     * @param surfaceArea A = Σ ½ |(a − c) × (b − c)| over the triangles (a, b, c), in mm²
     * @param volume V = Σ a · (b × c) / 6 over the triangles: the signed volumes of the tetrahedra the
     *        triangles form with the origin, in mm³
     */
    record Result(double surfaceArea, double volume) {
    }

    /** Cube corners (slice, row, column offsets). */
    private static final int[][] CORNERS = {{0, 0, 0}, {0, 0, 1}, {0, 1, 1}, {0, 1, 0}, {1, 0, 0}, {1, 0, 1},
        {1, 1, 1}, {1, 1, 0}};

    /** Cube edge midpoints, twice their (slice, row, column) offsets. */
    private static final int[][] EDGES = {{0, 0, 1}, {0, 1, 2}, {0, 2, 1}, {0, 1, 0}, {2, 0, 1}, {2, 1, 2},
        {2, 2, 1}, {2, 1, 0}, {1, 0, 0}, {1, 0, 2}, {1, 2, 2}, {1, 2, 0}};

    /** Per corner pattern 0…127: its triangles, three edge numbers (hexadecimal digits) each. */
    private static final String[] TRIANGLES = {
        "", "083", "190", "183198", "12a", "08312a", "92a029", "2832a8a98", "b23", "b2008b", "190b23", "b2119b98b",
        "3a1ba3", "a1008a8ba", "9033b9ba9", "98aba8", "478", "043473", "190478", "194147173", "12a478", "34730412a",
        "92a902478", "2a9297273479", "478b23", "b47b24204", "190478b23", "47b94bb29192", "3a1ba3478",
        "ba114b10447b", "4789033b9ba9", "47b4b99ba", "954", "954083", "054015", "854835315", "12a954", "08312a954",
        "2a5542240", "2a5325354834", "954b23", "b2008b954", "054015b23", "215258b28548", "3a1ba3954",
        "549a1008a8ba", "54050ba5bb03", "548a58ba8", "789579", "309539357", "780017715", "157173", "78957912a",
        "12a309395357", "0288258572a5", "2a5253357", "579789b23", "579972209b27", "b23018178157", "21b17b157",
        "7895793a1ba3", "5705097b0a10ba0", "ba003ba50078570", "ba557b", "65a", "08365a", "19065a", "18319865a",
        "165126", "165126083", "965906026", "598582526832", "b2365a", "b2008b65a", "190b2365a", "b2119b98b65a",
        "63b653513", "08b0b50515b6", "63b036065059", "65969bb98", "47865a", "04347365a", "19047865a",
        "19414717365a", "478165126", "043473165126", "478965906026", "739479329596269", "b2347865a", "b47b2420465a",
        "190b2347865a", "47b94bb2919265a", "47863b653513", "51b5b610b47b04b", "47863b036065059", "65969b4797b9",
        "a4964a", "a4964a083", "01aa60640", "18316886461a", "149124264", "149124264083", "024426", "832824426",
        "b23a4964a", "b2008ba4964a", "b2301aa60640", "64161a148b2118b", "964369139b63", "18b081b61149641",
        "63b036640", "86468b", "67a78a89a", "67a0a709a073", "67a1a7178018", "67a1a7173", "126168189678",
        "269129679309739", "078706602", "273267", "b2367a78a89a", "207b2709767a9a7", "67a1a7178018b23",
        "b2117ba61167", "896678169b63136", "09167b", "07870603bb60", "67b"};

    private MarchingCubes() {
    }

    /**
     * @param region the region (its bounding box is padded by one voxel here)
     * @return surface area and volume of its mesh
     */
    static Result of(final RegionOfInterest region) {
        final int nx = region.columns();
        final int ny = region.rows();
        final int nz = region.slices();
        final double[] spacing = region.spacing();
        final double[] half = {0.5 * spacing[2], 0.5 * spacing[1], 0.5 * spacing[0]};
        final double[][] p = new double[3][3];
        double area = 0;
        double sixVolume = 0;
        for (int k = -1; k < nz; k++) {
            for (int j = -1; j < ny; j++) {
                for (int i = -1; i < nx; i++) {
                    int pattern = 0;
                    for (int c = 0; c < 8; c++) {
                        if (inside(region, i + CORNERS[c][2], j + CORNERS[c][1], k + CORNERS[c][0])) {
                            pattern |= 1 << c;
                        }
                    }
                    double sign = 1;
                    if ((pattern & 0x80) != 0) {
                        pattern ^= 0xff;
                        sign = -1;
                    }
                    final String triangles = TRIANGLES[pattern];
                    for (int t = 0; t < triangles.length(); t += 3) {
                        for (int v = 0; v < 3; v++) {
                            final int[] e = EDGES[Character.digit(triangles.charAt(t + v), 16)];
                            p[v][0] = (2 * (k + 1) + e[0]) * half[0];
                            p[v][1] = (2 * (j + 1) + e[1]) * half[1];
                            p[v][2] = (2 * (i + 1) + e[2]) * half[2];
                        }
                        sixVolume += sign * tripleProduct(p[0], p[1], p[2]);
                        area += 0.5 * crossNorm(p[0], p[1], p[2]);
                    }
                }
            }
        }
        return new Result(area, sixVolume / 6);
    }

    private static boolean inside(final RegionOfInterest region, final int i, final int j, final int k) {
        return i >= 0 && j >= 0 && k >= 0 && i < region.columns() && j < region.rows() && k < region.slices()
            && region.inside((k * region.rows() + j) * region.columns() + i);
    }

    /** @return a · (b × c) */
    private static double tripleProduct(final double[] a, final double[] b, final double[] c) {
        return (a[1] * b[2] - b[1] * a[2]) * c[0] + (a[2] * b[0] - b[2] * a[0]) * c[1]
            + (a[0] * b[1] - b[0] * a[1]) * c[2];
    }

    /** @return |(a − c) × (b − c)| */
    private static double crossNorm(final double[] a, final double[] b, final double[] c) {
        final double a0 = a[0] - c[0];
        final double a1 = a[1] - c[1];
        final double a2 = a[2] - c[2];
        final double b0 = b[0] - c[0];
        final double b1 = b[1] - c[1];
        final double b2 = b[2] - c[2];
        final double x = a1 * b2 - b1 * a2;
        final double y = a2 * b0 - b2 * a0;
        final double z = a0 * b1 - b0 * a1;
        return Math.sqrt(x * x + y * y + z * z);
    }
}
