package org.qmrinodes.knime.modelling.radscore;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.knime.ports.ModelApplication;
import org.qmrinodes.knime.ports.QmriModelPortObject;
import org.qmrinodes.knime.ports.QmriModelPortObjectSpec;
import org.qmrinodes.knime.node.QmriNodeModel;

/**
 * Rad-score Predictor: appends the linear predictor of a model port (with or without its intercept)
 * and optionally the probability of the positive class.
 */
final class RadScorePredictorNodeModel extends QmriNodeModel<RadScorePredictorSettings> {

    RadScorePredictorNodeModel() {
        super(new RadScorePredictorSettings(), new PortType[] {QmriModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ModelApplication.checkColumns((QmriModelPortObjectSpec)inSpecs[0], (DataTableSpec)inSpecs[1]);
        settings.scoreColumn();
        return new PortObjectSpec[] {null};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final LinearPredictorModel model = ((QmriModelPortObject)inObjects[0]).model();
        final BufferedDataTable table = (BufferedDataTable)inObjects[1];
        final List<DataColumnSpec> added = new ArrayList<>();
        added.add(new DataColumnSpecCreator(settings.scoreColumn(), DoubleCell.TYPE).createSpec());
        if (settings.appendProbability()) {
            added.add(new DataColumnSpecCreator(ModelApplication.probabilityColumn(model,
                settings.probabilityColumn()), DoubleCell.TYPE).createSpec());
        }
        final DataTableSpec spec =
            ModelApplication.appendedSpec(table.getDataTableSpec(), added.toArray(DataColumnSpec[]::new));
        final double[] eta = ModelApplication.linearPredictors(model, table, exec.createSubProgress(0.5));
        final double offset = settings.withIntercept() ? 0 : model.intercept();
        final BufferedDataTable out = ModelApplication.append(table, spec, row -> {
            final DataCell[] cells = new DataCell[added.size()];
            if (Double.isNaN(eta[row])) {
                java.util.Arrays.fill(cells, DataType.getMissingCell());
                return cells;
            }
            cells[0] = new DoubleCell(eta[row] - offset);
            if (cells.length > 1) {
                cells[1] = new DoubleCell(LinearPredictorModel.probability(eta[row]));
            }
            return cells;
        }, exec);
        final long missing = ModelApplication.missing(eta);
        if (missing > 0) {
            setWarningMessage(missing + " of " + table.size() + " rows have a missing value in a model feature;"
                + " their rad-score is missing.");
        }
        return new PortObject[] {out};
    }
}
