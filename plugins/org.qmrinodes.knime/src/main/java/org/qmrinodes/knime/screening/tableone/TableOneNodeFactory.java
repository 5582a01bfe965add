package org.qmrinodes.knime.screening.tableone;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Table 1 node; its description is {@code TableOneNodeFactory.xml}. */
public final class TableOneNodeFactory extends QmriNodeFactory<TableOneNodeModel> {

    /** Creates the factory (called by KNIME). */
    public TableOneNodeFactory() {
        super(TableOneSettings::new);
    }

    @Override
    public TableOneNodeModel createNodeModel() {
        return new TableOneNodeModel();
    }
}
