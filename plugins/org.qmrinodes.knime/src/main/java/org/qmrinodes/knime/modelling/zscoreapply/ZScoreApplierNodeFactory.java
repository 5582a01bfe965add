package org.qmrinodes.knime.modelling.zscoreapply;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Z-score Normaliser (Applier) node; its description is {@code ZScoreApplierNodeFactory.xml}. */
public final class ZScoreApplierNodeFactory extends QmriNodeFactory<ZScoreApplierNodeModel> {

    /** Creates the factory (called by KNIME). */
    public ZScoreApplierNodeFactory() {
        super(ZScoreApplierSettings::new);
    }

    @Override
    public ZScoreApplierNodeModel createNodeModel() {
        return new ZScoreApplierNodeModel();
    }
}
