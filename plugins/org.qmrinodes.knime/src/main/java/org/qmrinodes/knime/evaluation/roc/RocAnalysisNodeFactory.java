package org.qmrinodes.knime.evaluation.roc;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the ROC Analysis node; its description is {@code RocAnalysisNodeFactory.xml}. */
public final class RocAnalysisNodeFactory extends QmriNodeFactory<RocAnalysisNodeModel> {

    /** Creates the factory (called by KNIME). */
    public RocAnalysisNodeFactory() {
        super(RocAnalysisSettings::new);
    }

    @Override
    public RocAnalysisNodeModel createNodeModel() {
        return new RocAnalysisNodeModel();
    }
}
