package org.qmrinodes.knime.evaluation.calibration;

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
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.CompleteCases;
import org.qmrinodes.core.plot.CalibrationPlot;
import org.qmrinodes.core.stats.evaluation.CalibrationCurves;
import org.qmrinodes.knime.tables.OutcomeAndScores;
import org.qmrinodes.knime.ports.PngImages;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;

/**
 * Calibration: per probability column the calibration of rms::val.prob (Brier, scaled Brier,
 * recalibration intercept and slope, Emax/Eavg/E90/ICI of the lowess curve) and the Hosmer–Lemeshow
 * test, the smoothed and binned calibration curves and their plot, all from {@link CalibrationCurves}.
 * Cases missing the outcome or any probability are left out (and counted), so that every model is
 * judged on the same cases; a Hosmer–Lemeshow test that cannot be formed leaves its cells missing
 * with a warning naming the model.
 */
final class CalibrationNodeModel extends QmriNodeModel<CalibrationSettings> {

    /** Level of the binned points' exact intervals. */
    static final double CONFIDENCE = 0.95;

    CalibrationNodeModel() {
        super(new CalibrationSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE, ImagePortObject.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.outcomeColumn(spec);
        settings.probabilityColumns(spec);
        settings.figure().svgFile();
        return new PortObjectSpec[] {ResultTables.spec(CalibrationCurves.summaryColumns().build(), "Calibration"),
            ResultTables.spec(CalibrationCurves.curveColumns().build(), "Calibration curves"), PngImages.spec()};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec spec = table.getDataTableSpec();
        final List<String> names = settings.probabilityColumns(spec);
        final OutcomeAndScores data =
            OutcomeAndScores.read(table, settings.outcomeColumn(spec), names, exec.createSubProgress(0.5));
        final List<String> warnings = new ArrayList<>();
        final BinaryOutcome outcome = settings.outcome(data.outcomeColumn(), data.labels(), warnings);
        final CompleteCases cases = data.complete(outcome, "probability", warnings);
        final List<CalibrationCurves.Model> models = new ArrayList<>();
        for (int m = 0; m < names.size(); m++) {
            exec.setProgress(0.5 + 0.4 * m / names.size(), "Calibration of " + names.get(m));
            exec.checkCanceled();
            final CalibrationCurves.Model model = CalibrationCurves.of(names.get(m), cases.scores().get(m),
                cases.event(), settings.groups(), CONFIDENCE);
            if (model.problem() != null) {
                warnings.add(Character.toUpperCase(model.problem().charAt(0)) + model.problem().substring(1));
            }
            models.add(model);
        }
        exec.setProgress(0.9, "Drawing the calibration plot");
        final ImagePortObject image = settings.figure().draw(new CalibrationPlot(settings.figure().title(), models));
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", warnings));
        }
        return new PortObject[] {ResultTables.toTable(CalibrationCurves.summary(models), "Calibration", exec),
            ResultTables.toTable(CalibrationCurves.curves(models), "Calibration curves", exec), image};
    }
}
