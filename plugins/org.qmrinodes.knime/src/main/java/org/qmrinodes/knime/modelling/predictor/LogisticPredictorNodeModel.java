package org.qmrinodes.knime.modelling.predictor;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
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

/** Logistic Predictor: applies a qMRI model port to a table, appending probability and predicted class. */
final class LogisticPredictorNodeModel extends QmriNodeModel<LogisticPredictorSettings> {

    LogisticPredictorNodeModel() {
        super(new LogisticPredictorSettings(), new PortType[] {QmriModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ModelApplication.checkColumns((QmriModelPortObjectSpec)inSpecs[0], (DataTableSpec)inSpecs[1]);
        return new PortObjectSpec[] {null};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final LinearPredictorModel model = ((QmriModelPortObject)inObjects[0]).model();
        final BufferedDataTable table = (BufferedDataTable)inObjects[1];
        final DataTableSpec spec = ModelApplication.appendedSpec(table.getDataTableSpec(),
            new DataColumnSpecCreator(ModelApplication.probabilityColumn(model, settings.probabilityColumn()),
                DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(settings.classColumn(), StringCell.TYPE).createSpec());
        final double[] eta = ModelApplication.linearPredictors(model, table, exec.createSubProgress(0.5));
        final BufferedDataTable out = ModelApplication.append(table, spec, row -> {
            if (Double.isNaN(eta[row])) {
                return new DataCell[] {DataType.getMissingCell(), DataType.getMissingCell()};
            }
            final double p = LinearPredictorModel.probability(eta[row]);
            return new DataCell[] {new DoubleCell(p),
                new StringCell(p >= settings.cutoff() ? model.positiveClass() : model.negativeClass())};
        }, exec);
        final long missing = ModelApplication.missing(eta);
        if (missing > 0) {
            setWarningMessage(missing + " rows with a missing predictor value have no prediction (missing cells).");
        }
        return new PortObject[] {out};
    }
}
