package org.qmrinodes.knime.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.stats.roc.DirectionRule;
import org.qmrinodes.knime.tables.OutcomeAndScores;

/**
 * Settings shared by nodes that evaluate numeric scores against a binary outcome: the outcome
 * column, the positive class, the score columns, the direction rule and the confidence level.
 */
public abstract class ScoreEvaluationSettings extends BinaryOutcomeSettings {

    private final SettingsModelColumnFilter2 scores;
    private final SettingsModelString direction;
    private final SettingsModelDoubleBounded confidenceLevel;

    /**
     * Declares the shared settings; subclasses declare theirs after calling this.
     *
     * @param analysis the node's analysis as messages name it
     */
    protected ScoreEvaluationSettings(final String analysis) {
        super(analysis);
        group("Scores");
        scores = columns("score_columns", "Score columns", 0, DoubleValue.class);
        direction = choice("direction", "Direction", DirectionRule.AUTO.label(), DirectionRule.AUTO.label(),
            DirectionRule.HIGHER.label(), DirectionRule.LOWER.label());
        confidenceLevel = number("confidence_level", "Confidence level", 0.95, 0.5, 0.999, 0.01);
    }

    /**
     * @param spec the input spec
     * @return the chosen score columns present in {@code spec}, without the outcome column
     * @throws InvalidSettingsException if none remains
     */
    public final List<String> scoreColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = new ArrayList<>(Arrays.asList(scores.applyTo(spec).getIncludes()));
        names.remove(outcomeColumnName());
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
        return outcome(data.outcomeColumn(), data.labels(), warnings);
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
