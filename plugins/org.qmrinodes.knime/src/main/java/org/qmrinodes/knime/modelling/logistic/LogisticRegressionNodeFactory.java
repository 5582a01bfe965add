package org.qmrinodes.knime.modelling.logistic;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Logistic Regression (Clinical) node; its description is {@code LogisticRegressionNodeFactory.xml}. */
public final class LogisticRegressionNodeFactory extends QmriNodeFactory<LogisticRegressionNodeModel> {

    /** Creates the factory (called by KNIME). */
    public LogisticRegressionNodeFactory() {
        super(LogisticRegressionSettings::new);
    }

    @Override
    public LogisticRegressionNodeModel createNodeModel() {
        return new LogisticRegressionNodeModel();
    }
}
