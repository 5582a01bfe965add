package org.qmrinodes.knime.images.voimask;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the VOI Mask Reader node; its description is {@code VoiMaskReaderNodeFactory.xml}. */
public final class VoiMaskReaderNodeFactory extends QmriNodeFactory<VoiMaskReaderNodeModel> {

    /** Creates the factory (called by KNIME). */
    public VoiMaskReaderNodeFactory() {
        super(VoiMaskReaderSettings::new);
    }

    @Override
    public VoiMaskReaderNodeModel createNodeModel() {
        return new VoiMaskReaderNodeModel();
    }
}
