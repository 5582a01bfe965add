package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.CompleteCases;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.plot.CalibrationPlot;
import org.qmrinodes.core.stats.evaluation.CalibrationCurves;

/** {@code qmri calibration}: calibration of probability columns, as R rms::val.prob, with the Hosmer–Lemeshow test. */
final class CalibrationCommand implements Command {

    private static final double CONFIDENCE = 0.95;
    private static final int PLOT_WIDTH = 1200;

    @Override
    public String name() {
        return "calibration";
    }

    @Override
    public String synopsis() {
        return "Calibration of probability columns (rms::val.prob) with the Hosmer-Lemeshow test.";
    }

    @Override
    public String summary() {
        return """
            Calibration of one or more predicted-probability columns against a binary outcome, one row per
            column: n, events, brier, brier_scaled, the recalibration intercept and slope of rms::val.prob
            (logistic fit on logit(p)), e_max, e_avg, e_90 and ici from the lowess calibration curve, and the
            Hosmer-Lemeshow chi2, df (= groups - 2) and p over --groups groups cut at the type-7 quantiles of p
            (ResourceSelection::hoslem.test). When the Hosmer-Lemeshow groups cannot be formed (e.g. ties leave
            an empty group) the hl_ fields are left empty and a warning names the model. Rows with a missing
            outcome or a missing probability in any of the columns are skipped and counted. --curve-out
            writes the smoothed (lowess) curve and the binned curve of the groups (observed proportion with its
            exact 95% interval, as R binom.test, in lower and upper). --plot and --svg draw the curves, the
            binned points with their intervals and the distribution of the predictions.""";
    }

    @Override
    public Options options() {
        return ScoreInputs.probabilityOptions()
            .optional("groups", "G", "Hosmer-Lemeshow groups of predicted risk", "10")
            .optional("out", "FILE", "output table (default: standard output)", null)
            .optional("curve-out", "FILE", "also write the calibration curves (model,kind,predicted,observed,n,lower,upper)",
                null)
            .optional("plot", "FILE.png", "also draw the calibration curves into one PNG", null)
            .optional("svg", "FILE.svg", "also draw them into one SVG (the same figure as --plot)", null)
            .inputs("in").outputs("out", "curve-out", "plot", "svg");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final int groups = o.integer("groups", 3, 10);
        final List<String> models = o.list("prob");
        if (models.isEmpty()) {
            throw CliException.usage("--prob needs at least one column name");
        }
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final ScoreInputs in = ScoreInputs.read(table, o.get("truth"), o.get("positive"), models, "a calibration");
        final CompleteCases cases = in.complete("probability", err);
        final List<CalibrationCurves.Model> calibrations = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            final CalibrationCurves.Model c;
            try {
                c = CalibrationCurves.of(models.get(m), cases.scores().get(m), cases.event(), groups, CONFIDENCE);
            } catch (final InvalidDataException e) {
                throw table.error(e);
            }
            if (c.problem() != null) {
                err.println("warning: " + c.problem());
            }
            calibrations.add(c);
        }
        CsvTableWriter.write(CalibrationCurves.summary(calibrations), o.output("out"), out);
        if (o.get("curve-out") != null) {
            CsvTableWriter.write(CalibrationCurves.curves(calibrations), o.output("curve-out"), out);
        }
        FigureFiles.write(o, "plot", "svg", new CalibrationPlot("", calibrations), PLOT_WIDTH);
    }
}
