package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.model.PredictorCoding;
import org.qmrinodes.core.plot.NomogramPlot;
import org.qmrinodes.core.stats.evaluation.Nomogram;
import org.qmrinodes.core.stats.regression.LogisticFit;
import org.qmrinodes.core.stats.regression.LogisticOptions;
import org.qmrinodes.core.stats.regression.LogisticRegression;

/** {@code qmri nomogram}: the points of a logistic model's nomogram, as R rms::nomogram(lrm(...), fun = plogis). */
final class NomogramCommand implements Command {

    private static final String LINEAR_PREDICTOR = "Linear Predictor";
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
    static LogisticFit fit(final ModelRows data, final PrintStream err) {
        final LogisticFit fit = LogisticRegression.fit(data.outcome(), data.predictors(), options(data));
        fit.warnings().forEach(w -> err.println("warning: " + w));
        return fit;
    }

    /** @return maximum likelihood with Wald intervals and the reference levels of {@code data}'s coding */
    static LogisticOptions options(final ModelRows data) {
        final Map<String, String> references = new LinkedHashMap<>();
        data.coding().predictors().stream().filter(PredictorCoding::categorical)
            .forEach(p -> references.put(p.column(), p.reference()));
        return LogisticOptions.defaults().withProfileIntervals(false).withReferenceLevels(references);
    }

    /**
     * @param nomogram the nomogram
     * @param linearPredictor whether the Linear Predictor axis is listed (after the Probability axis)
     * @return columns {@code axis,value,points,label}: every tick, as the command writes them
     */
    static ResultTable points(final Nomogram.Result nomogram, final boolean linearPredictor) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("axis"), ResultTable.text("value"),
            ResultTable.real("points"), ResultTable.text("label"));
        final List<Nomogram.Tick> ticks = new ArrayList<>(nomogram.ticks().stream()
            .filter(t -> !t.axis().equals(LINEAR_PREDICTOR)).toList());
        if (linearPredictor) {
            nomogram.ticks().stream().filter(t -> t.axis().equals(LINEAR_PREDICTOR)).forEach(ticks::add);
        }
        for (final Nomogram.Tick t : ticks) {
            b.row(t.axis(), Double.isNaN(t.value()) ? t.label() : Double.toString(t.value()), t.points(), t.label());
        }
        return b.build();
    }

    /** @return the Probability axis' caption naming the positive class */
    static String probabilityCaption(final String positive) {
        return "Probability of " + positive;
    }

    /**
     * @return the nomogram of {@code fit}, whose terms are those of {@code data}'s coding, with the
     *         numeric axes' ticks and the linear predictor's range taken from {@code data}'s complete rows
     */
    static Nomogram.Result of(final LogisticFit fit, final ModelRows data) {
        final double[][] x = data.design().x();
        final List<String> terms = data.coding().terms();
        final double[] beta = new double[terms.size()];
        for (int t = 0; t < beta.length; t++) {
            beta[t] = fit.coefficient(terms.get(t)).estimate();
        }
        final double intercept = fit.coefficient(LinearPredictorModel.INTERCEPT).estimate();
        final List<Nomogram.Predictor> predictors = new ArrayList<>();
        int t = 0;
        for (final PredictorCoding p : data.coding().predictors()) {
            if (p.categorical()) {
                final List<String> levels = new ArrayList<>(List.of(p.reference()));
                levels.addAll(p.dummyLevels());
                final double[] coefficients = new double[levels.size()];
                System.arraycopy(beta, t, coefficients, 1, levels.size() - 1);
                predictors.add(Nomogram.Predictor.categorical(p.column(), levels, coefficients));
                t += levels.size() - 1;
            } else {
                final double[] values = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    values[i] = x[i][t];
                }
                predictors.add(Nomogram.Predictor.numeric(p.column(), beta[t], values));
                t++;
            }
        }
        final double[] lp = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            lp[i] = intercept;
            for (int k = 0; k < beta.length; k++) {
                lp[i] += beta[k] * x[i][k];
            }
        }
        return Nomogram.of(intercept, predictors, lp);
    }
}
