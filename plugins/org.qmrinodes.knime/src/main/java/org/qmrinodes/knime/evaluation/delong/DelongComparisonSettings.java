package org.qmrinodes.knime.evaluation.delong;

import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;
import org.qmrinodes.knime.settings.ScoreEvaluationSettings;

/** Settings of the DeLong Comparison node. */
final class DelongComparisonSettings extends ScoreEvaluationSettings {

    static final String ALL_PAIRS = "all pairs";
    static final String AGAINST_REFERENCE = "each score against the reference";

    private final SettingsModelString mode;
    private final SettingsModelString reference;
    private final SettingsModelString adjustment;

    DelongComparisonSettings() {
        super("a DeLong comparison");
        group("Comparisons");
        mode = choice("comparisons", "Compare", ALL_PAIRS, ALL_PAIRS, AGAINST_REFERENCE);
        reference = column("reference_column", "Reference score", 0, DoubleValue.class);
        adjustment = choice("p_adjustment", "Multiple-testing adjustment", PValueAdjustment.NONE.label(),
            PValueAdjustment.NONE.label(), PValueAdjustment.BONFERRONI.label(), PValueAdjustment.HOLM.label(),
            PValueAdjustment.BENJAMINI_HOCHBERG.label());
    }

    /**
     * @param spec the first input's spec
     * @param scores the selected score columns
     * @return the reference score, or null when all pairs are compared
     * @throws InvalidSettingsException if a reference is wanted but not among the scores, or fewer
     *         than two scores are selected
     */
    String reference(final DataTableSpec spec, final List<String> scores) throws InvalidSettingsException {
        if (mode.getStringValue().equals(ALL_PAIRS)) {
            if (scores.size() < 2) {
                throw new InvalidSettingsException("Select at least two score columns to compare.");
            }
            return null;
        }
        final String name = reference.getStringValue();
        if (name == null || name.isEmpty() || spec.getColumnSpec(name) == null) {
            throw new InvalidSettingsException("Choose the reference score column (compare mode '"
                + AGAINST_REFERENCE + "').");
        }
        if (!scores.contains(name)) {
            throw new InvalidSettingsException("The reference score '" + name + "' is not among the selected scores.");
        }
        if (scores.size() < 2) {
            throw new InvalidSettingsException("Select the reference and at least one other score column.");
        }
        return name;
    }

    PValueAdjustment adjustment() {
        return PValueAdjustment.parse(adjustment.getStringValue());
    }
}
