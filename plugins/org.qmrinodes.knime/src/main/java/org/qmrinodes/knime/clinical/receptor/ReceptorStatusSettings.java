package org.qmrinodes.knime.clinical.receptor;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.clinical.PercentCutoff;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/** Settings of the Receptor and Ki-67 Status node. */
final class ReceptorStatusSettings extends NodeSettingsDeclaration {

    /** Ki-67 cut-off: the value given. */
    static final String FIXED = "fixed";
    /** Ki-67 cut-off: the median of the input's Ki-67 values. */
    static final String COHORT_MEDIAN = "cohort median";

    private final SettingsModelString er;
    private final SettingsModelString pr;
    private final SettingsModelString ki67;
    private final SettingsModelDoubleBounded receptorCutoff;
    private final SettingsModelBoolean receptorInclusive;
    private final SettingsModelString ki67Rule;
    private final SettingsModelDoubleBounded ki67Cutoff;
    private final SettingsModelBoolean ki67Inclusive;

    ReceptorStatusSettings() {
        group("Staining columns");
        er = optionalColumn("er_column", "ER column (% stained nuclei)", 0, DoubleValue.class);
        pr = optionalColumn("pr_column", "PR column (% stained nuclei)", 0, DoubleValue.class);
        ki67 = optionalColumn("ki67_column", "Ki-67 column (% positive nuclei)", 0, DoubleValue.class);
        group("ER and PR");
        receptorCutoff = number("receptor_cutoff", "ER/PR cut-off (%)", 1.0, 0, 100, 1);
        receptorInclusive = flag("receptor_inclusive", "Positive at the cut-off (>=; off: >)", true);
        group("Ki-67");
        ki67Rule = choice("ki67_rule", "Ki-67 cut-off", FIXED, FIXED, COHORT_MEDIAN);
        ki67Cutoff = number("ki67_cutoff", "Fixed Ki-67 cut-off (%)", 14.0, 0, 100, 1);
        ki67Inclusive = flag("ki67_inclusive", "High at the cut-off (>=; off: >)", false);
    }

    /** @return the ER column, or null for none */
    String erColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenOptionalColumn(spec, er, "ER", DoubleValue.class);
    }

    /** @return the PR column, or null for none */
    String prColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenOptionalColumn(spec, pr, "PR", DoubleValue.class);
    }

    /** @return the Ki-67 column, or null for none */
    String ki67Column(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenOptionalColumn(spec, ki67, "Ki-67", DoubleValue.class);
    }

    /** @return the ER/PR split */
    PercentCutoff receptorCutoff() {
        return PercentCutoff.fixed(receptorCutoff.getDoubleValue(), receptorInclusive.getBooleanValue());
    }

    /** @return whether the Ki-67 cut-off is the cohort median */
    boolean ki67AtCohortMedian() {
        return COHORT_MEDIAN.equals(ki67Rule.getStringValue());
    }

    /** @return the fixed Ki-67 split */
    PercentCutoff ki67FixedCutoff() {
        return PercentCutoff.fixed(ki67Cutoff.getDoubleValue(), ki67Inclusive.getBooleanValue());
    }

    /** @return whether a Ki-67 value equal to the cut-off is high */
    boolean ki67Inclusive() {
        return ki67Inclusive.getBooleanValue();
    }
}
