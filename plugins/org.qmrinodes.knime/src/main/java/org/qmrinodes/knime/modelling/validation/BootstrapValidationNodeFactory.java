package org.qmrinodes.knime.modelling.validation;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Bootstrap Validation node; its description is {@code BootstrapValidationNodeFactory.xml}. */
public final class BootstrapValidationNodeFactory extends QmriNodeFactory<BootstrapValidationNodeModel> {

    /** Creates the factory (called by KNIME). */
    public BootstrapValidationNodeFactory() {
        super(BootstrapValidationSettings::new);
    }

    @Override
    public BootstrapValidationNodeModel createNodeModel() {
        return new BootstrapValidationNodeModel();
    }
}
