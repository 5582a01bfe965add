package org.qmrinodes.core.features.radiomics;

/**
 * The contour of a 2D region by marching squares as PyRadiomics builds it: the mask is padded by one
 * empty pixel, a 2×2 square of pixel centres moves through it, and every square whose corners are
 * partly inside contributes the line segments of its corner pattern, with end points halfway along
 * the square's edges. The segments are oriented alike all around the region, so that their signed
 * areas add up to the region's area, and the two diagonal patterns keep their inside corners apart.
 */
final class MarchingSquares {

    /**
     * @param perimeter P = Σ |a − b| over the segments (a, b), in mm
     * @param area A = ½ Σ (a<sub>u</sub> b<sub>v</sub> − b<sub>u</sub> a<sub>v</sub>) over the segments: the
     *        signed areas of the triangles the segments form with the origin, in mm²
     */
    record Result(double perimeter, double area) {
    }

    /** Square corners (u, v offsets). */
    private static final int[][] CORNERS = {{0, 0}, {0, 1}, {1, 1}, {1, 0}};

    /** Square edge midpoints, twice their (u, v) offsets. */
    private static final int[][] EDGES = {{0, 1}, {1, 2}, {2, 1}, {1, 0}};

    /** Per corner pattern 0…15: its segments, two edge numbers each. */
    private static final String[] SEGMENTS = {"", "30", "01", "31", "12", "1230", "02", "32", "23", "20", "0123",
        "21", "13", "10", "03", ""};

    private MarchingSquares() {
    }

    /**
     * @param mask the 2D region
     * @return perimeter and area of its contour
     */
    static Result of(final PlaneMask mask) {
        final double halfU = 0.5 * mask.spacingU();
        final double halfV = 0.5 * mask.spacingV();
        double perimeter = 0;
        double twiceArea = 0;
        for (int u = -1; u < mask.nu(); u++) {
            for (int v = -1; v < mask.nv(); v++) {
                int pattern = 0;
                for (int c = 0; c < 4; c++) {
                    if (mask.contains(u + CORNERS[c][0], v + CORNERS[c][1])) {
                        pattern |= 1 << c;
                    }
                }
                final String segments = SEGMENTS[pattern];
                for (int s = 0; s < segments.length(); s += 2) {
                    final int[] a = EDGES[segments.charAt(s) - '0'];
                    final int[] b = EDGES[segments.charAt(s + 1) - '0'];
                    final double au = (2 * (u + 1) + a[0]) * halfU;
                    final double av = (2 * (v + 1) + a[1]) * halfV;
                    final double bu = (2 * (u + 1) + b[0]) * halfU;
                    final double bv = (2 * (v + 1) + b[1]) * halfV;
                    twiceArea += au * bv - bu * av;
                    perimeter += Math.sqrt((au - bu) * (au - bu) + (av - bv) * (av - bv));
                }
            }
        }
        return new Result(perimeter, twiceArea / 2);
    }
}
