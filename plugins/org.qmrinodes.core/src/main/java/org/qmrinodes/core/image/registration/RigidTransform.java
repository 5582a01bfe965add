package org.qmrinodes.core.image.registration;

import java.util.Locale;

/**
 * A rigid transform of LPS patient coordinates in ITK's {@code Euler3DTransform} form (with
 * {@code ComputeZYX} off): T(x) = R·(x − c) + c + t with R = R<sub>z</sub>(θ<sub>z</sub>)·R<sub>x</sub>(θ<sub>x</sub>)·R<sub>y</sub>(θ<sub>y</sub>),
 * angles in radians, the centre c and translation t in mm. As in ITK, a registration transform maps
 * points of the fixed image onto the moving image.
 *
 * @param angleX θ<sub>x</sub>, radians
 * @param angleY θ<sub>y</sub>
 * @param angleZ θ<sub>z</sub>
 * @param translation t, mm
 * @param centre c, mm
 */
public record RigidTransform(double angleX, double angleY, double angleZ, double[] translation, double[] centre) {

    /** Checks and copies. */
    public RigidTransform {
        if (translation.length != 3 || centre.length != 3) {
            throw new IllegalArgumentException("translation and centre need 3 numbers each");
        }
        translation = translation.clone();
        centre = centre.clone();
    }

    /** @return the identity about {@code centre} */
    public static RigidTransform identity(final double[] centre) {
        return new RigidTransform(0, 0, 0, new double[3], centre);
    }

    @Override
    public double[] translation() {
        return translation.clone();
    }

    @Override
    public double[] centre() {
        return centre.clone();
    }

    /** @return R, row major 3×3 */
    public double[][] rotation() {
        final double cx = Math.cos(angleX);
        final double sx = Math.sin(angleX);
        final double cy = Math.cos(angleY);
        final double sy = Math.sin(angleY);
        final double cz = Math.cos(angleZ);
        final double sz = Math.sin(angleZ);
        final double[][] rx = {{1, 0, 0}, {0, cx, -sx}, {0, sx, cx}};
        final double[][] ry = {{cy, 0, sy}, {0, 1, 0}, {-sy, 0, cy}};
        final double[][] rz = {{cz, -sz, 0}, {sz, cz, 0}, {0, 0, 1}};
        return multiply(rz, multiply(rx, ry));
    }

    /** @return T(x) */
    public double[] apply(final double[] x) {
        final double[][] r = rotation();
        final double[] y = new double[3];
        for (int a = 0; a < 3; a++) {
            double s = centre[a] + translation[a];
            for (int b = 0; b < 3; b++) {
                s += r[a][b] * (x[b] - centre[b]);
            }
            y[a] = s;
        }
        return y;
    }

    /** @return T⁻¹(y) = Rᵀ(y − c − t) + c */
    public double[] applyInverse(final double[] y) {
        final double[][] r = rotation();
        final double[] x = new double[3];
        for (int a = 0; a < 3; a++) {
            double s = centre[a];
            for (int b = 0; b < 3; b++) {
                s += r[b][a] * (y[b] - centre[b] - translation[b]);
            }
            x[a] = s;
        }
        return x;
    }

    /** @return the homogeneous 4×4 matrix of T (row major), fixed LPS → moving LPS */
    public double[][] matrix() {
        final double[][] r = rotation();
        final double[][] m = new double[4][4];
        for (int a = 0; a < 3; a++) {
            double offset = centre[a] + translation[a];
            for (int b = 0; b < 3; b++) {
                m[a][b] = r[a][b];
                offset -= r[a][b] * centre[b];
            }
            m[a][3] = offset;
        }
        m[3][3] = 1;
        return m;
    }

    /** @return the transform as an ITK transform file ({@code .tfm}), readable by ITK and SimpleITK */
    public String itkText() {
        return String.format(Locale.ROOT, "#Insight Transform File V1.0%n#Transform 0%nTransform: Euler3DTransform_double_3_3%n"
            + "Parameters: %s %s %s %s %s %s%nFixedParameters: %s %s %s 0%n", num(angleX), num(angleY), num(angleZ),
            num(translation[0]), num(translation[1]), num(translation[2]), num(centre[0]), num(centre[1]), num(centre[2]));
    }

    private static String num(final double v) {
        return Double.toString(v);
    }

    private static double[][] multiply(final double[][] a, final double[][] b) {
        final double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }
}
