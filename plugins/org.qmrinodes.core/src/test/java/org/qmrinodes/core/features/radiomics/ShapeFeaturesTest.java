package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

/**
 * Shape features of masks whose mesh is known in closed form, the degenerate masks PyRadiomics accepts,
 * and the hull-based diameters against all vertex pairs.
 */
class ShapeFeaturesTest {

    private static final double SX = 0.7;
    private static final double SY = 0.8;
    private static final double SZ = 2;

    private static RegionOfInterest region(final int nx, final int ny, final int nz, final int[] labels) {
        final Geometry g = new Geometry(nx, ny, nz, new double[3], new double[] {SX, SY, SZ},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        return RegionOfInterest.crop(Volume.map(g, new float[labels.length]), new Mask(g, labels), 1, "test mask");
    }

    /** One voxel: the mesh is the octahedron on its six face centres, half-axes a, b, c = half the spacings. */
    @Test
    void oneVoxelIsTheOctahedronOfItsFaceCentres() {
        final int[] labels = new int[27];
        labels[13] = 1;
        final ShapeFeatures shape = new ShapeFeatures(region(3, 3, 3, labels));
        final double a = SX / 2;
        final double b = SY / 2;
        final double c = SZ / 2;
        assertEquals(4.0 / 3 * a * b * c, shape.meshVolume(), 1e-14);
        assertEquals(SX * SY * SZ, shape.voxelVolume(), 1e-14);
        assertEquals(4 * Math.sqrt(a * a * b * b + b * b * c * c + c * c * a * a), shape.surfaceArea(), 1e-14);
        assertEquals(SZ, shape.maximum3DDiameter(), 1e-14);
        assertEquals(SY, shape.maximum2DDiameterSlice(), 1e-14);
        assertEquals(SZ, shape.maximum2DDiameterColumn(), 1e-14);
        assertEquals(SZ, shape.maximum2DDiameterRow(), 1e-14);
        assertEquals(0, shape.majorAxisLength());
        assertEquals(0, shape.leastAxisLength());
        assertTrue(Double.isNaN(shape.elongation()), "0/0 elongation, as PyRadiomics");
        assertTrue(Double.isNaN(shape.flatness()), "0/0 flatness, as PyRadiomics");
        final double v = shape.meshVolume();
        final double area = shape.surfaceArea();
        assertEquals(Math.cbrt(36 * Math.PI * v * v) / area, shape.sphericity(), 1e-14);
        assertEquals(Math.pow(shape.sphericity(), 3), shape.compactness2(), 1e-14);
        assertEquals(1 / shape.sphericity(), shape.sphericalDisproportion(), 1e-14);
        assertEquals(Math.sqrt(shape.compactness2()) / (6 * Math.PI), shape.compactness1(), 1e-14);
    }

    /**
     * A flat (one-slice) 3×3 mask: PyRadiomics computes 3D shape for it, with a closed mesh one voxel
     * thick, least axis 0 and flatness 0; in-plane the axes are those of a 3×3 grid of centres, and the
     * largest distances are between opposite corners' face centres on the two sides of the slice.
     */
    @Test
    void aOneSliceMaskHasLeastAxisAndFlatnessZero() {
        final int[] labels = new int[5 * 5 * 3];
        for (int j = 1; j <= 3; j++) {
            for (int i = 1; i <= 3; i++) {
                labels[(5 + j) * 5 + i] = 1;
            }
        }
        final ShapeFeatures shape = new ShapeFeatures(region(5, 5, 3, labels));
        assertEquals(0, shape.leastAxisLength());
        assertEquals(0, shape.flatness());
        assertEquals(4 * SY * Math.sqrt(2.0 / 3), shape.majorAxisLength(), 1e-13);
        assertEquals(4 * SX * Math.sqrt(2.0 / 3), shape.minorAxisLength(), 1e-13);
        assertEquals(SX / SY, shape.elongation(), 1e-13);
        assertTrue(shape.meshVolume() > 0 && shape.meshVolume() < 9 * SX * SY * SZ, "mesh volume " + shape.meshVolume());
        assertEquals(Math.sqrt(4 * SX * SX + SZ * SZ), shape.maximum2DDiameterColumn(), 1e-13);
        assertEquals(Math.sqrt(4 * SX * SX + 4 * SY * SY + SZ * SZ), shape.maximum3DDiameter(), 1e-13);
    }

    /** A single pixel in 2D is the diamond on its edge midpoints. */
    @Test
    void onePixelIsTheDiamondOfItsEdgeMidpoints() {
        final int[] labels = new int[9];
        labels[4] = 1;
        final Shape2DFeatures shape = new Shape2DFeatures(region(3, 3, 1, labels), 0);
        assertEquals(SX * SY / 2, shape.meshSurface(), 1e-14);
        assertEquals(SX * SY, shape.pixelSurface(), 1e-14);
        assertEquals(4 * Math.hypot(SX / 2, SY / 2), shape.perimeter(), 1e-14);
        assertEquals(SY, shape.maximumDiameter(), 1e-14);
        assertEquals(0, shape.majorAxisLength());
        assertTrue(Double.isNaN(shape.elongation()));
    }

    @Test
    void emptyMaskAndThickRegionForShape2DAreClearErrors() {
        final RadiomicsSettings shape = RadiomicsSettings.defaults().withFeatureClasses(EnumSet.of(FeatureClass.SHAPE));
        final Geometry g = new Geometry(3, 3, 3, new double[3], new double[] {SX, SY, SZ},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final String empty = assertThrows(InvalidDataException.class,
            () -> RadiomicsExtractor.extract(Volume.map(g, new float[27]), new Mask(g, new int[27]), "lesion.nrrd", shape))
            .getMessage();
        assertTrue(empty.contains("lesion.nrrd") && empty.contains("empty"), empty);
        final int[] labels = new int[27];
        labels[4] = 1;
        labels[13] = 1;
        final String thick = assertThrows(InvalidDataException.class,
            () -> new Shape2DFeatures(region(3, 3, 3, labels), 0)).getMessage();
        assertTrue(thick.contains("force2Ddimension 0") && thick.contains("2 voxels"), thick);
        final Shape2DFeatures sideways = new Shape2DFeatures(region(3, 3, 3, labels), 1);
        assertEquals(2 * SX * SZ, sideways.pixelSurface(), 1e-14);
    }

    /** The convex-hull diameters equal the largest distances over all pairs of mesh vertices. */
    @Test
    void hullDiametersEqualAllPairs() {
        final Random random = new Random(11);
        for (int trial = 0; trial < 30; trial++) {
            final int nx = 3 + random.nextInt(9);
            final int ny = 3 + random.nextInt(9);
            final int nz = 1 + random.nextInt(6);
            final int[] labels = new int[nx * ny * nz];
            final double fill = 0.2 + 0.7 * random.nextDouble();
            labels[random.nextInt(labels.length)] = 1;
            for (int v = 0; v < labels.length; v++) {
                labels[v] = random.nextDouble() < fill ? 1 : labels[v];
            }
            final RegionOfInterest region = region(nx, ny, nz, labels);
            final MeshDiameters.Diameters hull = MeshDiameters.of(region);
            final double[] pairs = allPairs(region);
            assertEquals(pairs[0], hull.slice(), 1e-12, "slice, trial " + trial);
            assertEquals(pairs[1], hull.column(), 1e-12, "column, trial " + trial);
            assertEquals(pairs[2], hull.row(), 1e-12, "row, trial " + trial);
            assertEquals(pairs[3], hull.maximum(), 1e-12, "3D, trial " + trial);
        }
    }

    /** PyRadiomics' definition directly: all vertex pairs, equal slice, row, column coordinate, any. */
    private static double[] allPairs(final RegionOfInterest region) {
        final int nx = region.columns();
        final int ny = region.rows();
        final int nz = region.slices();
        final List<double[]> vertices = new ArrayList<>();
        final int[][] steps = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    if (!inside(region, i, j, k)) {
                        continue;
                    }
                    for (final int[] s : steps) {
                        if (!inside(region, i + s[0], j + s[1], k + s[2])) {
                            vertices.add(new double[] {(i + s[0] / 2.0) * SX, (j + s[1] / 2.0) * SY,
                                (k + s[2] / 2.0) * SZ});
                        }
                    }
                }
            }
        }
        final double[] out = new double[4];
        for (int a = 0; a < vertices.size(); a++) {
            for (int b = a + 1; b < vertices.size(); b++) {
                final double[] p = vertices.get(a);
                final double[] q = vertices.get(b);
                final double d = Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1])
                    + (p[2] - q[2]) * (p[2] - q[2]));
                out[0] = p[2] == q[2] ? Math.max(out[0], d) : out[0];
                out[1] = p[1] == q[1] ? Math.max(out[1], d) : out[1];
                out[2] = p[0] == q[0] ? Math.max(out[2], d) : out[2];
                out[3] = Math.max(out[3], d);
            }
        }
        return out;
    }

    private static boolean inside(final RegionOfInterest region, final int i, final int j, final int k) {
        return i >= 0 && j >= 0 && k >= 0 && i < region.columns() && j < region.rows() && k < region.slices()
            && region.inside((k * region.rows() + j) * region.columns() + i);
    }
}
