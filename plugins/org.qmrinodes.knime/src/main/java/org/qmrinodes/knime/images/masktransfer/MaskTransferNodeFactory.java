package org.qmrinodes.knime.images.masktransfer;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Mask Transfer node; its description is {@code MaskTransferNodeFactory.xml}. */
public final class MaskTransferNodeFactory extends QmriNodeFactory<MaskTransferNodeModel> {

    /** Creates the factory (called by KNIME). */
    public MaskTransferNodeFactory() {
        super(MaskTransferSettings::new);
    }

    @Override
    public MaskTransferNodeModel createNodeModel() {
        return new MaskTransferNodeModel();
    }
}
