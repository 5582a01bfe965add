package org.qmrinodes.knime.logistic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.stats.regression.FitMethod;
import org.qmrinodes.core.stats.regression.LogisticOptions;
import org.qmrinodes.knime.common.BinaryOutcomeSettings;

/** Settings of the Logistic Regression (Clinical) node. */
final class LogisticRegressionSettings extends BinaryOutcomeSettings {

    private final SettingsModelColumnFilter2 numeric;
    private final SettingsModelString categorical;
    private final SettingsModelString references;
    private final SettingsModelBoolean univariable;
    private final SettingsModelString method;
    private final SettingsModelDoubleBounded confidenceLevel;
    private final SettingsModelBoolean profile;
    private final SettingsModelDoubleBounded vifThreshold;
    private final SettingsModelDoubleBounded minimumEpv;

    LogisticRegressionSettings() {
        super("logistic regression");
        group("Predictors");
        numeric = columns("numeric_predictors", "Numeric predictors", 0, DoubleValue.class);
        categorical = text("categorical_predictors", "Categorical predictors (comma-separated column names)", "");
        references = text("reference_levels", "Reference levels (COLUMN=LEVEL, comma-separated)", "");
        univariable = flag("univariable", "Univariable models for every predictor", false);
        group("Fit");
        method = choice("method", "Method", FitMethod.MAXIMUM_LIKELIHOOD.label(), FitMethod.MAXIMUM_LIKELIHOOD.label(),
            FitMethod.FIRTH.label());
        confidenceLevel = number("confidence_level", "Confidence level", 0.95, 0.5, 0.999, 0.01);
        profile = flag("profile_intervals", "Profile-likelihood intervals", true);
        group("Checks");
        vifThreshold = number("vif_threshold", "VIF threshold", 5, 1, 1000, 0.5);
        minimumEpv = number("minimum_epv", "Minimum events per variable", 10, 0, 1000, 1);
    }

    /** @return the categorical predictor columns, each present in {@code spec} */
    List<String> categoricalColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> out = new ArrayList<>();
        for (final String name : categorical.getStringValue().split(",")) {
            if (name.isBlank()) {
                continue;
            }
            if (spec.getColumnSpec(name.trim()) == null) {
                throw new InvalidSettingsException("Categorical predictor '" + name.trim()
                    + "' is not in the input table.");
            }
            out.add(name.trim());
        }
        return out;
    }

    /** @return the numeric predictors: the chosen columns without the outcome and the categorical ones */
    List<String> numericColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = new ArrayList<>(Arrays.asList(numeric.applyTo(spec).getIncludes()));
        names.remove(outcomeColumn(spec));
        names.removeAll(categoricalColumns(spec));
        if (names.isEmpty() && categoricalColumns(spec).isEmpty()) {
            throw new InvalidSettingsException("Choose at least one predictor.");
        }
        return names;
    }

    boolean univariable() {
        return univariable.getBooleanValue();
    }

    /** @return the fit options */
    LogisticOptions options() throws InvalidSettingsException {
        final Map<String, String> refs = new LinkedHashMap<>();
        for (final String item : references.getStringValue().split(",")) {
            if (item.isBlank()) {
                continue;
            }
            final int eq = item.indexOf('=');
            if (eq <= 0 || eq == item.trim().length() - 1) {
                throw new InvalidSettingsException("Reference level '" + item.trim() + "' must be COLUMN=LEVEL.");
            }
            refs.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
        }
        return new LogisticOptions(FitMethod.parse(method.getStringValue()), confidenceLevel.getDoubleValue(),
            profile.getBooleanValue(), refs, vifThreshold.getDoubleValue(), minimumEpv.getDoubleValue());
    }
}
