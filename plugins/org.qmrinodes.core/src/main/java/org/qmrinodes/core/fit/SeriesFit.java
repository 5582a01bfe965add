package org.qmrinodes.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Volume;

/**
 * How a loaded MR series becomes the input of {@link SignalModelFit#fit}: the model names, the
 * default method per model, which volumes take part, the acquisition values read from the volumes'
 * parameters and the signal model. Shared by every front end (command line, KNIME node), so that a
 * series is fitted the same way wherever it is fitted.
 */
public final class SeriesFit {

    /** Model names, as the command line and the node dialog offer them. */
    public static final List<String> MODELS = List.of("adc", "dki", "t2", "t2star", "t1-ir", "t1-vfa");

    private SeriesFit() {
    }

    /**
     * @param model a name from {@link #MODELS}
     * @return NLLS for t1-ir (its only method), LLS for t1-vfa, WLLS for the exponential models
     */
    public static FitMethod defaultMethod(final String model) {
        return switch (check(model)) {
            case "t1-ir" -> FitMethod.NLLS;
            case "t1-vfa" -> FitMethod.LLS;
            default -> FitMethod.WLLS;
        };
    }

    /** @return true for adc and dki (acquisition values are b-values) */
    public static boolean isDiffusion(final String model) {
        return model.equals("adc") || model.equals("dki");
    }

    /** @return true for t2 and t2star (acquisition values are echo times) */
    public static boolean isDecay(final String model) {
        return model.equals("t2") || model.equals("t2star");
    }

    private static String check(final String model) {
        if (!MODELS.contains(model)) {
            throw new IllegalArgumentException("unknown model '" + model + "'; models: " + String.join(", ", MODELS));
        }
        return model;
    }

    /**
     * The volumes of a series that a model fits: for diffusion models, scanner-computed trace
     * (isotropic) images are left out when the series also has the acquired directions.
     *
     * @param params the acquisition parameters of every volume
     * @param model the model
     * @return indices of the volumes to fit, ascending
     */
    public static List<Integer> usedVolumes(final List<AcquisitionParameters> params, final String model) {
        final List<Integer> used = new ArrayList<>();
        final boolean diffusion = isDiffusion(check(model));
        final boolean acquired = params.stream().anyMatch(p -> !p.isotropic());
        for (int v = 0; v < params.size(); v++) {
            if (!(diffusion && acquired && params.get(v).isotropic())) {
                used.add(v);
            }
        }
        return used;
    }

    /**
     * @param volume the series
     * @param used indices from {@link #usedVolumes}
     * @return one signal array per used volume
     */
    public static float[][] signals(final Volume volume, final List<Integer> used) {
        final float[][] signals = new float[used.size()][];
        for (int k = 0; k < signals.length; k++) {
            signals[k] = volume.copyOfVolume(used.get(k));
        }
        return signals;
    }

    /**
     * @param model the model
     * @param series names the series in messages (e.g. its UID)
     * @param params the parameters of the used volumes
     * @return the acquisition values the model needs (b-values, echo times, inversion times or flip angles)
     * @throws InvalidDataException naming the series when its volumes do not give them
     */
    public static Acquisition acquisition(final String model, final String series,
        final List<AcquisitionParameters> params) {
        return switch (check(model)) {
            case "adc", "dki" -> Acquisition.bValues(series, values(params, AcquisitionParameters::bValue, series,
                "b-values"));
            case "t2", "t2star" -> Acquisition.echoTimes(series, values(params, AcquisitionParameters::echoTime, series,
                "echo times"));
            case "t1-ir" -> Acquisition.inversionTimes(series, values(params, AcquisitionParameters::inversionTime,
                series, "inversion times"));
            default -> Acquisition.flipAngles(series, values(params, AcquisitionParameters::flipAngle, series,
                "flip angles"));
        };
    }

    private static double[] values(final List<AcquisitionParameters> params,
        final ToDoubleFunction<AcquisitionParameters> f, final String series, final String what) {
        final double[] v = params.stream().mapToDouble(f).toArray();
        if (Arrays.stream(v).allMatch(Double::isNaN)) {
            throw new InvalidDataException("series " + series + " has no " + what + " (its files do not give them)");
        }
        return v;
    }

    /**
     * @param params the parameters of the used volumes
     * @param series names the series in messages
     * @return the one repetition time of the series, ms
     * @throws InvalidDataException when the series has none or several
     */
    public static double repetitionTime(final List<AcquisitionParameters> params, final String series) {
        final double[] tr = params.stream().mapToDouble(AcquisitionParameters::repetitionTime).distinct().toArray();
        if (tr.length != 1 || !(tr[0] > 0)) {
            throw new InvalidDataException("series " + series + " has " + (tr.length == 1 ? "no usable repetition time"
                : "repetition times " + Arrays.toString(tr)) + "; variable flip angle T1 needs one TR");
        }
        return tr[0];
    }

    /**
     * @param model the model
     * @param lookLocker t1-ir: apply the MOLLI (Look-Locker) correction
     * @param tr t1-vfa: repetition time in ms (e.g. {@link #repetitionTime}); ignored otherwise
     * @param relativeB1 t1-vfa: relative B1 map on the series grid, or null
     * @return the signal model
     */
    public static SignalModel signalModel(final String model, final boolean lookLocker, final double tr,
        final float[] relativeB1) {
        return signalModel(model, lookLocker, tr, relativeB1, false);
    }

    /**
     * @param model one of {@link #MODELS}
     * @param lookLocker t1-ir: apply the MOLLI (Look-Locker) correction
     * @param tr t1-vfa: repetition time in ms; ignored otherwise
     * @param relativeB1 t1-vfa: relative B1 map on the series grid, or null
     * @param fixedS0 dki: fix S0 to the measured b = 0 signal ({@link KurtosisDiffusion#withFixedS0()})
     * @return the signal model
     */
    public static SignalModel signalModel(final String model, final boolean lookLocker, final double tr,
        final float[] relativeB1, final boolean fixedS0) {
        if (fixedS0) {
            if (!check(model).equals("dki")) {
                throw new InvalidDataException("S0 can be fixed for model dki only, not " + model);
            }
            return KurtosisDiffusion.withFixedS0();
        }
        return switch (check(model)) {
            case "adc" -> new MonoExponentialDiffusion();
            case "dki" -> new KurtosisDiffusion();
            case "t2" -> MonoExponentialDecay.t2();
            case "t2star" -> MonoExponentialDecay.t2Star();
            case "t1-ir" -> lookLocker ? InversionRecovery.molli() : InversionRecovery.plain();
            default -> relativeB1 == null ? VariableFlipAngle.of(tr) : VariableFlipAngle.withB1Map(tr, relativeB1);
        };
    }

    /** @return {@code bytes} as floats (e.g. the fit-ok flags or status codes as a map) */
    public static float[] toFloat(final byte[] bytes) {
        final float[] f = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            f[i] = bytes[i];
        }
        return f;
    }

    /** @return the voxel counts of a fit per status, e.g. {@code converged 120, hit_bound 0, ...} */
    public static String counts(final FitResult r) {
        final StringBuilder b = new StringBuilder();
        for (final VoxelStatus s : VoxelStatus.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(s.name().toLowerCase(Locale.ROOT)).append(' ')
                .append(r.counts().count(s));
        }
        return b.toString();
    }
}
