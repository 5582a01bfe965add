package org.qmrinodes.knime.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;

/**
 * Settings shared by nodes that judge risk models by their predicted probabilities: the outcome and,
 * in a group "Models", the probability columns. Subclasses declare theirs after calling the constructor.
 */
public abstract class ProbabilityModelsSettings extends BinaryOutcomeSettings {

    private final SettingsModelColumnFilter2 probabilities;

    /** @param analysis the node's analysis as messages name it, e.g. {@code a decision curve} */
    protected ProbabilityModelsSettings(final String analysis) {
        super(analysis);
        group("Models");
        probabilities = columns("probability_columns", "Probability columns", 0, DoubleValue.class);
    }

    /**
     * @param spec the input spec
     * @return the chosen probability columns present in {@code spec}, without the outcome column
     * @throws InvalidSettingsException if none remains
     */
    public final List<String> probabilityColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = new ArrayList<>(Arrays.asList(probabilities.applyTo(spec).getIncludes()));
        names.remove(outcomeColumnName());
        if (names.isEmpty()) {
            throw new InvalidSettingsException("Select at least one numeric probability column.");
        }
        return names;
    }
}
