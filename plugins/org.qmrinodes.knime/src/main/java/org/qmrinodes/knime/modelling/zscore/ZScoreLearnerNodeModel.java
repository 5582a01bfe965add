package org.qmrinodes.knime.modelling.zscore;

import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.stats.evaluation.ZScoreNormaliser;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;
import org.qmrinodes.knime.tables.TextAndNumericColumns;
import org.qmrinodes.knime.ports.ZScorePortObject;
import org.qmrinodes.knime.ports.ZScorePortObjectSpec;
import org.qmrinodes.knime.tables.ZScoreTables;

/**
 * Z-score Normaliser (Learner): the mean and sample SD of each chosen column of the training table
 * (core {@link ZScoreNormaliser#learn}), the training table normalised with them, the parameters as
 * a model port for the applier, and as a table.
 */
final class ZScoreLearnerNodeModel extends QmriNodeModel<ZScoreLearnerSettings> {

    ZScoreLearnerNodeModel() {
        super(new ZScoreLearnerSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, ZScorePortObject.TYPE, BufferedDataTable.TYPE});
    }

    private static DataTableSpec parametersSpec() {
        return ResultTables.spec(ZScoreTables.parameters(null), "Z-score parameters");
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec in = (DataTableSpec)inSpecs[0];
        final List<String> columns = settings.columns(in);
        ZScoreTables.checkColumns(columns, in);
        return new PortObjectSpec[] {ZScoreTables.normalisedSpec(in, columns, settings.suffix()),
            new ZScorePortObjectSpec(columns), parametersSpec()};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final List<String> columns = settings.columns(table.getDataTableSpec());
        ZScoreTables.checkColumns(columns, table.getDataTableSpec());
        final TextAndNumericColumns values = TextAndNumericColumns.read(table, List.of(), columns,
            exec.createSubProgress(0.3));
        final ZScoreNormaliser z = ZScoreNormaliser.learn(columns, values.numbers());
        final BufferedDataTable normalised = ZScoreTables.normalise(z, table, settings.suffix(),
            exec.createSubExecutionContext(0.7));
        return new PortObject[] {normalised, new ZScorePortObject(z),
            ResultTables.toTable(ZScoreTables.parameters(z), "Z-score parameters", exec)};
    }
}
