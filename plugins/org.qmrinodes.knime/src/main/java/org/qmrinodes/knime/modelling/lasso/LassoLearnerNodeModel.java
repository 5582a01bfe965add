package org.qmrinodes.knime.modelling.lasso;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.plot.LassoPlots;
import org.qmrinodes.core.stats.lasso.CrossValidatedLasso;
import org.qmrinodes.core.stats.lasso.CrossValidationResult;
import org.qmrinodes.core.stats.lasso.CvProgress;
import org.qmrinodes.core.stats.lasso.FeatureMatrix;
import org.qmrinodes.core.stats.lasso.FoldAssignment;
import org.qmrinodes.core.stats.lasso.LambdaChoice;
import org.qmrinodes.core.stats.lasso.LassoTables;
import org.qmrinodes.knime.ports.PngImages;
import org.qmrinodes.knime.ports.QmriModelPortObject;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;
import org.qmrinodes.knime.tables.TextAndNumericColumns;

/**
 * LASSO Logistic Learner: cross-validated elastic-net logistic path (glmnet-compatible); outputs the
 * model at the chosen lambda, its coefficients, the CV curve and the two classic plots.
 */
final class LassoLearnerNodeModel extends QmriNodeModel<LassoLearnerSettings> {

    /** Size of the image with the two plots side by side. */
    static final int PLOT_WIDTH = 1600;
    static final int PLOT_HEIGHT = 600;

    LassoLearnerNodeModel() {
        super(new LassoLearnerSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {QmriModelPortObject.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE,
                ImagePortObject.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.outcomeColumn(spec);
        settings.featureColumns(spec);
        // the model port's columns (the selected features) are known only after execution
        return new PortObjectSpec[] {null,
            ResultTables.spec(LassoTables.selectedCoefficients(null, settings.lambdaRule()), "Coefficients"),
            ResultTables.spec(LassoTables.cvCurve(null), "Cross-validation"), PngImages.spec()};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec spec = table.getDataTableSpec();
        final String outcomeColumn = settings.outcomeColumn(spec);
        final List<String> features = settings.featureColumns(spec);
        final String foldColumn = settings.foldIdColumn(spec);
        final List<String> numeric = new ArrayList<>(features);
        if (foldColumn != null) {
            numeric.add(foldColumn);
        }
        final TextAndNumericColumns read = TextAndNumericColumns.read(table, List.of(outcomeColumn), numeric,
            exec.createSubProgress(0.1));
        final List<String> warnings = new ArrayList<>();
        final BinaryOutcome outcome = settings.outcome(outcomeColumn, read.texts(outcomeColumn), warnings);
        final double[][] foldIds = foldColumn == null ? new double[0][] : new double[][] {read.numbers().get(features.size())};
        final FeatureMatrix data = FeatureMatrix.completeCases(outcome, features,
            read.numbers().subList(0, features.size()), foldIds);
        if (data.skippedRows() > 0) {
            warnings.add(data.skippedRows() + " of " + table.size() + " rows skipped (missing outcome, feature"
                + (foldColumn == null ? "" : " or fold id") + ").");
        }
        final FoldAssignment folds = settings.folds(foldColumn, foldColumn == null ? null : foldIds[0]);
        final CrossValidationResult cv = crossValidate(data, folds, exec);
        warnings.addAll(cv.warnings());
        final LambdaChoice rule = settings.lambdaRule();
        if (cv.path().nonzero(cv.index(rule)) == 0) {
            warnings.add("No feature has a non-zero coefficient at " + rule.label()
                + "; the model predicts the intercept only.");
        }
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", new LinkedHashSet<>(warnings)));
        }
        exec.setProgress(0.95, "Writing tables and plots");
        return new PortObject[] {new QmriModelPortObject(cv.model(rule, outcome, folds)),
            ResultTables.toTable(LassoTables.selectedCoefficients(cv, rule), "Coefficients", exec),
            ResultTables.toTable(LassoTables.cvCurve(cv), "Cross-validation", exec),
            PngImages.port(LassoPlots.cvCurveAndPaths(cv, PLOT_WIDTH, PLOT_HEIGHT))};
    }

    /** Runs the cross-validation with progress and cancellation after the full path and per fold. */
    private CrossValidationResult crossValidate(final FeatureMatrix data, final FoldAssignment folds,
        final ExecutionContext exec) throws CanceledExecutionException {
        final CvProgress progress = (done, total, message) -> {
            try {
                exec.checkCanceled();
            } catch (final CanceledExecutionException e) {
                throw new CancellationException(e.getMessage());
            }
            exec.setProgress(0.1 + 0.85 * done / total, message);
        };
        try {
            return CrossValidatedLasso.run(data, folds, settings.elasticNet(), settings.measure(), progress);
        } catch (final CancellationException e) {
            throw new CanceledExecutionException("Cross-validation cancelled.");
        }
    }
}
