package org.qmrinodes.knime.agreement.icc;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.stats.agreement.IccForm;
import org.qmrinodes.knime.settings.ReaderAgreementSettings;

/** Settings of the ICC (Reader Agreement) node. */
final class IccSettings extends ReaderAgreementSettings {

    static final String ALL_FORMS = "all six forms";

    private final SettingsModelString form;

    IccSettings() {
        final List<String> forms = new ArrayList<>(List.of(ALL_FORMS));
        for (final IccForm f : IccForm.values()) {
            forms.add(f.label());
        }
        form = choice("icc_form", "ICC form", ALL_FORMS, forms.toArray(String[]::new));
    }

    /** @return the forms to list */
    List<IccForm> forms() {
        return form.getStringValue().equals(ALL_FORMS) ? List.of(IccForm.values())
            : List.of(IccForm.parse(form.getStringValue()));
    }
}
