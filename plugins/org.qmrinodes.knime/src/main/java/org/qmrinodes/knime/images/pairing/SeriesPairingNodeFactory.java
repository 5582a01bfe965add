package org.qmrinodes.knime.images.pairing;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Series Pairing node; its description is {@code SeriesPairingNodeFactory.xml}. */
public final class SeriesPairingNodeFactory extends QmriNodeFactory<SeriesPairingNodeModel> {

    /** Creates the factory (called by KNIME). */
    public SeriesPairingNodeFactory() {
        super(SeriesPairingSettings::new);
    }

    @Override
    public SeriesPairingNodeModel createNodeModel() {
        return new SeriesPairingNodeModel();
    }
}
