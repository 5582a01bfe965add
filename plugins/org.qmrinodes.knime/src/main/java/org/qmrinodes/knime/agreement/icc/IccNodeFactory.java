package org.qmrinodes.knime.agreement.icc;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the ICC (Reader Agreement) node; its description is {@code IccNodeFactory.xml}. */
public final class IccNodeFactory extends QmriNodeFactory<IccNodeModel> {

    /** Creates the factory (called by KNIME). */
    public IccNodeFactory() {
        super(IccSettings::new);
    }

    @Override
    public IccNodeModel createNodeModel() {
        return new IccNodeModel();
    }
}
