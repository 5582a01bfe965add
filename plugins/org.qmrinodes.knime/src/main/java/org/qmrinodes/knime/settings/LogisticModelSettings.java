package org.qmrinodes.knime.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings shared by nodes that fit a logistic model: the outcome and the model specification in a
 * group "Predictors" (numeric predictors, categorical predictors, reference levels). Subclasses
 * declare theirs after calling the constructor; a first one without a new group joins "Predictors".
 */
public abstract class LogisticModelSettings extends BinaryOutcomeSettings {

    private final SettingsModelColumnFilter2 numeric;
    private final SettingsModelString categorical;
    private final SettingsModelString references;

    /** @param analysis the node's analysis as messages name it, e.g. {@code logistic regression} */
    protected LogisticModelSettings(final String analysis) {
        super(analysis);
        group("Predictors");
        numeric = columns("numeric_predictors", "Numeric predictors", 0, DoubleValue.class);
        categorical = text("categorical_predictors", "Categorical predictors (comma-separated column names)", "");
        references = text("reference_levels", "Reference levels (COLUMN=LEVEL, comma-separated)", "");
    }

    /**
     * @return the categorical predictor columns, each present in {@code spec}
     * @throws InvalidSettingsException if one is absent
     */
    public final List<String> categoricalColumns(final DataTableSpec spec) throws InvalidSettingsException {
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

    /**
     * @return the numeric predictors: the chosen columns without the outcome and the categorical ones
     * @throws InvalidSettingsException if there is no predictor at all
     */
    public final List<String> numericColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = new ArrayList<>(Arrays.asList(numeric.applyTo(spec).getIncludes()));
        names.remove(outcomeColumn(spec));
        names.removeAll(categoricalColumns(spec));
        if (names.isEmpty() && categoricalColumns(spec).isEmpty()) {
            throw new InvalidSettingsException("Choose at least one predictor.");
        }
        return names;
    }

    /**
     * @return the chosen reference level per categorical column
     * @throws InvalidSettingsException if an item is not {@code COLUMN=LEVEL}
     */
    public final Map<String, String> referenceLevels() throws InvalidSettingsException {
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
        return refs;
    }
}
