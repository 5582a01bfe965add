package org.qmrinodes.knime.images.coil;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Coil Combination node; its description is {@code CoilCombinationNodeFactory.xml}. */
public final class CoilCombinationNodeFactory extends QmriNodeFactory<CoilCombinationNodeModel> {

    /** Creates the factory (called by KNIME). */
    public CoilCombinationNodeFactory() {
        super(CoilCombinationSettings::new);
    }

    @Override
    public CoilCombinationNodeModel createNodeModel() {
        return new CoilCombinationNodeModel();
    }
}
