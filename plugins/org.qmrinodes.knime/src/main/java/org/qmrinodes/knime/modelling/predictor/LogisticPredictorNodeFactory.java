package org.qmrinodes.knime.modelling.predictor;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Logistic Predictor node; its description is {@code LogisticPredictorNodeFactory.xml}. */
public final class LogisticPredictorNodeFactory extends QmriNodeFactory<LogisticPredictorNodeModel> {

    /** Creates the factory (called by KNIME). */
    public LogisticPredictorNodeFactory() {
        super(LogisticPredictorSettings::new);
    }

    @Override
    public LogisticPredictorNodeModel createNodeModel() {
        return new LogisticPredictorNodeModel();
    }
}
