package org.qmrinodes.core.image.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;

/**
 * Registration of analytic phantoms: the moving image is the fixed phantom seen through a known
 * rigid transform, sampled exactly (no interpolation), so the transform to recover is known.
 */
class RigidRegistrationTest {

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

    /** @return T⁻¹(y) = Rᵀ(y − c − t) + c */
    static double[] inverse(final RigidTransform t, final double[] y) {
        final double[][] r = t.rotation();
        final double[] c = t.centre();
        final double[] tr = t.translation();
        final double[] x = new double[3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                x[a] += r[b][a] * (y[b] - c[b] - tr[b]);
            }
            x[a] += c[a];
        }
        return x;
    }

    /** Mean distance between where the two transforms send the fixed grid's voxel centres. */
    static double meanDisplacementError(final Geometry g, final RigidTransform a, final RigidTransform b) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < g.slices(); k += 2) {
            for (int j = 0; j < g.rows(); j += 4) {
                for (int i = 0; i < g.columns(); i += 4) {
                    final double[] x = g.indexToPatient(i, j, k);
                    final double[] ya = a.apply(x);
                    final double[] yb = b.apply(x);
                    sum += Math.sqrt(Math.pow(ya[0] - yb[0], 2) + Math.pow(ya[1] - yb[1], 2) + Math.pow(ya[2] - yb[2], 2));
                    n++;
                }
            }
        }
        return sum / n;
    }

    private static void assertRecovers(final RigidRegistration.Metric metric, final java.util.function.DoubleUnaryOperator movingContrast) {
        final Geometry g = grid(96, 28, 1.0, 2.0);
        final RigidTransform truth = new RigidTransform(Math.toRadians(3), Math.toRadians(-2), Math.toRadians(6),
            new double[] {4, -6, 2.5}, g.indexToPatient(47.5, 47.5, 13.5));
        final Volume fixed = sample(g, UnaryOperator.identity(), v -> v);
        // moving(y) = phantom(T⁻¹(y)), so fixed(x) = moving(T(x))
        final Volume moving = sample(g, y -> inverse(truth, y), movingContrast);
        final RigidRegistration.Result r = RigidRegistration.register(fixed, moving,
            RigidRegistration.Settings.defaults().withMetric(metric), RigidRegistration.Progress.NONE);
        final double error = meanDisplacementError(g, truth, r.transform());
        assertTrue(error < 0.1, metric + ": mean displacement error " + error + " mm, found " + r.transform());
        assertEquals(3, Math.toDegrees(r.transform().angleX()), 0.1, metric + " angle x");
        assertEquals(-2, Math.toDegrees(r.transform().angleY()), 0.1, metric + " angle y");
        assertEquals(6, Math.toDegrees(r.transform().angleZ()), 0.1, metric + " angle z");
    }

    @Test
    void correlationRecoversAKnownRotationAndShift() {
        assertRecovers(RigidRegistration.Metric.CORRELATION, v -> 2 * v + 30);
    }

    @Test
    void mutualInformationRecoversItAcrossAContrastChange() {
        // an inverted, non-linear contrast, as between T1 and T2 maps
        assertRecovers(RigidRegistration.Metric.MATTES_MUTUAL_INFORMATION, v -> 4000 / (1 + v / 100));
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
}
