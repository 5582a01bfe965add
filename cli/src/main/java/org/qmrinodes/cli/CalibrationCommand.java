package org.qmrinodes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.CompleteCases;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.plot.LineChart;
import org.qmrinodes.core.stats.evaluation.Calibration;
import org.qmrinodes.core.stats.evaluation.HosmerLemeshow;
import org.qmrinodes.core.stats.evaluation.Lowess;

/** {@code qmri calibration}: calibration of probability columns, as R rms::val.prob, with the Hosmer–Lemeshow test. */
final class CalibrationCommand implements Command {

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
            writes the smoothed (lowess) curve and the binned curve of the groups.""";
    }

    @Override
    public Options options() {
        return ScoreInputs.probabilityOptions()
            .optional("groups", "G", "Hosmer-Lemeshow groups of predicted risk", "10")
            .optional("out", "FILE", "output table (default: standard output)", null)
            .optional("curve-out", "FILE", "also write the calibration curves (model,kind,predicted,observed,n)", null)
            .optional("plot", "FILE.png", "also draw the calibration curves into one PNG", null)
            .inputs("in").outputs("out", "curve-out", "plot");
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
        final ResultTable.Builder summary = ResultTable.builder(ResultTable.text("model"), ResultTable.integer("n"),
            ResultTable.integer("events"), ResultTable.real("brier"), ResultTable.real("brier_scaled"),
            ResultTable.real("intercept"), ResultTable.real("slope"), ResultTable.real("e_max"),
            ResultTable.real("e_avg"), ResultTable.real("e_90"), ResultTable.real("ici"), ResultTable.real("hl_chi2"),
            ResultTable.integer("hl_df"), ResultTable.real("hl_p"));
        final ResultTable.Builder curves = ResultTable.builder(ResultTable.text("model"), ResultTable.text("kind"),
            ResultTable.real("predicted"), ResultTable.real("observed"), ResultTable.integer("n"));
        final LineChart chart = new LineChart("", "Predicted probability", "Observed proportion");
        chart.add(new LineChart.Series("Ideal", new double[] {0, 1}, new double[] {0, 1}, null));
        for (int m = 0; m < models.size(); m++) {
            final String model = models.get(m);
            final double[] p = cases.scores().get(m);
            final Calibration c;
            try {
                c = Calibration.of(p, cases.event());
            } catch (final InvalidDataException e) {
                throw table.error(new InvalidDataException("column '" + model + "': " + e.getMessage()));
            }
            HosmerLemeshow.Result hl = null;
            try {
                hl = HosmerLemeshow.test(p, cases.event(), groups, HosmerLemeshow.DfRule.REQUESTED);
            } catch (final InvalidDataException e) {
                err.println("warning: no Hosmer-Lemeshow test for '" + model + "': " + e.getMessage());
            }
            summary.row(model, p.length, c.events(), c.brier(), c.brierScaled(), c.intercept(), c.slope(), c.eMax(),
                c.eAvg(), c.e90(), c.ici(), hl == null ? null : hl.chiSquare(), hl == null ? null : hl.df(),
                hl == null ? null : hl.pValue());
            final Lowess.Curve smooth = distinct(c.curve());
            for (int i = 0; i < smooth.x().length; i++) {
                curves.row(model, "smoothed", smooth.x()[i], smooth.fitted()[i], null);
            }
            if (hl != null) {
                for (final HosmerLemeshow.Group g : hl.groups()) {
                    curves.row(model, "binned", g.expectedEvents() / g.n(), (double) g.observedEvents() / g.n(), g.n());
                }
            }
            chart.add(new LineChart.Series(model, smooth.x(), smooth.fitted(), null));
        }
        CsvTableWriter.write(summary.build(), o.output("out"), out);
        if (o.get("curve-out") != null) {
            CsvTableWriter.write(curves.build(), o.output("curve-out"), out);
        }
        if (o.get("plot") != null) {
            final Path png = o.output("plot");
            try {
                Files.write(png, chart.toPng(1200, 900));
            } catch (final IOException e) {
                throw CliException.data("cannot write " + png + ": " + e.getMessage());
            }
        }
    }

    /** The curve with one point per distinct predicted value (tied predictions share their smoothed value). */
    private static Lowess.Curve distinct(final Lowess.Curve curve) {
        final List<double[]> points = new ArrayList<>();
        for (int i = 0; i < curve.x().length; i++) {
            if (i == 0 || curve.x()[i] != curve.x()[i - 1]) {
                points.add(new double[] {curve.x()[i], curve.fitted()[i]});
            }
        }
        return new Lowess.Curve(points.stream().mapToDouble(q -> q[0]).toArray(),
            points.stream().mapToDouble(q -> q[1]).toArray());
    }
}
