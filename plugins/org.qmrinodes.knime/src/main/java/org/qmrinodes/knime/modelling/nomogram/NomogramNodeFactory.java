package org.qmrinodes.knime.modelling.nomogram;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Nomogram node; its description is {@code NomogramNodeFactory.xml}. */
public final class NomogramNodeFactory extends QmriNodeFactory<NomogramNodeModel> {

    /** Creates the factory (called by KNIME). */
    public NomogramNodeFactory() {
        super(NomogramSettings::new);
    }

    @Override
    public NomogramNodeModel createNodeModel() {
        return new NomogramNodeModel();
    }
}
