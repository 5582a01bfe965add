package org.qmrinodes.knime.modelling.forest;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.settings.FigureSettings;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/**
 * Settings of the Forest Plot node: the columns of the estimate tables (by default those of the
 * Logistic Regression node's coefficient table), whether the estimates are on the log scale, the
 * panels' titles, the estimate's name and interval level, and the figure.
 */
final class ForestPlotSettings extends NodeSettingsDeclaration {

    private final SettingsModelString term;
    private final SettingsModelString estimate;
    private final SettingsModelString lower;
    private final SettingsModelString upper;
    private final SettingsModelString p;
    private final SettingsModelString model;
    private final SettingsModelBoolean logOdds;
    private final SettingsModelString firstTitle;
    private final SettingsModelString secondTitle;
    private final SettingsModelString effect;
    private final SettingsModelDoubleBounded confidence;
    private final FigureSettings figure;

    ForestPlotSettings() {
        group("Columns (both inputs)");
        term = column("term_column", "Term column", 0, StringValue.class);
        estimate = column("estimate_column", "Estimate column", 0, DoubleValue.class);
        lower = column("lower_column", "Lower limit column", 0, DoubleValue.class);
        upper = column("upper_column", "Upper limit column", 0, DoubleValue.class);
        p = optionalColumn("p_column", "p-value column", 0, DoubleValue.class);
        model = optionalColumn("model_column", "Model column (univariable or multivariable)", 0, StringValue.class);
        logOdds = flag("log_odds", "Estimates are log odds (exp applied)", false);
        term.setStringValue("term");
        estimate.setStringValue("odds_ratio");
        lower.setStringValue("or_ci_lower");
        upper.setStringValue("or_ci_upper");
        p.setStringValue("p_value");
        model.setStringValue("model");
        group("Panels");
        firstTitle = text("first_panel_title", "Title of the first panel", "Univariable");
        secondTitle = text("second_panel_title", "Title of the second panel", "Multivariable");
        effect = text("effect_name", "Name of the estimate", "OR");
        confidence = number("confidence_level", "Confidence level of the intervals", 0.95, 0.5, 0.999, 0.01);
        figure = figure("", false);
    }

    /**
     * The chosen columns as they are in {@code spec}.
     *
     * @param spec an input's spec
     * @param input the input, for messages (e.g. {@code first input})
     * @return term, estimate, lower, upper and (when chosen) p-value column
     * @throws InvalidSettingsException naming a column that is unset, absent or of the wrong type
     */
    List<String> columns(final DataTableSpec spec, final String input) throws InvalidSettingsException {
        final List<String> out = new ArrayList<>();
        out.add(check(spec, input, term, "term", false));
        out.add(check(spec, input, estimate, "estimate", true));
        out.add(check(spec, input, lower, "lower limit", true));
        out.add(check(spec, input, upper, "upper limit", true));
        final String pColumn = p.getStringValue() == null ? "" : p.getStringValue();
        if (!pColumn.isEmpty()) {
            out.add(check(spec, input, p, "p-value", true));
        }
        return out;
    }

    /**
     * @param spec an input's spec
     * @return the model column, or null when none is chosen or the input has no such column (a
     *         table of one model)
     */
    String modelColumn(final DataTableSpec spec) {
        final String name = model.getStringValue();
        return name == null || name.isEmpty() || spec.getColumnSpec(name) == null ? null : name;
    }

    private static String check(final DataTableSpec spec, final String input, final SettingsModelString setting,
        final String what, final boolean numeric) throws InvalidSettingsException {
        final String name = setting.getStringValue();
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Choose the " + what + " column.");
        }
        final DataColumnSpec column = spec.getColumnSpec(name);
        if (column == null) {
            throw new InvalidSettingsException("The " + what + " column '" + name + "' is not in the " + input + ".");
        }
        if (numeric && !column.getType().isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException("The " + what + " column '" + name + "' of the " + input
                + " is not numeric.");
        }
        return name;
    }

    /** @return whether estimates and limits are logarithms of the ratio */
    boolean logOdds() {
        return logOdds.getBooleanValue();
    }

    /** @return the title of panel {@code index} (0 or 1) */
    String panelTitle(final int index) {
        return (index == 0 ? firstTitle : secondTitle).getStringValue();
    }

    /** @return the estimate's short name, e.g. OR */
    String effect() {
        return effect.getStringValue();
    }

    /** @return the intervals' level, for the column heading */
    double confidence() {
        return confidence.getDoubleValue();
    }

    /** @return the figure's settings */
    FigureSettings figure() {
        return figure;
    }
}
