package org.qmrinodes.knime.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.stats.roc.DirectionRule;

/**
 * Settings shared by nodes that evaluate numeric scores against a binary outcome: the outcome
 * column, the positive class, the score columns, the direction rule and the confidence level.
 */
public abstract class ScoreEvaluationSettings extends NodeSettingsDeclaration {

    /** Outcome column types offered: text, whole numbers and booleans (compared as text). */
    private static final List<Class<? extends DataValue>> OUTCOME_TYPES =
        List.of(StringValue.class, IntValue.class, LongValue.class, BooleanValue.class);

    private final SettingsModelString outcome;
    private final SettingsModelString positive;
    private final SettingsModelColumnFilter2 scores;
    private final SettingsModelString direction;
    private final SettingsModelDoubleBounded confidenceLevel;

    /** Declares the shared settings; subclasses declare theirs after calling this. */
    protected ScoreEvaluationSettings() {
        group("Outcome");
        outcome = column("outcome_column", "Outcome column", 0, StringValue.class, IntValue.class, LongValue.class,
            BooleanValue.class);
        positive = text("positive_class", "Positive class (empty: the later of the two values)", "");
        group("Scores");
        scores = columns("score_columns", "Score columns", 0, DoubleValue.class);
        direction = choice("direction", "Direction", DirectionRule.AUTO.label(), DirectionRule.AUTO.label(),
            DirectionRule.HIGHER.label(), DirectionRule.LOWER.label());
        confidenceLevel = number("confidence_level", "Confidence level", 0.95, 0.5, 0.999, 0.01);
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

    /**
     * @param spec the input spec
     * @return the chosen score columns present in {@code spec}, without the outcome column
     * @throws InvalidSettingsException if none remains
     */
    public final List<String> scoreColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = new ArrayList<>(Arrays.asList(scores.applyTo(spec).getIncludes()));
        names.remove(outcome.getStringValue());
        if (names.isEmpty()) {
            throw new InvalidSettingsException("Select at least one numeric score column.");
        }
        return names;
    }

    /**
     * @param data the read columns
     * @param warnings receives a note when the default positive class is used
     * @return the binary outcome
     */
    public final BinaryOutcome outcome(final OutcomeAndScores data, final List<String> warnings) {
        String label = positive.getStringValue();
        if (label == null || label.isEmpty()) {
            label = BinaryOutcome.defaultPositiveLabel(data.outcomeColumn(), data.labels());
            warnings.add("Positive class not set: using '" + label + "', the later of the two values.");
        }
        return BinaryOutcome.of(data.outcomeColumn(), data.labels(), label);
    }

    /** @return the direction rule */
    public final DirectionRule directionRule() {
        return DirectionRule.parse(direction.getStringValue());
    }

    /** @return the confidence level of intervals */
    public final double confidenceLevel() {
        return confidenceLevel.getDoubleValue();
    }
}
