package org.qmrinodes.knime.images.registration;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Rigid Registration node; its description is {@code RigidRegistrationNodeFactory.xml}. */
public final class RigidRegistrationNodeFactory extends QmriNodeFactory<RigidRegistrationNodeModel> {

    /** Creates the factory (called by KNIME). */
    public RigidRegistrationNodeFactory() {
        super(RigidRegistrationSettings::new);
    }

    @Override
    public RigidRegistrationNodeModel createNodeModel() {
        return new RigidRegistrationNodeModel();
    }
}
