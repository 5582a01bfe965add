package org.qmrinodes.knime.modelling.zscoreapply;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.ports.ZScorePortObject;
import org.qmrinodes.knime.ports.ZScorePortObjectSpec;
import org.qmrinodes.knime.tables.ZScoreTables;

/** Z-score Normaliser (Applier): the learnt means and SDs of a z-score port applied unchanged to another table. */
final class ZScoreApplierNodeModel extends QmriNodeModel<ZScoreApplierSettings> {

    ZScoreApplierNodeModel() {
        super(new ZScoreApplierSettings(), new PortType[] {ZScorePortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final ZScorePortObjectSpec model = (ZScorePortObjectSpec)inSpecs[0];
        final DataTableSpec table = (DataTableSpec)inSpecs[1];
        if (model == null || table == null) {
            return new PortObjectSpec[] {null};
        }
        ZScoreTables.checkColumns(model.columns(), table);
        return new PortObjectSpec[] {ZScoreTables.normalisedSpec(table, model.columns(), settings.suffix())};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        return new PortObject[] {ZScoreTables.normalise(((ZScorePortObject)inObjects[0]).normaliser(),
            (BufferedDataTable)inObjects[1], settings.suffix(), exec)};
    }
}
