package org.qmrinodes.knime.modelling.split;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Train/Test Split node; its description is {@code TrainTestSplitNodeFactory.xml}. */
public final class TrainTestSplitNodeFactory extends QmriNodeFactory<TrainTestSplitNodeModel> {

    /** Creates the factory (called by KNIME). */
    public TrainTestSplitNodeFactory() {
        super(TrainTestSplitSettings::new);
    }

    @Override
    public TrainTestSplitNodeModel createNodeModel() {
        return new TrainTestSplitNodeModel();
    }
}
