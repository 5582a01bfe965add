package org.qmrinodes.knime.utilities.privacy;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Privacy Check node; its description is {@code PrivacyCheckNodeFactory.xml}. */
public final class PrivacyCheckNodeFactory extends QmriNodeFactory<PrivacyCheckNodeModel> {

    /** Creates the factory (called by KNIME). */
    public PrivacyCheckNodeFactory() {
        super(PrivacyCheckSettings::new);
    }

    @Override
    public PrivacyCheckNodeModel createNodeModel() {
        return new PrivacyCheckNodeModel();
    }
}
