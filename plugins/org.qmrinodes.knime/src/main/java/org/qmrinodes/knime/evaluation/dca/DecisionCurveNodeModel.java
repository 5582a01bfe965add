package org.qmrinodes.knime.evaluation.dca;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.core.plot.DecisionCurvePlot;
import org.qmrinodes.knime.ports.PngImages;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.CompleteCases;
import org.qmrinodes.core.stats.evaluation.DecisionCurve;
import org.qmrinodes.knime.tables.OutcomeAndScores;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;

/**
 * Decision Curve: net benefit of each probability column, of treating all and of treating none per
 * threshold probability, and the ranges where each strategy is best. Cases missing the outcome or any
 * probability are left out (and counted), so that every model is judged on the same cases.
 */
final class DecisionCurveNodeModel extends QmriNodeModel<DecisionCurveSettings> {

    DecisionCurveNodeModel() {
        super(new DecisionCurveSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE, ImagePortObject.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.outcomeColumn(spec);
        settings.probabilityColumns(spec);
        settings.thresholds();
        settings.figure().svgFile();
        return new PortObjectSpec[] {ResultTables.spec(DecisionCurve.curveTable(List.of()), "Decision curves"),
            ResultTables.spec(DecisionCurve.rangeTable(List.of()), "Best strategy by threshold"), PngImages.spec()};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec spec = table.getDataTableSpec();
        final List<String> models = settings.probabilityColumns(spec);
        final double[] thresholds = settings.thresholds();
        final OutcomeAndScores data =
            OutcomeAndScores.read(table, settings.outcomeColumn(spec), models, exec.createSubProgress(0.5));
        final List<String> warnings = new ArrayList<>();
        final BinaryOutcome outcome = settings.outcome(data.outcomeColumn(), data.labels(), warnings);
        final CompleteCases cases = data.complete(outcome, "probability", warnings);
        exec.setProgress(0.5, "Computing net benefit");
        exec.checkCanceled();
        final DecisionCurve.Analysis analysis = DecisionCurve.analyse(models, cases.scores(), cases.event(), thresholds);
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", warnings));
        }
        final ImagePortObject image = settings.figure().draw(DecisionCurvePlot.chart(analysis.curves()).figure(0.75));
        return new PortObject[] {ResultTables.toTable(DecisionCurve.curveTable(analysis.curves()), "Decision curves", exec),
            ResultTables.toTable(DecisionCurve.rangeTable(analysis.bestRanges()), "Best strategy by threshold", exec), image};
    }
}
