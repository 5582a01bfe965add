package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.model.PredictorCoding;
import org.qmrinodes.core.plot.NomogramPlot;
import org.qmrinodes.core.stats.evaluation.Nomogram;
import org.qmrinodes.core.stats.regression.LogisticFit;
import org.qmrinodes.core.stats.regression.LogisticOptions;
import org.qmrinodes.core.stats.regression.LogisticRegression;

/** {@code qmri nomogram}: the points of a logistic model's nomogram, as R rms::nomogram(lrm(...), fun = plogis). */
public final class NomogramCommand implements Command {

    private static final int PLOT_WIDTH = 1200;

    @Override
    public String name() {
        return "nomogram";
    }

    @Override
    public String synopsis() {
        return "Points of every axis tick of a logistic model's nomogram, as rms::nomogram(lrm(...), fun = plogis).";
    }

    @Override
    public String summary() {
        return """
            Fits the logistic model of --truth on --predictors by maximum likelihood (rows with a missing outcome
            or predictor left out) and writes its nomogram as R rms::nomogram(lrm(...), fun = plogis) with
            datadist defaults computes it: one row per axis tick with axis, value and points. A numeric
            predictor with more than 10 distinct values gets R's pretty() ticks from its minimum to its
            maximum, one with at most 10 distinct values those values, a categorical predictor one row per
            level (the reference first, then the others in level order). Points = (the tick's contribution
            to the linear predictor - the smallest contribution on its axis) x 100 / the widest contribution
            range, so that the widest predictor spans 0-100. Then the Total Points axis (value = points = the
            tick) and the Probability axis (value = the probability, points = the total points at which it
            lies); --linear-predictor adds the Linear Predictor axis after them. Column label: the tick as a
            plot prints it. Standard error gives the scale (points per unit of linear predictor). --plot and
            --svg draw the nomogram as plot(nomogram(...)) lays it out: the Points axis, one axis per
            predictor, Total Points, Linear Predictor and the probability of the positive class.""";
    }

    @Override
    public Options options() {
        return ModelRows.declare(new Options())
            .flag("linear-predictor", "also write the Linear Predictor axis (after the Probability axis)")
            .optional("out", "FILE", "output table (default: standard output)", null)
            .optional("plot", "FILE.png", "also draw the nomogram as a PNG", null)
            .optional("svg", "FILE.svg", "also draw it as an SVG (the same figure as --plot)", null)
            .inputs("in").outputs("out", "plot", "svg");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final ModelRows data = ModelRows.read(o, err, "a nomogram", "used");
        final Nomogram.Result nomogram;
        try {
            nomogram = of(fit(data, err), data);
        } catch (final InvalidDataException e) {
            throw data.table().error(e);
        }
        err.println("nomogram of " + data.y().length + " rows: " + nomogram.scale() + " points per unit of linear predictor");
        CsvTableWriter.write(points(nomogram, o.has("linear-predictor")), o.output("out"), out);
        FigureFiles.write(o, "plot", "svg", new NomogramPlot("", nomogram, probabilityCaption(o.get("positive"))),
            PLOT_WIDTH);
    }

    /**
     * @return the maximum-likelihood logistic fit of {@code data}, with the reference levels of its
     *         coding (so that its terms are the coding's); its warnings printed on {@code err}
     * @throws InvalidDataException when the model cannot be fitted
     */
    public static LogisticFit fit(final ModelRows data, final PrintStream err) {
        final LogisticFit fit = LogisticRegression.fit(data.outcome(), data.predictors(), options(data));
        fit.warnings().forEach(w -> err.println("warning: " + w));
        return fit;
    }

    /** @return maximum likelihood with Wald intervals and the reference levels of {@code data}'s coding */
    public static LogisticOptions options(final ModelRows data) {
        final Map<String, String> references = new LinkedHashMap<>();
        data.coding().predictors().stream().filter(PredictorCoding::categorical)
            .forEach(p -> references.put(p.column(), p.reference()));
        return LogisticOptions.defaults().withProfileIntervals(false).withReferenceLevels(references);
    }

    /** @return the ticks table the command writes (core's {@link Nomogram.Result#pointsTable}) */
    public static ResultTable points(final Nomogram.Result nomogram, final boolean linearPredictor) {
        return nomogram.pointsTable(linearPredictor);
    }

    /** @return the Probability axis' caption naming the positive class */
    public static String probabilityCaption(final String positive) {
        return "Probability of " + positive;
    }

    /** @return the nomogram of {@code fit} over {@code data}'s complete rows */
    public static Nomogram.Result of(final LogisticFit fit, final ModelRows data) {
        return Nomogram.of(fit, data.coding(), data.design().x());
    }
}
