package org.qmrinodes.knime.clinical.her2;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.clinical.Her2Rule;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/** Settings of the HER2 Status node. */
final class Her2StatusSettings extends NodeSettingsDeclaration {

    static final String ASCO_CAP_2018 = "asco-cap-2018";
    static final String ASCO_CAP_2023 = "asco-cap-2023";
    static final String QIMS26 = "qims26";
    static final String FR24 = "fr24";
    static final String CUSTOM = "custom";
    static final String RESOLVE = "resolve";
    static final String EQUIVOCAL = "equivocal";

    private final SettingsModelString ihc;
    private final SettingsModelString ratio;
    private final SettingsModelString copyNumber;
    private final SettingsModelString fish;
    private final SettingsModelString rule;
    private final SettingsModelString groups2To4;
    private final SettingsModelDoubleBounded ratioThreshold;
    private final SettingsModelDoubleBounded copyThreshold;
    private final SettingsModelBoolean inclusive;

    Her2StatusSettings() {
        group("Pathology columns");
        ihc = column("ihc_column", "IHC score column", 0, StringValue.class, IntValue.class, LongValue.class,
            DoubleValue.class);
        ratio = optionalColumn("ratio_column", "HER2/CEP17 ratio column (optional)", 0, DoubleValue.class);
        copyNumber = optionalColumn("copy_number_column", "HER2 copy number column (optional)", 0, DoubleValue.class);
        fish = optionalColumn("fish_column", "FISH result column (optional)", 0, StringValue.class);
        group("Rule");
        rule = choice("rule", "Rule", ASCO_CAP_2018, ASCO_CAP_2018, ASCO_CAP_2023, QIMS26, FR24, CUSTOM);
        groups2To4 = choice("groups_2_4", "ISH groups 2-4 (ASCO/CAP)", RESOLVE, RESOLVE, EQUIVOCAL);
        group("Custom thresholds");
        ratioThreshold = number("ratio_threshold", "Ratio threshold", 2.0, 0, 1000, 0.1);
        copyThreshold = number("copy_threshold", "Copy number threshold (0: not used)", 6.0, 0, 1000, 0.1);
        inclusive = flag("inclusive", "Amplified at the threshold (>=; off: >)", true);
    }

    /** @return the IHC column, checked against {@code spec} */
    String ihcColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, ihc, "IHC score", StringValue.class, IntValue.class, LongValue.class, DoubleValue.class);
    }

    /** @return the ratio column, or null for none */
    String ratioColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenOptionalColumn(spec, ratio, "HER2/CEP17 ratio", DoubleValue.class);
    }

    /** @return the copy number column, or null for none */
    String copyNumberColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenOptionalColumn(spec, copyNumber, "HER2 copy number", DoubleValue.class);
    }

    /** @return the FISH result column, or null for none */
    String fishColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenOptionalColumn(spec, fish, "FISH result", StringValue.class);
    }

    /**
     * @return the chosen rule
     * @throws InvalidSettingsException when "equivocal" groups 2–4 are asked for with a rule that has no ISH groups
     */
    Her2Rule rule() throws InvalidSettingsException {
        final String name = rule.getStringValue();
        final boolean equivocal = groups2To4.getStringValue().equals(EQUIVOCAL);
        if (equivocal && !name.startsWith("asco-cap")) {
            throw new InvalidSettingsException("'ISH groups 2-4' = equivocal applies to the ASCO/CAP rules only, not "
                + name + ".");
        }
        final Her2Rule chosen = name.equals(CUSTOM) ? custom() : Her2Rule.byId(name);
        return equivocal ? chosen.groups2To4Equivocal() : chosen;
    }

    private Her2Rule custom() {
        final double r = ratioThreshold.getDoubleValue();
        final double c = copyThreshold.getDoubleValue() > 0 ? copyThreshold.getDoubleValue() : Double.NaN;
        return Her2Rule.custom(r, c, inclusive.getBooleanValue());
    }
}
