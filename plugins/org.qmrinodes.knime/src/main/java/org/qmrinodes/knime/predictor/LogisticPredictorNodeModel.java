package org.qmrinodes.knime.predictor;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.model.PredictorCoding;
import org.qmrinodes.knime.common.PredictorTable;
import org.qmrinodes.knime.common.QmriModelPortObject;
import org.qmrinodes.knime.common.QmriModelPortObjectSpec;
import org.qmrinodes.knime.common.QmriNodeModel;

/** Logistic Predictor: applies a qMRI model port to a table, appending probability and predicted class. */
final class LogisticPredictorNodeModel extends QmriNodeModel<LogisticPredictorSettings> {

    LogisticPredictorNodeModel() {
        super(new LogisticPredictorSettings(), new PortType[] {QmriModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final QmriModelPortObjectSpec model = (QmriModelPortObjectSpec)inSpecs[0];
        final DataTableSpec table = (DataTableSpec)inSpecs[1];
        for (final String column : model.predictorColumns()) {
            if (table.getColumnSpec(column) == null) {
                throw new InvalidSettingsException("The model needs the column '" + column
                    + "', which is not in the input table.");
            }
        }
        return new PortObjectSpec[] {null};
    }

    private DataTableSpec outputSpec(final DataTableSpec in, final LinearPredictorModel model)
        throws InvalidSettingsException {
        final String probability = settings.probabilityColumn(model.outcomeColumn(), model.positiveClass());
        for (final String name : List.of(probability, settings.classColumn())) {
            if (in.getColumnSpec(name) != null) {
                throw new InvalidSettingsException("The input table already has a column '" + name
                    + "'; choose another output column name.");
            }
        }
        final DataColumnSpec[] specs = new DataColumnSpec[in.getNumColumns() + 2];
        for (int i = 0; i < in.getNumColumns(); i++) {
            specs[i] = in.getColumnSpec(i);
        }
        specs[specs.length - 2] = new DataColumnSpecCreator(probability, DoubleCell.TYPE).createSpec();
        specs[specs.length - 1] = new DataColumnSpecCreator(settings.classColumn(), StringCell.TYPE).createSpec();
        return new DataTableSpec(in.getName(), specs);
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final LinearPredictorModel model = ((QmriModelPortObject)inObjects[0]).model();
        final BufferedDataTable table = (BufferedDataTable)inObjects[1];
        final List<String> numeric = new ArrayList<>();
        final List<String> categorical = new ArrayList<>();
        for (final PredictorCoding p : model.coding().predictors()) {
            if (p.categorical()) {
                categorical.add(p.column());
            } else {
                if (!table.getDataTableSpec().getColumnSpec(p.column()).getType().isCompatible(DoubleValue.class)) {
                    throw new InvalidSettingsException("Column '" + p.column() + "' must be numeric for this model.");
                }
                numeric.add(p.column());
            }
        }
        final PredictorTable data = PredictorTable.read(table, null, numeric, categorical, exec.createSubProgress(0.3));
        final double[] eta = model.linearPredictors(data.predictors());
        final BufferedDataContainer out = exec.createDataContainer(outputSpec(table.getDataTableSpec(), model));
        int row = 0;
        int missing = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                if (row % 4096 == 0) {
                    exec.checkCanceled();
                    exec.setProgress(0.3 + 0.7 * row / Math.max(1.0, table.size()), "Predicting row " + row);
                }
                final DataCell[] cells = new DataCell[r.getNumCells() + 2];
                for (int c = 0; c < r.getNumCells(); c++) {
                    cells[c] = r.getCell(c);
                }
                if (Double.isNaN(eta[row])) {
                    missing++;
                    cells[cells.length - 2] = DataType.getMissingCell();
                    cells[cells.length - 1] = DataType.getMissingCell();
                } else {
                    final double p = LinearPredictorModel.probability(eta[row]);
                    cells[cells.length - 2] = new DoubleCell(p);
                    cells[cells.length - 1] =
                        new StringCell(p >= settings.cutoff() ? model.positiveClass() : model.negativeClass());
                }
                out.addRowToTable(new DefaultRow(r.getKey(), cells));
                row++;
            }
        }
        out.close();
        if (missing > 0) {
            setWarningMessage(missing + " rows with a missing predictor value have no prediction (missing cells).");
        }
        return new PortObject[] {out.getTable()};
    }
}
