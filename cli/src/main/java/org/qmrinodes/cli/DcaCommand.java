package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.List;

import org.qmrinodes.core.data.CompleteCases;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.plot.DecisionCurvePlot;
import org.qmrinodes.core.plot.LineChart;
import org.qmrinodes.core.stats.evaluation.DecisionCurve;

/** {@code qmri dca}: decision curve analysis (Vickers &amp; Elkin 2006) of one or more probability columns. */
public final class DcaCommand implements Command {

    /** Net benefits below this are left off the plot, as the usual decision-curve figures cut the axis. */
    private static final int PLOT_WIDTH = 1200;

    @Override
    public String name() {
        return "dca";
    }

    @Override
    public String synopsis() {
        return "Decision curve analysis: net benefit of probability columns, treat-all and treat-none per threshold.";
    }

    @Override
    public String summary() {
        return """
            Decision curve analysis (Vickers & Elkin 2006): for each probability column, and for treating
            all and treating none, one row per threshold pt with net_benefit = TP/n - FP/n * pt/(1 - pt)
            (a case counted positive when its probability is >= pt), net_benefit_all, net_benefit_none,
            standardized_net_benefit (net benefit / prevalence) and interventions_avoided_per_100. Rows with a
            missing outcome or a missing probability in any of the columns are skipped and counted, so that
            every model is judged on the same cases. --summary-out lists the threshold ranges where each
            model (or all, or none) has the highest net benefit.""";
    }

    @Override
    public Options options() {
        return ScoreInputs.probabilityOptions()
            .optional("thresholds", "FROM:TO:STEP", "threshold probabilities", "0.01:0.99:0.01")
            .optional("out", "FILE", "output table (default: standard output)", null)
            .optional("summary-out", "FILE", "also write the ranges where each strategy is best (model,from,to)", null)
            .optional("plot", "FILE.png", "also draw the decision curves into one PNG", null)
            .optional("svg", "FILE.svg", "also draw them into one SVG (the same figure as --plot)", null)
            .inputs("in").outputs("out", "summary-out", "plot", "svg");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final double[] thresholds = thresholds(o.get("thresholds"));
        final List<String> models = o.list("prob");
        if (models.isEmpty()) {
            throw CliException.usage("--prob needs at least one column name");
        }
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final ScoreInputs in = ScoreInputs.read(table, o.get("truth"), o.get("positive"), models, "a decision curve");
        final CompleteCases cases = in.complete("probability", err);
        final DecisionCurve.Analysis analysis;
        try {
            analysis = DecisionCurve.analyse(models, cases.scores(), cases.event(), thresholds);
        } catch (final InvalidDataException e) {
            throw table.error(e);
        }
        final List<List<DecisionCurve.Point>> written = analysis.curves();
        CsvTableWriter.write(DecisionCurve.curveTable(written), o.output("out"), out);
        if (o.get("summary-out") != null) {
            CsvTableWriter.write(DecisionCurve.rangeTable(analysis.bestRanges()), o.output("summary-out"), out);
        }
        final LineChart chart = chart(written);
        FigureFiles.write(o, "plot", "svg", w -> chart.toPng(w, w * 3 / 4), w -> chart.toSvg(w, w * 3 / 4), PLOT_WIDTH);
    }

    /**
     * @param spec {@code FROM:TO:STEP}
     * @throws CliException (usage) when it is not three numbers or not a valid range
     */
    static double[] thresholds(final String spec) throws CliException {
        final String[] parts = spec.split(":", -1);
        if (parts.length != 3) {
            throw CliException.usage("--thresholds '" + spec + "' must be FROM:TO:STEP, e.g. 0.01:0.99:0.01");
        }
        try {
            return DecisionCurve.thresholds(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                Double.parseDouble(parts[2].trim()));
        } catch (final NumberFormatException e) {
            throw CliException.usage("--thresholds '" + spec + "' must be three numbers FROM:TO:STEP");
        } catch (final InvalidDataException e) {
            throw CliException.usage("--thresholds: " + e.getMessage());
        }
    }

    /** @return the decision-curve chart, as core's {@link DecisionCurvePlot} draws it */
    public static LineChart chart(final List<List<DecisionCurve.Point>> curves) {
        return DecisionCurvePlot.chart(curves);
    }
}
