package org.qmrinodes.core.image.registration;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Resampling;
import org.qmrinodes.core.image.Volume;

/**
 * Rigid (6 degrees of freedom) registration of a moving volume to a fixed one, in the manner of an
 * ITK/SimpleITK {@code ImageRegistrationMethod} with an {@code Euler3DTransform}:
 * <ul>
 * <li>the transform is centred on the fixed grid's centre and starts from the translation that
 * aligns the two grids' centres (SimpleITK's {@code CenteredTransformInitializer}, GEOMETRY);</li>
 * <li>a pyramid of {@code levels} resolutions, each halving the previous one by block means (an
 * axis whose spacing is already coarse is shrunk less, so that voxels become about isotropic);</li>
 * <li>the metric over the fixed voxels (at most {@code maxSamples} of them per level, drawn with
 * the seed): Mattes mutual information (Mattes et al., IEEE TMI 2003; fixed intensities in
 * zero-order bins, moving intensities in cubic B-spline Parzen windows, 2 padding bins each side,
 * as ITK's {@code MattesMutualInformationImageToImageMetricv4}), or the squared normalised
 * correlation of ITK's {@code CorrelationImageToImageMetricv4}; moving values are interpolated
 * trilinearly, points mapped outside the moving grid are left out;</li>
 * <li>the six parameters optimised by BOBYQA (Powell 2009; Commons Math), the angles scaled by the
 * RMS radius of the samples so that every parameter is in millimetres of displacement.</li>
 * </ul>
 */
public final class RigidRegistration {

    /** The similarity measure. */
    public enum Metric {
        /** Mattes mutual information: for images of different contrast (pre/post contrast, T1/T2 maps). */
        MATTES_MUTUAL_INFORMATION,
        /** Squared normalised correlation: for images of the same contrast (echoes, repeated volumes). */
        CORRELATION
    }

    /**
     * @param metric the similarity measure
     * @param levels resolution levels (1 = full resolution only)
     * @param histogramBins Mattes bins per image
     * @param maxSamples most fixed voxels used per level
     * @param seed seed for the sample
     * @param interpolation interpolation of the registered output volume
     */
    public record Settings(Metric metric, int levels, int histogramBins, int maxSamples, long seed,
        Resampling.Interpolation interpolation) {

        /** Checks ranges. */
        public Settings {
            Objects.requireNonNull(metric);
            Objects.requireNonNull(interpolation);
            if (levels < 1 || levels > 6 || histogramBins < 8 || maxSamples < 1000) {
                throw new IllegalArgumentException("levels 1-6, at least 8 bins and 1000 samples are needed");
            }
        }

        /** @return Mattes MI with 50 bins, 3 levels, at most 100,000 samples, trilinear output */
        public static Settings defaults() {
            return new Settings(Metric.MATTES_MUTUAL_INFORMATION, 3, 50, 100_000, 20_261_202L,
                Resampling.Interpolation.TRILINEAR);
        }

        /** @return these settings with another metric */
        public Settings withMetric(final Metric m) {
            return new Settings(m, levels, histogramBins, maxSamples, seed, interpolation);
        }
    }

    /**
     * @param transform fixed → moving
     * @param metricValue the metric at the solution (negative: −MI or −ρ²)
     * @param evaluations metric evaluations over all levels
     * @param registered the moving volume resampled onto the fixed grid through the transform
     */
    public record Result(RigidTransform transform, double metricValue, int evaluations, Volume registered) {
    }

    /** Told after each level; may stop the registration by throwing an unchecked exception. */
    @FunctionalInterface
    public interface Progress {
        /** Ignores progress. */
        Progress NONE = (level, levels) -> {
        };

        /**
         * @param level levels done
         * @param levels levels in all
         */
        void levelDone(int level, int levels);
    }

    private RigidRegistration() {
    }

    /**
     * @param fixed the reference volume (its first parameter volume is used)
     * @param moving the volume to align (its first parameter volume is used; all are resampled)
     * @param settings metric, pyramid and sampling
     * @param progress told after each level
     * @return the transform and the registered volume
     * @throws InvalidDataException when either image has fewer than 1000 finite voxels or is constant,
     *         or when the two grids do not overlap in patient coordinates (before the centres are aligned)
     */
    public static Result register(final Volume fixed, final Volume moving, final Settings settings, final Progress progress) {
        if (!overlap(fixed.geometry(), moving.geometry())) {
            throw new InvalidDataException("registration: the fixed and moving images do not overlap in patient coordinates"
                + " (fixed " + fixed.geometry() + ", moving " + moving.geometry() + ")");
        }
        final Level fixedFull = Level.of(fixed.geometry(), fixed.copyOfVolume(0), "fixed");
        final Level movingFull = Level.of(moving.geometry(), moving.copyOfVolume(0), "moving");
        final double[] centre = fixed.geometry().indexToPatient((fixed.geometry().columns() - 1) / 2.0,
            (fixed.geometry().rows() - 1) / 2.0, (fixed.geometry().slices() - 1) / 2.0);
        final double[] movingCentre = moving.geometry().indexToPatient((moving.geometry().columns() - 1) / 2.0,
            (moving.geometry().rows() - 1) / 2.0, (moving.geometry().slices() - 1) / 2.0);
        double[] p = {0, 0, 0, movingCentre[0] - centre[0], movingCentre[1] - centre[1], movingCentre[2] - centre[2]};
        final double extent = extent(fixed.geometry());
        int evaluations = 0;
        double value = Double.NaN;
        for (int level = 0; level < settings.levels(); level++) {
            final int factor = 1 << (settings.levels() - 1 - level);
            final Level f = fixedFull.shrink(factor);
            final Level m = movingFull.shrink(factor);
            final Samples samples = Samples.of(f, centre, settings.maxSamples(), settings.seed() + level);
            final double radius = samples.rmsRadius();
            final Objective objective = new Objective(samples, m, centre, radius, settings);
            final double step = factor * minSpacing(fixed.geometry());
            final double[] lower = {-0.5 * radius, -0.5 * radius, -0.5 * radius, p[3] - extent / 2, p[4] - extent / 2,
                p[5] - extent / 2};
            final double[] upper = {0.5 * radius, 0.5 * radius, 0.5 * radius, p[3] + extent / 2, p[4] + extent / 2,
                p[5] + extent / 2};
            final double[] start = p.clone();
            for (int a = 0; a < 3; a++) {
                start[a] = Math.max(lower[a], Math.min(upper[a], p[a] * radius));
            }
            final BOBYQAOptimizer optimiser = new BOBYQAOptimizer(13, 2 * step, level == settings.levels() - 1 ? 5e-4 : 0.02 * step);
            final PointValuePair best = optimiser.optimize(new MaxEval(3000), new ObjectiveFunction(objective),
                GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper));
            p = best.getPoint().clone();
            for (int a = 0; a < 3; a++) {
                p[a] /= radius;
            }
            value = best.getValue();
            evaluations += optimiser.getEvaluations();
            progress.levelDone(level + 1, settings.levels());
        }
        final RigidTransform transform = new RigidTransform(p[0], p[1], p[2], new double[] {p[3], p[4], p[5]}, centre);
        final Volume registered = Resampling.onto(moving, fixed.geometry(), settings.interpolation(), transform.matrix());
        return new Result(transform, value, evaluations, registered);
    }

    /**
     * @return the metric of {@code settings} at full resolution for a given transform (the value the
     *         last level minimises), to compare solutions
     */
    static double metricAt(final Volume fixed, final Volume moving, final Settings settings, final RigidTransform t) {
        final Level f = Level.of(fixed.geometry(), fixed.copyOfVolume(0), "fixed");
        final Level m = Level.of(moving.geometry(), moving.copyOfVolume(0), "moving");
        final Samples samples = Samples.of(f, t.centre(), settings.maxSamples(), settings.seed() + settings.levels() - 1);
        final double radius = samples.rmsRadius();
        final double[] tr = t.translation();
        return new Objective(samples, m, t.centre(), radius, settings).value(new double[] {t.angleX() * radius,
            t.angleY() * radius, t.angleZ() * radius, tr[0], tr[1], tr[2]});
    }

    /** @return whether the axis-aligned boxes around the two grids' voxels (LPS) intersect */
    static boolean overlap(final Geometry a, final Geometry b) {
        final double[][] boxA = box(a);
        final double[][] boxB = box(b);
        for (int axis = 0; axis < 3; axis++) {
            if (boxA[1][axis] < boxB[0][axis] || boxB[1][axis] < boxA[0][axis]) {
                return false;
            }
        }
        return true;
    }

    private static double[][] box(final Geometry g) {
        final double[][] box = {{Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY},
            {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}};
        for (int c = 0; c < 8; c++) {
            final double[] p = g.indexToPatient((c & 1) == 0 ? -0.5 : g.columns() - 0.5, (c & 2) == 0 ? -0.5 : g.rows() - 0.5,
                (c & 4) == 0 ? -0.5 : g.slices() - 0.5);
            for (int axis = 0; axis < 3; axis++) {
                box[0][axis] = Math.min(box[0][axis], p[axis]);
                box[1][axis] = Math.max(box[1][axis], p[axis]);
            }
        }
        return box;
    }

    private static double extent(final Geometry g) {
        return Math.max(g.columns() * g.spacing()[0], Math.max(g.rows() * g.spacing()[1], g.slices() * g.spacing()[2]));
    }

    private static double minSpacing(final Geometry g) {
        return Math.min(g.spacing()[0], Math.min(g.spacing()[1], g.spacing()[2]));
    }

    /** One resolution of an image: its grid and values (NaN = no value). */
    private record Level(Geometry geometry, float[] values, String name) {

        static Level of(final Geometry g, final float[] values, final String name) {
            int finite = 0;
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (final float v : values) {
                if (Float.isFinite(v)) {
                    finite++;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (finite < 1000) {
                throw new InvalidDataException("registration: the " + name + " image has " + finite
                    + " voxels with a value; at least 1000 are needed");
            }
            if (!(hi > lo)) {
                throw new InvalidDataException("registration: the " + name + " image is constant (" + lo + ")");
            }
            return new Level(g, values, name);
        }

        /** @return block means over about {@code factor} mm-equivalent voxels */
        Level shrink(final int factor) {
            if (factor == 1) {
                return this;
            }
            final double min = minSpacing(geometry);
            final int[] f = new int[3];
            final int[] n = {geometry.columns(), geometry.rows(), geometry.slices()};
            final int[] out = new int[3];
            for (int a = 0; a < 3; a++) {
                f[a] = (int) Math.max(1, Math.min(Math.round(factor * min / geometry.spacing()[a]), n[a] / 4));
                out[a] = (n[a] + f[a] - 1) / f[a];
            }
            final float[] v = new float[out[0] * out[1] * out[2]];
            for (int k = 0; k < out[2]; k++) {
                for (int j = 0; j < out[1]; j++) {
                    for (int i = 0; i < out[0]; i++) {
                        double sum = 0;
                        int count = 0;
                        for (int kk = k * f[2]; kk < Math.min(n[2], (k + 1) * f[2]); kk++) {
                            for (int jj = j * f[1]; jj < Math.min(n[1], (j + 1) * f[1]); jj++) {
                                for (int ii = i * f[0]; ii < Math.min(n[0], (i + 1) * f[0]); ii++) {
                                    final float x = values[(kk * n[1] + jj) * n[0] + ii];
                                    if (Float.isFinite(x)) {
                                        sum += x;
                                        count++;
                                    }
                                }
                            }
                        }
                        v[(k * out[1] + j) * out[0] + i] = count == 0 ? Float.NaN : (float) (sum / count);
                    }
                }
            }
            final double[] origin = geometry.indexToPatient((f[0] - 1) / 2.0, (f[1] - 1) / 2.0, (f[2] - 1) / 2.0);
            final double[] spacing = {geometry.spacing()[0] * f[0], geometry.spacing()[1] * f[1], geometry.spacing()[2] * f[2]};
            return new Level(new Geometry(out[0], out[1], out[2], origin, spacing, geometry.direction()), v, name);
        }
    }

    /** The fixed sample: positions relative to the centre and values. */
    private record Samples(double[] x, double[] y, double[] z, float[] value, float min, float max) {

        static Samples of(final Level level, final double[] centre, final int maxSamples, final long seed) {
            final Geometry g = level.geometry();
            final int[] finite = IntStream.range(0, level.values().length).filter(i -> Float.isFinite(level.values()[i])).toArray();
            final int[] chosen;
            if (finite.length > maxSamples) {
                final SplittableRandom random = new SplittableRandom(seed);
                for (int i = 0; i < maxSamples; i++) {
                    final int j = i + random.nextInt(finite.length - i);
                    final int t = finite[i];
                    finite[i] = finite[j];
                    finite[j] = t;
                }
                chosen = Arrays.copyOf(finite, maxSamples);
                Arrays.sort(chosen);
            } else {
                chosen = finite;
            }
            final int n = chosen.length;
            final double[] x = new double[n];
            final double[] y = new double[n];
            final double[] z = new double[n];
            final float[] v = new float[n];
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            final int plane = g.columns() * g.rows();
            for (int s = 0; s < n; s++) {
                final int idx = chosen[s];
                final double[] p = g.indexToPatient(idx % g.columns(), (idx % plane) / g.columns(), idx / plane);
                x[s] = p[0] - centre[0];
                y[s] = p[1] - centre[1];
                z[s] = p[2] - centre[2];
                v[s] = level.values()[idx];
                lo = Math.min(lo, v[s]);
                hi = Math.max(hi, v[s]);
            }
            return new Samples(x, y, z, v, lo, hi);
        }

        double rmsRadius() {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += x[i] * x[i] + y[i] * y[i] + z[i] * z[i];
            }
            return Math.max(1, Math.sqrt(s / x.length));
        }
    }

    /** The metric as a function of the scaled parameters (angles × radius, translations in mm). */
    private static final class Objective implements org.apache.commons.math3.analysis.MultivariateFunction {

        private static final int CHUNK = 16_384;
        private static final int PADDING = 2;

        private final Samples samples;
        private final Level moving;
        private final double[] centre;
        private final double radius;
        private final Settings settings;
        private final double[][] toIndex;
        private final double[] origin;
        private final float movingMin;
        private final float movingMax;

        Objective(final Samples samples, final Level moving, final double[] centre, final double radius,
            final Settings settings) {
            this.samples = samples;
            this.moving = moving;
            this.centre = centre.clone();
            this.radius = radius;
            this.settings = settings;
            final double[][] affine = moving.geometry().patientToIndexAffine();
            this.toIndex = new double[][] {java.util.Arrays.copyOf(affine[0], 3), java.util.Arrays.copyOf(affine[1], 3),
                java.util.Arrays.copyOf(affine[2], 3)};
            this.origin = new double[] {affine[0][3], affine[1][3], affine[2][3]};
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (final float v : moving.values()) {
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            movingMin = lo;
            movingMax = hi;
        }

        @Override
        public double value(final double[] scaled) {
            final RigidTransform t = new RigidTransform(scaled[0] / radius, scaled[1] / radius, scaled[2] / radius,
                new double[] {scaled[3], scaled[4], scaled[5]}, centre);
            final double[][] r = t.rotation();
            // index = toIndex · (R·d + c + t) + origin, d = sample − c
            final double[][] a = new double[3][4];
            for (int i = 0; i < 3; i++) {
                double offset = origin[i];
                for (int k = 0; k < 3; k++) {
                    offset += toIndex[i][k] * (centre[k] + scaled[3 + k]);
                    for (int j = 0; j < 3; j++) {
                        a[i][j] += toIndex[i][k] * r[k][j];
                    }
                }
                a[i][3] = offset;
            }
            final int n = samples.value().length;
            final int chunks = (n + CHUNK - 1) / CHUNK;
            final boolean mattes = settings.metric() == Metric.MATTES_MUTUAL_INFORMATION;
            final int bins = settings.histogramBins();
            final double[][] partial = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> mattes ? histogram(a, c * CHUNK, Math.min(n, (c + 1) * CHUNK), bins)
                    : moments(a, c * CHUNK, Math.min(n, (c + 1) * CHUNK)))
                .toArray(double[][]::new);
            final double[] total = new double[partial[0].length];
            for (final double[] part : partial) {
                for (int i = 0; i < total.length; i++) {
                    total[i] += part[i];
                }
            }
            return mattes ? negativeMutualInformation(total, bins) : negativeCorrelation(total);
        }

        /**
         * Trilinear moving value at the fractional index; NaN beyond half a voxel outside the outermost
         * voxel centres (ITK's buffer test), edge voxels extended over that half voxel.
         */
        private double sample(final double fi, final double fj, final double fk) {
            final Geometry g = moving.geometry();
            final int nc = g.columns();
            final int nr = g.rows();
            final int ns = g.slices();
            if (!(fi >= -0.5 && fi <= nc - 0.5 && fj >= -0.5 && fj <= nr - 0.5 && fk >= -0.5 && fk <= ns - 0.5)) {
                return Double.NaN;
            }
            final double x = Math.max(0, Math.min(nc - 1, fi));
            final double y = Math.max(0, Math.min(nr - 1, fj));
            final double z = Math.max(0, Math.min(ns - 1, fk));
            final int i0 = (int) x;
            final int j0 = (int) y;
            final int k0 = (int) z;
            final int i1 = Math.min(i0 + 1, nc - 1);
            final int j1 = Math.min(j0 + 1, nr - 1);
            final int k1 = Math.min(k0 + 1, ns - 1);
            final double tx = x - i0;
            final double ty = y - j0;
            final double tz = z - k0;
            final float[] v = moving.values();
            final double c00 = v[(k0 * nr + j0) * nc + i0] * (1 - tx) + v[(k0 * nr + j0) * nc + i1] * tx;
            final double c10 = v[(k0 * nr + j1) * nc + i0] * (1 - tx) + v[(k0 * nr + j1) * nc + i1] * tx;
            final double c01 = v[(k1 * nr + j0) * nc + i0] * (1 - tx) + v[(k1 * nr + j0) * nc + i1] * tx;
            final double c11 = v[(k1 * nr + j1) * nc + i0] * (1 - tx) + v[(k1 * nr + j1) * nc + i1] * tx;
            return (c00 * (1 - ty) + c10 * ty) * (1 - tz) + (c01 * (1 - ty) + c11 * ty) * tz;
        }

        private double moving(final double[][] a, final int s) {
            final double x = samples.x()[s];
            final double y = samples.y()[s];
            final double z = samples.z()[s];
            return sample(a[0][0] * x + a[0][1] * y + a[0][2] * z + a[0][3], a[1][0] * x + a[1][1] * y + a[1][2] * z + a[1][3],
                a[2][0] * x + a[2][1] * y + a[2][2] * z + a[2][3]);
        }

        /** n, Σf, Σm, Σf², Σm², Σfm over the samples mapped inside the moving grid. */
        private double[] moments(final double[][] a, final int from, final int to) {
            final double[] s = new double[6];
            for (int i = from; i < to; i++) {
                final double m = moving(a, i);
                if (Double.isNaN(m)) {
                    continue;
                }
                final double f = samples.value()[i];
                s[0]++;
                s[1] += f;
                s[2] += m;
                s[3] += f * f;
                s[4] += m * m;
                s[5] += f * m;
            }
            return s;
        }

        private double negativeCorrelation(final double[] s) {
            if (s[0] < 0.1 * samples.value().length) {
                return 0;
            }
            final double n = s[0];
            final double sff = s[3] - s[1] * s[1] / n;
            final double smm = s[4] - s[2] * s[2] / n;
            final double sfm = s[5] - s[1] * s[2] / n;
            return sff > 0 && smm > 0 ? -sfm * sfm / (sff * smm) : 0;
        }

        /** The Parzen joint histogram of (fixed, moving) bins, row major fixed × moving, with the count last. */
        private double[] histogram(final double[][] a, final int from, final int to, final int bins) {
            final double[] joint = new double[bins * bins + 1];
            final double fixedBin = (samples.max() - samples.min()) / (bins - 2.0 * PADDING);
            final double movingBin = (movingMax - movingMin) / (bins - 2.0 * PADDING);
            for (int i = from; i < to; i++) {
                final double m = moving(a, i);
                if (Double.isNaN(m)) {
                    continue;
                }
                final int fb = Math.max(PADDING, Math.min(bins - PADDING - 1,
                    (int) ((samples.value()[i] - samples.min()) / fixedBin + PADDING)));
                final double term = Math.max(PADDING, Math.min(bins - PADDING - 1e-9, (m - movingMin) / movingBin + PADDING));
                final int start = (int) term - 1;
                for (int b = start; b <= start + 3; b++) {
                    if (b >= 0 && b < bins) {
                        joint[fb * bins + b] += cubicBSpline(b - term);
                    }
                }
                joint[bins * bins]++;
            }
            return joint;
        }

        private double negativeMutualInformation(final double[] joint, final int bins) {
            if (joint[bins * bins] < 0.1 * samples.value().length) {
                return 0;
            }
            double total = 0;
            for (int i = 0; i < bins * bins; i++) {
                total += joint[i];
            }
            final double[] pf = new double[bins];
            final double[] pm = new double[bins];
            for (int f = 0; f < bins; f++) {
                for (int m = 0; m < bins; m++) {
                    final double p = joint[f * bins + m] / total;
                    pf[f] += p;
                    pm[m] += p;
                }
            }
            double mi = 0;
            for (int f = 0; f < bins; f++) {
                for (int m = 0; m < bins; m++) {
                    final double p = joint[f * bins + m] / total;
                    if (p > 1e-16) {
                        mi += p * Math.log(p / (pf[f] * pm[m]));
                    }
                }
            }
            return -mi;
        }

        private static double cubicBSpline(final double u) {
            final double a = Math.abs(u);
            if (a < 1) {
                return (4 - 6 * a * a + 3 * a * a * a) / 6;
            }
            if (a < 2) {
                final double b = 2 - a;
                return b * b * b / 6;
            }
            return 0;
        }
    }
}
