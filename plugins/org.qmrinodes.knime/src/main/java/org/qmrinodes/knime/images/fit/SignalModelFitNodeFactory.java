package org.qmrinodes.knime.images.fit;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the MR Signal Model Fit node; its description is {@code SignalModelFitNodeFactory.xml}. */
public final class SignalModelFitNodeFactory extends QmriNodeFactory<SignalModelFitNodeModel> {

    /** Creates the factory (called by KNIME). */
    public SignalModelFitNodeFactory() {
        super(SignalModelFitSettings::new);
    }

    @Override
    public SignalModelFitNodeModel createNodeModel() {
        return new SignalModelFitNodeModel();
    }
}
