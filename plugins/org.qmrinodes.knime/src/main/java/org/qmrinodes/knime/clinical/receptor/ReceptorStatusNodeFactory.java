package org.qmrinodes.knime.clinical.receptor;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Receptor and Ki-67 Status node; its description is {@code ReceptorStatusNodeFactory.xml}. */
public final class ReceptorStatusNodeFactory extends QmriNodeFactory<ReceptorStatusNodeModel> {

    /** Creates the factory (called by KNIME). */
    public ReceptorStatusNodeFactory() {
        super(ReceptorStatusSettings::new);
    }

    @Override
    public ReceptorStatusNodeModel createNodeModel() {
        return new ReceptorStatusNodeModel();
    }
}
