package org.qmrinodes.knime.modelling.zscoreapply;

import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/** Settings of the Z-score Normaliser (Applier) node. */
final class ZScoreApplierSettings extends NodeSettingsDeclaration {

    private final SettingsModelString suffix;

    ZScoreApplierSettings() {
        suffix = text("suffix", "Suffix of the z-score columns (empty: replace the columns)", "");
    }

    /** @return the suffix of appended z-score columns, empty to replace the columns */
    String suffix() {
        return suffix.getStringValue() == null ? "" : suffix.getStringValue().trim();
    }
}
