package org.qmrinodes.knime.modelling.nomogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

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
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.model.DesignCoding;
import org.qmrinodes.core.model.PredictorCoding;
import org.qmrinodes.core.model.PredictorColumn;
import org.qmrinodes.core.plot.NomogramPlot;
import org.qmrinodes.core.stats.evaluation.Nomogram;
import org.qmrinodes.core.stats.regression.LogisticFit;
import org.qmrinodes.core.stats.regression.LogisticOptions;
import org.qmrinodes.core.stats.regression.LogisticRegression;
import org.qmrinodes.knime.ports.LogisticModelData;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.ports.PngImages;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;

/**
 * Nomogram: fits the main-effects logistic model by maximum likelihood on the complete rows and draws
 * its nomogram as R {@code rms::nomogram(lrm(...), fun = plogis)} with {@code datadist} defaults
 * ({@link Nomogram}); outputs every axis tick's points, every input row's total points and predicted
 * probability, and the figure.
 */
final class NomogramNodeModel extends QmriNodeModel<NomogramSettings> {

    /** Appended column: the row's total points. */
    static final String TOTAL_POINTS = "total_points";
    /** Appended column: the probability at the row's total points. */
    static final String PROBABILITY = "predicted_probability";

    NomogramNodeModel() {
        super(new NomogramSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE, ImagePortObject.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.outcomeColumn(spec);
        settings.numericColumns(spec);
        settings.referenceLevels();
        settings.figure().svgFile();
        return new PortObjectSpec[] {pointsSpec(), scoresSpec(spec), PngImages.spec()};
    }

    private DataTableSpec pointsSpec() {
        return ResultTables.spec(new Nomogram.Result(List.of(), 1, 0).pointsTable(settings.linearPredictor()),
            "Nomogram points");
    }

    private static DataTableSpec scoresSpec(final DataTableSpec in) throws InvalidSettingsException {
        final List<DataColumnSpec> appended = List.of(new DataColumnSpecCreator(TOTAL_POINTS, DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(PROBABILITY, DoubleCell.TYPE).createSpec());
        return AppendedColumns.spec(in, "Nomogram scores", appended);
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec spec = table.getDataTableSpec();
        final List<String> warnings = new ArrayList<>();
        final LogisticModelData data = LogisticModelData.read(settings, table, exec.createSubProgress(0.2), warnings);
        final BinaryOutcome outcome = data.outcome();
        final List<PredictorColumn> predictors = data.predictors();
        final boolean[] use = data.use();
        final DesignCoding coding = data.coding();
        final DesignCoding.Rows design = data.design();
        exec.checkCanceled();
        exec.setProgress(0.3, "Fitting the logistic model");
        final LogisticFit fit = LogisticRegression.fit(outcome, predictors, options(coding));
        warnings.addAll(fit.warnings());
        final Nomogram.Result nomogram = Nomogram.of(fit, coding, design.x());
        final double[] lp = fit.model().linearPredictors(predictors, use.length);
        final int[] index = {0};
        final BufferedDataTable scores = AppendedColumns.appendToRows(table, scoresSpec(spec),
            exec.createSubExecutionContext(0.6), "Scoring", (r, cells, first) -> {
                final double points = nomogram.totalPoints(lp[index[0]++]);
                cells[first] = Double.isNaN(points) ? DataType.getMissingCell() : new DoubleCell(points);
                cells[first + 1] = Double.isNaN(points) ? DataType.getMissingCell()
                    : new DoubleCell(nomogram.probability(points));
            });
        final ImagePortObject image = settings.figure().draw(
            new NomogramPlot(settings.figure().title(), nomogram, "Probability of " + outcome.positiveLabel()));
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", new LinkedHashSet<>(warnings)));
        }
        return new PortObject[] {
            ResultTables.toTable(nomogram.pointsTable(settings.linearPredictor()), "Nomogram points", exec), scores,
            image};
    }

    /** @return maximum likelihood with Wald intervals and the coding's reference levels, so that the fit's terms are the coding's */
    private static LogisticOptions options(final DesignCoding coding) {
        final Map<String, String> references = new LinkedHashMap<>();
        coding.predictors().stream().filter(PredictorCoding::categorical)
            .forEach(p -> references.put(p.column(), p.reference()));
        return LogisticOptions.defaults().withProfileIntervals(false).withReferenceLevels(references);
    }
}
