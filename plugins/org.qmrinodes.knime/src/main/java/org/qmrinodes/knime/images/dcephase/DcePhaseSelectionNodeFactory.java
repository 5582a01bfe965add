package org.qmrinodes.knime.images.dcephase;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the DCE Phase Selection node; its description is {@code DcePhaseSelectionNodeFactory.xml}. */
public final class DcePhaseSelectionNodeFactory extends QmriNodeFactory<DcePhaseSelectionNodeModel> {

    /** Creates the factory (called by KNIME). */
    public DcePhaseSelectionNodeFactory() {
        super(DcePhaseSelectionSettings::new);
    }

    @Override
    public DcePhaseSelectionNodeModel createNodeModel() {
        return new DcePhaseSelectionNodeModel();
    }
}
