package org.qmrinodes.knime.modelling.zscore;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Z-score Normaliser (Learner) node; its description is {@code ZScoreLearnerNodeFactory.xml}. */
public final class ZScoreLearnerNodeFactory extends QmriNodeFactory<ZScoreLearnerNodeModel> {

    /** Creates the factory (called by KNIME). */
    public ZScoreLearnerNodeFactory() {
        super(ZScoreLearnerSettings::new);
    }

    @Override
    public ZScoreLearnerNodeModel createNodeModel() {
        return new ZScoreLearnerNodeModel();
    }
}
