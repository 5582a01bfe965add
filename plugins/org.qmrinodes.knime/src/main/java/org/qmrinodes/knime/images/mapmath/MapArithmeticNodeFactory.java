package org.qmrinodes.knime.images.mapmath;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Map Arithmetic node; its description is {@code MapArithmeticNodeFactory.xml}. */
public final class MapArithmeticNodeFactory extends QmriNodeFactory<MapArithmeticNodeModel> {

    /** Creates the factory (called by KNIME). */
    public MapArithmeticNodeFactory() {
        super(MapArithmeticSettings::new);
    }

    @Override
    public MapArithmeticNodeModel createNodeModel() {
        return new MapArithmeticNodeModel();
    }
}
