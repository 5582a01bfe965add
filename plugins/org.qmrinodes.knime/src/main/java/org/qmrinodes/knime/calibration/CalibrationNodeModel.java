package org.qmrinodes.knime.calibration;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.CompleteCases;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.stats.evaluation.Calibration;
import org.qmrinodes.core.stats.evaluation.HosmerLemeshow;
import org.qmrinodes.knime.common.OutcomeAndScores;
import org.qmrinodes.knime.common.QmriNodeModel;
import org.qmrinodes.knime.common.ResultTables;

/**
 * Calibration: per probability column the calibration of rms::val.prob (Brier, scaled Brier,
 * recalibration intercept and slope, Emax/Eavg/E90/ICI of the lowess curve) and the Hosmer–Lemeshow
 * test, and the smoothed and binned calibration curves. Cases missing the outcome or any probability
 * are left out (and counted), so that every model is judged on the same cases; a Hosmer–Lemeshow test
 * that cannot be formed leaves its cells missing with a warning naming the model.
 */
final class CalibrationNodeModel extends QmriNodeModel<CalibrationSettings> {

    CalibrationNodeModel() {
        super(new CalibrationSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.outcomeColumn(spec);
        settings.probabilityColumns(spec);
        return new PortObjectSpec[] {ResultTables.spec(summary().build(), "Calibration"),
            ResultTables.spec(curves().build(), "Calibration curves")};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec spec = table.getDataTableSpec();
        final List<String> models = settings.probabilityColumns(spec);
        final OutcomeAndScores data =
            OutcomeAndScores.read(table, settings.outcomeColumn(spec), models, exec.createSubProgress(0.5));
        final List<String> warnings = new ArrayList<>();
        final BinaryOutcome outcome = settings.outcome(data.outcomeColumn(), data.labels(), warnings);
        final CompleteCases cases = data.complete(outcome, "probability", warnings);
        final ResultTable.Builder summary = summary();
        final ResultTable.Builder curves = curves();
        for (int m = 0; m < models.size(); m++) {
            exec.setProgress(0.5 + 0.5 * m / models.size(), "Calibration of " + models.get(m));
            exec.checkCanceled();
            final String model = models.get(m);
            final double[] p = cases.scores().get(m);
            final Calibration c;
            try {
                c = Calibration.of(p, cases.event());
            } catch (final InvalidDataException e) {
                throw new InvalidDataException("Probability column '" + model + "': " + e.getMessage());
            }
            HosmerLemeshow.Result hl = null;
            try {
                hl = HosmerLemeshow.test(p, cases.event(), settings.groups(), HosmerLemeshow.DfRule.REQUESTED);
            } catch (final InvalidDataException e) {
                warnings.add("No Hosmer-Lemeshow test for '" + model + "': " + e.getMessage());
            }
            summary.row(model, p.length, c.events(), c.brier(), c.brierScaled(), c.intercept(), c.slope(), c.eMax(),
                c.eAvg(), c.e90(), c.ici(), hl == null ? null : hl.chiSquare(), hl == null ? null : hl.df(),
                hl == null ? null : hl.pValue());
            final double[] x = c.curve().x();
            final double[] fitted = c.curve().fitted();
            for (int i = 0; i < x.length; i++) {
                if (i == 0 || x[i] != x[i - 1]) {
                    curves.row(model, "smoothed", x[i], fitted[i], null);
                }
            }
            if (hl != null) {
                for (final HosmerLemeshow.Group g : hl.groups()) {
                    curves.row(model, "binned", g.expectedEvents() / g.n(), (double)g.observedEvents() / g.n(), g.n());
                }
            }
        }
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", warnings));
        }
        return new PortObject[] {ResultTables.toTable(summary.build(), "Calibration", exec),
            ResultTables.toTable(curves.build(), "Calibration curves", exec)};
    }

    /** @return the per-model table's columns, as {@code qmri calibration} writes them */
    static ResultTable.Builder summary() {
        return ResultTable.builder(ResultTable.text("model"), ResultTable.integer("n"), ResultTable.integer("events"),
            ResultTable.real("brier"), ResultTable.real("brier_scaled"), ResultTable.real("intercept"),
            ResultTable.real("slope"), ResultTable.real("e_max"), ResultTable.real("e_avg"), ResultTable.real("e_90"),
            ResultTable.real("ici"), ResultTable.real("hl_chi2"), ResultTable.integer("hl_df"), ResultTable.real("hl_p"));
    }

    /** @return the curve table's columns, as {@code qmri calibration --curve-out} writes them */
    static ResultTable.Builder curves() {
        return ResultTable.builder(ResultTable.text("model"), ResultTable.text("kind"), ResultTable.real("predicted"),
            ResultTable.real("observed"), ResultTable.integer("n"));
    }
}
