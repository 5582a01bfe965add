package org.qmrinodes.knime.images.fit;

import java.util.Locale;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.fit.FitMethod;
import org.qmrinodes.core.fit.FitOptions;
import org.qmrinodes.core.fit.SeriesFit;
import org.qmrinodes.core.fit.SnrExclusion;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.cells.VolumeValue;

/** Settings of the MR Signal Model Fit node. */
final class SignalModelFitSettings extends NodeSettingsDeclaration {

    /** The method choice that picks the model's default method. */
    static final String DEFAULT_METHOD = "default";

    private final SettingsModelString volumeColumn;
    private final SettingsModelString model;
    private final SettingsModelString method;
    private final SettingsModelString bValues;
    private final SettingsModelString maskColumn;
    private final SettingsModelDoubleBounded snrThreshold;
    private final SettingsModelDoubleBounded noiseSd;
    private final SettingsModelString irCorrection;
    private final SettingsModelBoolean fixedS0;
    private final SettingsModelString unsuitableSeries;

    /** What a row whose series does not suit the model gets: missing cells (counted) or a failed node. */
    static final String UNSUITABLE_MISSING = "missing cells";
    static final String UNSUITABLE_FAIL = "fail";

    @SuppressWarnings("unchecked")
    SignalModelFitSettings() {
        volumeColumn = column("volume_column", "Volume column", 0, VolumeValue.class);
        model = choice("model", "Model", "adc", SeriesFit.MODELS.toArray(String[]::new));
        method = choice("method", "Method", DEFAULT_METHOD, DEFAULT_METHOD, "lls", "wlls", "nlls");
        bValues = text("b_values", "b-values to fit (empty: all)", "");
        maskColumn = column("mask_column", "Mask column (optional)", 0, MaskValue.class);
        fixedS0 = flag("fixed_s0", "DKI: fix S0 to the b = 0 signal", false);
        unsuitableSeries = defaultWhenAbsent(choice("unsuitable_series", "Series that do not suit the model",
            UNSUITABLE_MISSING, UNSUITABLE_MISSING, UNSUITABLE_FAIL));
        group("T2 / T2* SNR exclusion");
        snrThreshold = number("snr_threshold", "SNR threshold (0: off)", 0, 0, 1e6, 1);
        noiseSd = number("noise_sd", "Noise SD", 0, 0, Double.MAX_VALUE, 1);
        group("T1 inversion recovery");
        irCorrection = choice("ir_correction", "IR correction", "molli", "molli", "none");
    }

    /** @return the chosen volume column, checked against {@code spec} */
    String volumeColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = volumeColumn.getStringValue();
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Choose the column with the series ('Volume column').");
        }
        final DataColumnSpec c = spec.getColumnSpec(name);
        if (c == null || !c.getType().isCompatible(VolumeValue.class)) {
            throw new InvalidSettingsException("Volume column '" + name + "' is not a volume column of the input.");
        }
        return name;
    }

    /** @return the chosen mask column, or null for none */
    String maskColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = maskColumn.getStringValue();
        if (name == null || name.isEmpty()) {
            return null;
        }
        final DataColumnSpec c = spec.getColumnSpec(name);
        if (c == null || !c.getType().isCompatible(MaskValue.class)) {
            throw new InvalidSettingsException("Mask column '" + name + "' is not a mask column of the input.");
        }
        return name;
    }

    String model() {
        return model.getStringValue();
    }

    /** @return the chosen method, or the model's default */
    FitMethod method() {
        final String m = method.getStringValue();
        return m.equals(DEFAULT_METHOD) ? SeriesFit.defaultMethod(model())
            : FitMethod.valueOf(m.toUpperCase(Locale.ROOT));
    }

    /** @return whether DKI fits Dapp and Kapp with S0 fixed to the measured b = 0 signal (checked by {@link #options()}) */
    /** @return whether a series that does not suit the model fails the node instead of giving missing cells */
    boolean failOnUnsuitableSeries() {
        return UNSUITABLE_FAIL.equals(unsuitableSeries.getStringValue());
    }

    boolean fixedS0() {
        return fixedS0.getBooleanValue() && model().equals("dki");
    }

    /** @return true for the MOLLI (Look-Locker) correction of t1-ir */
    boolean lookLocker() {
        return irCorrection.getStringValue().equals("molli");
    }

    /**
     * @return the fit options: b-value subset and SNR exclusion
     * @throws InvalidSettingsException when a setting does not apply to the model or is malformed
     */
    FitOptions options() throws InvalidSettingsException {
        if (fixedS0.getBooleanValue() && !model().equals("dki")) {
            throw new InvalidSettingsException("'DKI: fix S0 to the b = 0 signal' applies to the model dki only, not "
                + model() + ".");
        }
        FitOptions options = FitOptions.defaults();
        final String list = bValues.getStringValue() == null ? "" : bValues.getStringValue().trim();
        if (!list.isEmpty()) {
            if (!SeriesFit.isDiffusion(model())) {
                throw new InvalidSettingsException("A b-value subset applies to the models adc and dki, not "
                    + model() + "; clear 'b-values to fit'.");
            }
            options = options.selecting(numbers(bValues, "b-values to fit"));
        }
        final double threshold = snrThreshold.getDoubleValue();
        if (threshold > 0) {
            if (!SeriesFit.isDecay(model())) {
                throw new InvalidSettingsException("The SNR threshold applies to the models t2 and t2star, not "
                    + model() + "; set it to 0.");
            }
            if (!(noiseSd.getDoubleValue() > 0)) {
                throw new InvalidSettingsException("The SNR threshold needs the noise SD (a positive number).");
            }
            options = options.withSnrExclusion(SnrExclusion.withNoise(threshold, 0, noiseSd.getDoubleValue()));
        }
        return options;
    }
}
