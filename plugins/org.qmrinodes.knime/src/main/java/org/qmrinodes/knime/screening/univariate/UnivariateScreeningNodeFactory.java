package org.qmrinodes.knime.screening.univariate;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Univariate Screening node; its description is {@code UnivariateScreeningNodeFactory.xml}. */
public final class UnivariateScreeningNodeFactory extends QmriNodeFactory<UnivariateScreeningNodeModel> {

    /** Creates the factory (called by KNIME). */
    public UnivariateScreeningNodeFactory() {
        super(UnivariateScreeningSettings::new);
    }

    @Override
    public UnivariateScreeningNodeModel createNodeModel() {
        return new UnivariateScreeningNodeModel();
    }
}
