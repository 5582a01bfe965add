package org.qmrinodes.knime.evaluation.roc;

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
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.plot.RocPlot;
import org.qmrinodes.core.stats.roc.RocAnalysis;
import org.qmrinodes.core.stats.roc.RocResult;
import org.qmrinodes.core.stats.roc.RocTables;
import org.qmrinodes.knime.tables.OutcomeAndScores;
import org.qmrinodes.knime.ports.PngImages;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;

/** ROC Analysis: AUC with DeLong CI and the Youden cut-off per score, curve coordinates and a plot. */
final class RocAnalysisNodeModel extends QmriNodeModel<RocAnalysisSettings> {

    RocAnalysisNodeModel() {
        super(new RocAnalysisSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE, ImagePortObject.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.outcomeColumn(spec);
        settings.scoreColumns(spec);
        return new PortObjectSpec[] {ResultTables.spec(RocTables.summary(List.of()), "ROC summary"),
            ResultTables.spec(RocTables.curves(List.of()), "ROC curves"), PngImages.spec()};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec spec = table.getDataTableSpec();
        final List<String> scores = settings.scoreColumns(spec);
        final OutcomeAndScores data =
            OutcomeAndScores.read(table, settings.outcomeColumn(spec), scores, exec.createSubProgress(0.2));
        final List<String> warnings = new ArrayList<>();
        final BinaryOutcome outcome = settings.outcome(data, warnings);
        final List<RocResult> results = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            exec.checkCanceled();
            exec.setProgress(0.2 + 0.7 * i / scores.size(), "Analysing '" + scores.get(i) + "'");
            final RocResult r = RocAnalysis.analyze(outcome, scores.get(i), data.scores().get(i),
                settings.directionRule(), settings.confidenceLevel());
            warnings.addAll(r.warnings());
            results.add(r);
        }
        exec.setProgress(0.9, "Drawing the ROC plot");
        final byte[] png = RocPlot.png(results, settings.plotTitle(), settings.plotSize());
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", new LinkedHashSet<>(warnings)));
        }
        return new PortObject[] {ResultTables.toTable(RocTables.summary(results), "ROC summary", exec),
            ResultTables.toTable(RocTables.curves(results), "ROC curves", exec), PngImages.port(png)};
    }
}
