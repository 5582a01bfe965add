package org.qmrinodes.knime.clinical.her2;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the HER2 Status node; its description is {@code Her2StatusNodeFactory.xml}. */
public final class Her2StatusNodeFactory extends QmriNodeFactory<Her2StatusNodeModel> {

    /** Creates the factory (called by KNIME). */
    public Her2StatusNodeFactory() {
        super(Her2StatusSettings::new);
    }

    @Override
    public Her2StatusNodeModel createNodeModel() {
        return new Her2StatusNodeModel();
    }
}
