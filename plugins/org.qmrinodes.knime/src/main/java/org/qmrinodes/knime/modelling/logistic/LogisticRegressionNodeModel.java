package org.qmrinodes.knime.modelling.logistic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.model.PredictorColumn;
import org.qmrinodes.core.stats.regression.LogisticFit;
import org.qmrinodes.core.stats.regression.LogisticOptions;
import org.qmrinodes.core.stats.regression.LogisticRegression;
import org.qmrinodes.core.stats.regression.LogisticTables;
import org.qmrinodes.knime.tables.PredictorTable;
import org.qmrinodes.knime.ports.QmriModelPortObject;
import org.qmrinodes.knime.ports.QmriModelPortObjectSpec;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;

/** Logistic Regression (Clinical): fits the model, reports it in the papers' format, outputs a model port. */
final class LogisticRegressionNodeModel extends QmriNodeModel<LogisticRegressionSettings> {

    LogisticRegressionNodeModel() {
        super(new LogisticRegressionSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {QmriModelPortObject.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE,
                BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        final List<String> columns = new ArrayList<>(settings.numericColumns(spec));
        columns.addAll(settings.categoricalColumns(spec));
        final LogisticOptions options = settings.options();
        return new PortObjectSpec[] {
            new QmriModelPortObjectSpec("logistic regression (" + options.method().label() + ")",
                settings.outcomeColumn(spec), columns),
            ResultTables.spec(LogisticTables.coefficients(List.of()), "Coefficients"),
            ResultTables.spec(LogisticTables.fitStatistics(List.of()), "Fit statistics"),
            ResultTables.spec(LogisticTables.collinearity(List.of(), options), "VIF and EPV")};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec spec = table.getDataTableSpec();
        final String outcomeColumn = settings.outcomeColumn(spec);
        final LogisticOptions options = settings.options();
        final PredictorTable data = PredictorTable.read(table, outcomeColumn, settings.numericColumns(spec),
            settings.categoricalColumns(spec), exec.createSubProgress(0.2));
        final List<String> warnings = new ArrayList<>();
        final BinaryOutcome outcome = settings.outcome(outcomeColumn, data.labels(), warnings);
        final List<LogisticFit> fits = new ArrayList<>();
        if (settings.univariable()) {
            final List<PredictorColumn> predictors = data.predictors();
            for (int i = 0; i < predictors.size(); i++) {
                exec.checkCanceled();
                exec.setProgress(0.2 + 0.6 * i / predictors.size(), "Univariable model of '"
                    + predictors.get(i).name() + "'");
                fits.addAll(LogisticRegression.univariable(outcome, List.of(predictors.get(i)),
                    options.withReferenceLevels(referencesFor(options, predictors.get(i).name()))));
            }
        }
        exec.checkCanceled();
        exec.setProgress(0.8, "Multivariable model");
        final LogisticFit multivariable = LogisticRegression.fit(outcome, data.predictors(), options);
        fits.add(multivariable);
        fits.forEach(f -> warnings.addAll(f.warnings()));
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", new LinkedHashSet<>(warnings)));
        }
        return new PortObject[] {new QmriModelPortObject(multivariable.model()),
            ResultTables.toTable(LogisticTables.coefficients(fits), "Coefficients", exec),
            ResultTables.toTable(LogisticTables.fitStatistics(fits), "Fit statistics", exec),
            ResultTables.toTable(LogisticTables.collinearity(fits, options), "VIF and EPV", exec)};
    }

    private static java.util.Map<String, String> referencesFor(final LogisticOptions options, final String column) {
        final String level = options.referenceLevels().get(column);
        return level == null ? java.util.Map.of() : java.util.Map.of(column, level);
    }
}
