package org.qmrinodes.knime.agreement.kappa;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Kappa (Categorical Agreement) node; its description is {@code KappaNodeFactory.xml}. */
public final class KappaNodeFactory extends QmriNodeFactory<KappaNodeModel> {

    /** Creates the factory (called by KNIME). */
    public KappaNodeFactory() {
        super(KappaSettings::new);
    }

    @Override
    public KappaNodeModel createNodeModel() {
        return new KappaNodeModel();
    }
}
