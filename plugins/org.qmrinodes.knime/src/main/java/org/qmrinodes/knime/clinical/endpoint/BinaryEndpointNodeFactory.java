package org.qmrinodes.knime.clinical.endpoint;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Binary Endpoint node; its description is {@code BinaryEndpointNodeFactory.xml}. */
public final class BinaryEndpointNodeFactory extends QmriNodeFactory<BinaryEndpointNodeModel> {

    /** Creates the factory (called by KNIME). */
    public BinaryEndpointNodeFactory() {
        super(BinaryEndpointSettings::new);
    }

    @Override
    public BinaryEndpointNodeModel createNodeModel() {
        return new BinaryEndpointNodeModel();
    }
}
