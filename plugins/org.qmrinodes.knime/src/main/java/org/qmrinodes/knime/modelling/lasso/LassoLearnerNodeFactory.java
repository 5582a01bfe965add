package org.qmrinodes.knime.modelling.lasso;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the LASSO Logistic Learner node; its description is {@code LassoLearnerNodeFactory.xml}. */
public final class LassoLearnerNodeFactory extends QmriNodeFactory<LassoLearnerNodeModel> {

    /** Creates the factory (called by KNIME). */
    public LassoLearnerNodeFactory() {
        super(LassoLearnerSettings::new);
    }

    @Override
    public LassoLearnerNodeModel createNodeModel() {
        return new LassoLearnerNodeModel();
    }
}
