package org.qmrinodes.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * Voxel-wise fit of a {@link SignalModel} to a series of images: the single entry point of the
 * package.
 *
 * <p>Input: one {@code float[]} of voxels per acquisition point (all the same length, any voxel
 * order), the acquisition value of each point, an optional mask. Points with exactly equal
 * acquisition values (diffusion directions of one b-value, repeated echoes) are averaged per voxel
 * (arithmetic mean, the "powder average") and fitted as one point of weight n, the number of images
 * averaged; the design is the selected distinct values in ascending order.
 *
 * <p>Per voxel, in this order: outside the mask → {@link VoxelStatus#OUTSIDE_MASK}; any image value
 * NaN, infinite, negative, or zero for a model that takes logarithms → {@link
 * VoxelStatus#INVALID_SIGNAL}; SNR of the last point below the threshold → {@link
 * VoxelStatus#LOW_SNR}; otherwise fitted ({@link VoxelStatus#CONVERGED}, {@link
 * VoxelStatus#HIT_BOUND} or {@link VoxelStatus#FAILED}). Unfitted and failed voxels hold 0 in every
 * map, never NaN.
 *
 * <p>The voxels are split into blocks fitted in parallel on all cores (the common fork-join pool);
 * each block allocates its scratch space once, the per-voxel loop allocates nothing. Results do not
 * depend on the number of threads.
 */
public final class SignalModelFit {

    private static final int BLOCK = 8192;

    private SignalModelFit() {
    }

    /**
     * Fits every voxel.
     *
     * @param model the signal model
     * @param method LLS, WLLS or NLLS (see {@link SignalModel} subclasses for which apply)
     * @param acquisition the acquisition value of each image
     * @param signals {@code signals[k][v]}: image k, voxel v
     * @param mask voxels to fit, or {@code null} for all
     * @param options bounds, point selection, SNR rule, iteration limit
     * @return the maps, per-voxel status and counts
     * @throws InvalidDataException if the series has no or impossible acquisition values, too few
     *         distinct values for the model, images of different sizes, a mask of another size or
     *         without voxels, or a method the model does not support
     */
    public static FitResult fit(final SignalModel model, final FitMethod method, final Acquisition acquisition,
        final float[][] signals, final boolean[] mask, final FitOptions options) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(acquisition, "acquisition");
        Objects.requireNonNull(options, "options");
        final String series = acquisition.series();
        if (acquisition.quantity() != model.quantity()) {
            throw new InvalidDataException("model " + model.name() + " needs " + model.quantity().label()
                + "s but series '" + series + "' gives " + acquisition.quantity().label() + "s");
        }
        acquisition.validate();
        if (!model.supports(method)) {
            throw new InvalidDataException("model " + model.name() + " cannot be fitted by " + method
                + (method == FitMethod.WLLS ? "" : " (it has no log-linear form)") + "; use "
                + java.util.Arrays.stream(FitMethod.values()).filter(model::supports).map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(" or ")));
        }
        final int voxels = checkSignals(series, acquisition, signals);
        checkMask(series, mask, voxels);
        model.checkVoxels(voxels, series);
        final Design design = Design.of(acquisition, options.selectedValues());
        if (design.size() < model.freeParameters()) {
            throw new InvalidDataException("model " + model.name() + " has " + model.freeParameters()
                + " parameters and needs at least as many distinct " + acquisition.quantity().label() + "s; series '"
                + series + "' has " + design.size() + " (" + design.describe() + ")");
        }
        final Map<String, Bound> bounds = bounds(model, options);

        final Run run = new Run(model, method, design, signals, mask, bounds, options.maxIterations(), voxels);
        final double[] noise = run.noise(options.snrExclusion(), series);
        final int blocks = (voxels + BLOCK - 1) / BLOCK;
        final long[][] perBlock = new long[blocks][];
        IntStream.range(0, blocks).parallel().forEach(
            b -> perBlock[b] = run.block(b * BLOCK, Math.min(voxels, (b + 1) * BLOCK), noise));
        final long[] counts = new long[VoxelStatus.values().length];
        for (final long[] c : perBlock) {
            for (int s = 0; s < counts.length; s++) {
                counts[s] += c[s];
            }
        }
        return new FitResult(model.name(), method, run.outputMaps(), run.s0, run.r2, run.status, FitCounts.of(counts),
            conventions(model, method, design, bounds, options.snrExclusion(), noise));
    }

    private static int checkSignals(final String series, final Acquisition acquisition, final float[][] signals) {
        if (signals == null || signals.length != acquisition.size()) {
            throw new InvalidDataException("series '" + series + "' has " + acquisition.size() + " "
                + acquisition.quantity().label() + "s but " + (signals == null ? 0 : signals.length) + " images");
        }
        final int voxels = signals[0] == null ? 0 : signals[0].length;
        for (int k = 0; k < signals.length; k++) {
            if (signals[k] == null || signals[k].length != voxels) {
                throw new InvalidDataException("series '" + series + "': image " + (k + 1) + " has "
                    + (signals[k] == null ? 0 : signals[k].length) + " voxels, image 1 has " + voxels);
            }
        }
        if (voxels == 0) {
            throw new InvalidDataException("series '" + series + "' has no voxels");
        }
        return voxels;
    }

    private static void checkMask(final String series, final boolean[] mask, final int voxels) {
        if (mask == null) {
            return;
        }
        if (mask.length != voxels) {
            throw new InvalidDataException("mask has " + mask.length + " voxels but series '" + series + "' has "
                + voxels + " (the mask must be on the image grid)");
        }
        for (final boolean m : mask) {
            if (m) {
                return;
            }
        }
        throw new InvalidDataException("mask selects no voxels of series '" + series + "'");
    }

    private static Map<String, Bound> bounds(final SignalModel model, final FitOptions options) {
        final Map<String, Bound> bounds = new LinkedHashMap<>(model.defaultBounds());
        for (final Map.Entry<String, Bound> e : options.bounds().entrySet()) {
            if (!bounds.containsKey(e.getKey())) {
                throw new InvalidDataException("model " + model.name() + " has no parameter '" + e.getKey()
                    + "' to bound; its parameters are " + bounds.keySet());
            }
            bounds.put(e.getKey(), e.getValue());
        }
        return bounds;
    }

    private static List<String> conventions(final SignalModel model, final FitMethod method, final Design design,
        final Map<String, Bound> bounds, final SnrExclusion snr, final double[] noise) {
        final List<String> c = new ArrayList<>();
        c.add("model " + model.name() + ": " + model.formula());
        c.add("method " + method + switch (method) {
            case LLS -> " (linearised least squares, weight n per point)";
            case WLLS -> " (log-linear least squares, weights n*S^2)";
            case NLLS -> " (Levenberg-Marquardt on the signal, weight n per point)";
        });
        c.add("fitted " + model.quantity().label() + "s: " + design.describe()
            + "; images with equal values averaged (arithmetic mean), n = images per value");
        c.add("bounds: " + bounds);
        c.addAll(model.conventions(method));
        if (snr != null) {
            c.add("SNR exclusion: (S_last - Sb)/SD < " + snr.threshold() + " with Sb = " + noise[0] + ", SD = "
                + noise[1] + (snr.backgroundRegion() == null ? " (given)" : " (background region)"));
        }
        c.add("unfitted and failed voxels are 0 in every map; fitOk = 1 only for status CONVERGED");
        return c;
    }

    /** The inputs and output arrays of one fit; {@link #block} fits a range of voxels. */
    private static final class Run {

        private final SignalModel model;
        private final FitMethod method;
        private final Design design;
        private final float[][] signals;
        private final boolean[] mask;
        private final Map<String, Bound> bounds;
        private final int maxIterations;
        private final float[][] params;
        final float[] s0;
        final float[] r2;
        final byte[] status;

        Run(final SignalModel model, final FitMethod method, final Design design, final float[][] signals,
            final boolean[] mask, final Map<String, Bound> bounds, final int maxIterations, final int voxels) {
            this.model = model;
            this.method = method;
            this.design = design;
            this.signals = signals;
            this.mask = mask;
            this.bounds = bounds;
            this.maxIterations = maxIterations;
            params = new float[model.parameterNames().size()][voxels];
            s0 = new float[voxels];
            r2 = new float[voxels];
            status = new byte[voxels];
        }

        Map<String, float[]> outputMaps() {
            final Map<String, float[]> maps = new LinkedHashMap<>();
            final List<String> names = model.parameterNames();
            for (int i = 0; i < names.size(); i++) {
                maps.put(names.get(i), params[i]);
            }
            return maps;
        }

        /**
         * @return {Sb, SD, threshold} of the SNR rule (NaN without one), Sb and SD estimated from the
         *         background region if the rule has one
         */
        double[] noise(final SnrExclusion snr, final String series) {
            if (snr == null) {
                return new double[] {Double.NaN, Double.NaN, Double.NaN};
            }
            final boolean[] region = snr.backgroundRegion();
            if (region == null) {
                return new double[] {snr.backgroundMean(), snr.noiseSd(), snr.threshold()};
            }
            if (region.length != status.length) {
                throw new InvalidDataException("background region has " + region.length + " voxels but series '"
                    + series + "' has " + status.length);
            }
            final double[] y = new double[design.size()];
            final double[] sum = new double[design.size()];
            long n = 0;
            double mean = 0;
            double m2 = 0;
            for (int v = 0; v < region.length; v++) {
                if (region[v] && average(v, y, sum, false)) {
                    final double s = y[design.last()];
                    n++;
                    final double d = s - mean;
                    mean += d / n;
                    m2 += d * (s - mean);
                }
            }
            final double sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
            if (!(sd > 0)) {
                throw new InvalidDataException("background region of series '" + series + "' has " + n
                    + " usable voxels and noise SD " + sd + ": the SNR cannot be estimated");
            }
            return new double[] {mean, sd, snr.threshold()};
        }

        /**
         * Averages the images of voxel v per design point into y.
         *
         * @return false if a value is NaN, infinite, negative, or (positive required) zero
         */
        private boolean average(final int v, final double[] y, final double[] sum, final boolean positive) {
            final int[] groupOf = design.groupOf;
            // one image per value: the image is the point (no sum buffer to clear and divide)
            final boolean single = design.oneImagePerValue;
            if (!single) {
                java.util.Arrays.fill(sum, 0);
            }
            for (int k = 0; k < groupOf.length; k++) {
                final int g = groupOf[k];
                if (g >= 0) {
                    final float s = signals[k][v];
                    if (!(s > 0 || (s == 0 && !positive)) || s == Float.POSITIVE_INFINITY) {
                        return false;
                    }
                    if (single) {
                        y[g] = s;
                    } else {
                        sum[g] += s;
                    }
                }
            }
            if (!single) {
                for (int g = 0; g < y.length; g++) {
                    y[g] = sum[g] / design.counts[g];
                }
            }
            return true;
        }

        long[] block(final int from, final int to, final double[] noise) {
            final long[] counts = new long[VoxelStatus.values().length];
            final VoxelFitter fitter = model.fitter(design, method, bounds, maxIterations);
            final int n = design.size();
            final double[] y = new double[n];
            final double[] sum = new double[n];
            final double[] out = new double[1 + params.length];
            final boolean positive = model.needsPositiveSignal();
            final boolean snr = !Double.isNaN(noise[1]);
            for (int v = from; v < to; v++) {
                VoxelStatus st;
                if (mask != null && !mask[v]) {
                    st = VoxelStatus.OUTSIDE_MASK;
                } else if (!average(v, y, sum, positive)) {
                    st = VoxelStatus.INVALID_SIGNAL;
                } else if (snr && (y[design.last()] - noise[0]) / noise[1] < noise[2]) {
                    st = VoxelStatus.LOW_SNR;
                } else {
                    st = fitter.fit(y, v, out);
                    if ((st == VoxelStatus.CONVERGED || st == VoxelStatus.HIT_BOUND) && !finite(out)) {
                        st = VoxelStatus.FAILED;
                    }
                }
                status[v] = st.code();
                counts[st.ordinal()]++;
                if (st == VoxelStatus.CONVERGED || st == VoxelStatus.HIT_BOUND) {
                    s0[v] = (float) out[0];
                    for (int i = 0; i < params.length; i++) {
                        params[i][v] = (float) out[i + 1];
                    }
                    r2[v] = (float) rSquared(fitter, y);
                }
            }
            return counts;
        }

        private static boolean finite(final double[] out) {
            for (final double o : out) {
                if (!Double.isFinite(o) || Math.abs(o) > Float.MAX_VALUE) {
                    return false;
                }
            }
            return true;
        }

        private static double rSquared(final VoxelFitter fitter, final double[] y) {
            double mean = 0;
            for (final double v : y) {
                mean += v;
            }
            mean /= y.length;
            double res = 0;
            double tot = 0;
            for (int g = 0; g < y.length; g++) {
                final double r = y[g] - fitter.predicted(g);
                res += r * r;
                tot += (y[g] - mean) * (y[g] - mean);
            }
            if (tot > 0) {
                return 1 - res / tot;
            }
            return res == 0 ? 1 : 0;
        }
    }
}
