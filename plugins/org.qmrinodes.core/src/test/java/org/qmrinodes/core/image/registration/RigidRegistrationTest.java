package org.qmrinodes.core.image.registration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.core.testing.Displacements;

/**
 * Registration of analytic phantoms: the moving image is the fixed phantom seen through a known
 * rigid transform, sampled exactly (no interpolation), so the transform to recover is known.
 */
class RigidRegistrationTest {

    private static final Geometry GRID_FOR_AFFINE = new Geometry(7, 9, 5, new double[] {-3, 12, 40},
        new double[] {0.7, 0.8, 2.5}, new double[] {0.8, 0.6, 0, -0.6, 0.8, 0, 0, 0, 1});

    /** A breast-lesion-like phantom: a smooth background with several blobs of different size and contrast. */
    static double phantom(final double[] p) {
        final double[][] blobs = {{-20, -10, 0, 14, 9, 12, 300}, {15, 12, 6, 8, 12, 10, 220}, {5, -22, -8, 6, 6, 9, 400},
            {-8, 20, 10, 10, 5, 8, 160}, {25, -15, -12, 5, 8, 6, 260}};
        double v = 100 + 0.8 * p[0] - 0.5 * p[1] + 0.3 * p[2];
        for (final double[] b : blobs) {
            final double dx = (p[0] - b[0]) / b[3];
            final double dy = (p[1] - b[1]) / b[4];
            final double dz = (p[2] - b[2]) / b[5];
            v += b[6] * Math.exp(-0.5 * (dx * dx + dy * dy + dz * dz));
        }
        return v;
    }

    static Geometry grid(final int n, final int slices, final double inPlane, final double thickness) {
        final double[] origin = {-(n - 1) / 2.0 * inPlane, -(n - 1) / 2.0 * inPlane, -(slices - 1) / 2.0 * thickness};
        return new Geometry(n, n, slices, origin, new double[] {inPlane, inPlane, thickness},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    static Volume sample(final Geometry g, final UnaryOperator<double[]> at, final java.util.function.DoubleUnaryOperator contrast) {
        final float[] v = new float[(int) g.voxelCount()];
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    v[(k * g.rows() + j) * g.columns() + i] = (float) contrast.applyAsDouble(phantom(at.apply(g.indexToPatient(i, j, k))));
                }
            }
        }
        return Volume.map(g, v);
    }

    /** Mean distance between where the two transforms send the fixed grid's voxel centres. */
    static double meanDisplacementError(final Geometry g, final RigidTransform a, final RigidTransform b) {
        return Displacements.mean(g, a::apply, b::apply);
    }

    /**
     * Every case of {@code validation/registration/simpleitk_rigid.csv} (make_registration_golden.py):
     * our metric is SimpleITK's (same value at SimpleITK's solution), our optimum is at least as good,
     * our transform lies within 0.1 mm (mean displacement over the grid) of the truth and within 0.05 mm
     * of SimpleITK's registration with the same metric, and within 0.1° of the true angles by
     * correlation. Mutual information across the non-linear contrast change has its minimum up to
     * 0.12° from the truth (the metric is lower there than at the truth, for SimpleITK too: an
     * interpolation bias of the metric, not an optimiser error), so its angles are held to 0.15°.
     */
    @Test
    void recoversKnownTransformsAndAgreesWithSimpleItk() {
        final CsvTable t = CsvTable.read(CsvTable.validationDir().resolve("registration/simpleitk_rigid.csv"));
        final Geometry g = grid(96, 28, 1.0, 2.0);
        final Volume fixed = sample(g, UnaryOperator.identity(), v -> v);
        final StringBuilder figures = new StringBuilder();
        boolean ok = true;
        for (int r = 0; r < t.size(); r++) {
            final String name = t.text(r, "case");
            final double[] centre = {t.number(r, "centre_x"), t.number(r, "centre_y"), t.number(r, "centre_z")};
            final RigidTransform truth = new RigidTransform(t.number(r, "true_angle_x"), t.number(r, "true_angle_y"),
                t.number(r, "true_angle_z"), new double[] {t.number(r, "true_tx"), t.number(r, "true_ty"), t.number(r, "true_tz")},
                centre);
            final RigidTransform simpleItk = new RigidTransform(t.number(r, "sitk_angle_x"), t.number(r, "sitk_angle_y"),
                t.number(r, "sitk_angle_z"), new double[] {t.number(r, "sitk_tx"), t.number(r, "sitk_ty"), t.number(r, "sitk_tz")},
                centre);
            final boolean linear = t.text(r, "contrast").equals("linear");
            final java.util.function.DoubleUnaryOperator contrast = linear ? v -> 2 * v + 30 : v -> 4000 / (1 + v / 100);
            // moving(y) = phantom(T⁻¹(y)), so fixed(x) = moving(T(x))
            final Volume moving = sample(g, truth::applyInverse, contrast);
            final RigidRegistration.Metric metric = t.text(r, "metric").equals("mattes")
                ? RigidRegistration.Metric.MATTES_MUTUAL_INFORMATION : RigidRegistration.Metric.CORRELATION;
            final RigidRegistration.Settings d = RigidRegistration.Settings.defaults();
            final RigidRegistration.Result result = RigidRegistration.register(fixed, moving,
                new RigidRegistration.Settings(metric, d.levels(), d.histogramBins(), 400_000, d.seed(), d.interpolation()),
                RigidRegistration.Progress.NONE);
            final RigidTransform ours = result.transform();
            assertArrayEquals(centre, ours.centre(), 1e-9, name + ": centred on the fixed grid as SimpleITK");
            final RigidRegistration.Settings full = new RigidRegistration.Settings(metric, d.levels(), d.histogramBins(),
                400_000, d.seed(), d.interpolation());
            final double atSimpleItk = RigidRegistration.metricAt(fixed, moving, full, simpleItk);
            final double atOurs = RigidRegistration.metricAt(fixed, moving, full, ours);
            final double toTruth = meanDisplacementError(g, truth, ours);
            final double toSimpleItk = meanDisplacementError(g, simpleItk, ours);
            final double angle = Math.toDegrees(Math.max(Math.abs(ours.angleX() - truth.angleX()),
                Math.max(Math.abs(ours.angleY() - truth.angleY()), Math.abs(ours.angleZ() - truth.angleZ()))));
            figures.append(String.format(java.util.Locale.ROOT, "%s: %.4f mm and %.4f deg from the truth, %.4f mm from SimpleITK"
                + " (SimpleITK %.4f mm from the truth); metric ours %.9f, at SimpleITK's %.9f (SimpleITK: %s)%n", name,
                toTruth, angle, toSimpleItk, meanDisplacementError(g, truth, simpleItk), atOurs, atSimpleItk,
                t.text(r, "sitk_metric")));
            // the same metric: ours at SimpleITK's solution is the value SimpleITK reports there
            ok &= Math.abs(atSimpleItk - t.number(r, "sitk_metric")) < 1e-7 * Math.abs(atSimpleItk);
            // the optimiser reaches that metric's minimum at least as well as SimpleITK's Powell
            ok &= atOurs <= atSimpleItk + 1e-7 * Math.abs(atSimpleItk);
            ok &= toTruth < 0.1 && toSimpleItk < 0.05 && angle < (linear ? 0.1 : 0.15);
        }
        assertTrue(ok, figures.toString());
        System.out.print(figures);
    }

    @Test
    void theItkTextAndMatrixDescribeTheSameTransform() {
        final RigidTransform t = new RigidTransform(0.1, -0.05, 0.2, new double[] {1, 2, 3}, new double[] {10, -5, 7});
        final double[] x = {3, 4, -2};
        final double[] y = t.apply(x);
        final double[][] m = t.matrix();
        for (int a = 0; a < 3; a++) {
            assertEquals(y[a], m[a][0] * x[0] + m[a][1] * x[1] + m[a][2] * x[2] + m[a][3], 1e-12);
        }
        assertTrue(t.itkText().contains("Transform: Euler3DTransform_double_3_3"), t.itkText());
        assertTrue(t.itkText().contains("Parameters: 0.1 -0.05 0.2 1.0 2.0 3.0"), t.itkText());
        assertTrue(t.itkText().contains("FixedParameters: 10.0 -5.0 7.0 0"), t.itkText());
        // ITK's Euler3D (ComputeZYX off): R = Rz Rx Ry; a pure z rotation turns +x towards +y
        assertArrayEquals(x, t.applyInverse(y), 1e-12, "the inverse undoes the transform");
        final double[][] affine = GRID_FOR_AFFINE.patientToIndexAffine();
        final double[][] back = GRID_FOR_AFFINE.lpsAffine();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double sum = 0;
                for (int k = 0; k < 4; k++) {
                    sum += affine[i][k] * back[k][j];
                }
                assertEquals(i == j ? 1 : 0, sum, 1e-12, "LPS-to-index affine times index-to-LPS affine");
            }
        }
        final double[] turned = new RigidTransform(0, 0, Math.PI / 2, new double[3], new double[3]).apply(new double[] {1, 0, 0});
        assertEquals(0, turned[0], 1e-12);
        assertEquals(1, turned[1], 1e-12);
    }

    @Test
    void aConstantImageIsRefusedWithItsName() {
        final Geometry g = grid(32, 4, 1, 1);
        final Volume flat = Volume.map(g, new float[(int) g.voxelCount()]);
        final Volume ok = sample(g, UnaryOperator.identity(), v -> v);
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> RigidRegistration.register(ok, flat, RigidRegistration.Settings.defaults(), RigidRegistration.Progress.NONE));
        assertTrue(e.getMessage().contains("moving image is constant"), e.getMessage());
    }

    @Test
    void gridsThatDoNotOverlapAreRefused() {
        final Geometry g = grid(32, 4, 1, 1);
        final Geometry far = new Geometry(32, 32, 4, new double[] {400, 0, 0}, new double[] {1, 1, 1},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final Volume a = sample(g, UnaryOperator.identity(), v -> v);
        final Volume b = sample(far, p -> new double[] {p[0] - 400, p[1], p[2]}, v -> v);
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> RigidRegistration.register(a, b, RigidRegistration.Settings.defaults(), RigidRegistration.Progress.NONE));
        assertTrue(e.getMessage().contains("do not overlap"), e.getMessage());
    }
}
