package org.qmrinodes.knime.settings;

import java.util.List;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.data.BinaryOutcome;

/**
 * Settings shared by nodes that analyse a binary outcome: the outcome column and the positive class.
 */
public abstract class BinaryOutcomeSettings extends NodeSettingsDeclaration {

    /** Outcome column types offered: text, whole numbers and booleans (compared as text). */
    private static final List<Class<? extends DataValue>> OUTCOME_TYPES =
        List.of(StringValue.class, IntValue.class, LongValue.class, BooleanValue.class);

    private final String analysis;
    private final SettingsModelString outcome;
    private final SettingsModelString positive;

    /**
     * Declares the outcome settings in a group "Outcome"; subclasses declare theirs after calling this.
     *
     * @param analysis the node's analysis as messages name it, e.g. {@code a ROC analysis}
     */
    protected BinaryOutcomeSettings(final String analysis) {
        this.analysis = analysis;
        group("Outcome");
        outcome = column("outcome_column", "Outcome column", 0, StringValue.class, IntValue.class, LongValue.class,
            BooleanValue.class);
        positive = text("positive_class", "Positive class (empty: the later of the two values)", "");
    }

    /**
     * @param spec the input spec
     * @return the outcome column name
     * @throws InvalidSettingsException if none is chosen, or it is absent or of an unusable type
     */
    public final String outcomeColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = outcome.getStringValue();
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Choose the outcome column (the binary class, e.g. HER2 status).");
        }
        final DataColumnSpec column = spec.getColumnSpec(name);
        if (column == null) {
            throw new InvalidSettingsException("Outcome column '" + name + "' is not in the input table.");
        }
        if (OUTCOME_TYPES.stream().noneMatch(t -> column.getType().isCompatible(t))) {
            throw new InvalidSettingsException("Outcome column '" + name + "' has type " + column.getType()
                + "; use a string, integer or boolean column.");
        }
        return name;
    }

    /** @return the chosen outcome column name (possibly empty) */
    protected final String outcomeColumnName() {
        return outcome.getStringValue();
    }

    /**
     * @param column the outcome column name
     * @param labels the outcome per row as text
     * @param warnings receives a note when the default positive class is used
     * @return the binary outcome
     */
    public final BinaryOutcome outcome(final String column, final List<String> labels, final List<String> warnings) {
        String label = positive.getStringValue();
        if (label == null || label.isEmpty()) {
            label = BinaryOutcome.defaultPositiveLabel(column, labels);
            warnings.add("Positive class not set: using '" + label + "', the later of the two values.");
        }
        return BinaryOutcome.of(column, labels, label, analysis);
    }

    /** @return the node's analysis as messages name it */
    public final String analysis() {
        return analysis;
    }
}
