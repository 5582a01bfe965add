package org.qmrinodes.knime.modelling.forest;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.plot.ForestPlot;
import org.qmrinodes.core.stats.regression.LogisticRegression;
import org.qmrinodes.knime.ports.PngImages;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;
import org.qmrinodes.knime.tables.TextAndNumericColumns;

/**
 * Forest Plot: ratio estimates as a forest plot, univariable and multivariable panels side by side on
 * one log axis, and the plotted numbers as a table. The panels come from the first input's model
 * column (the Logistic Regression node's univariable fits and its multivariable fit) or from a second
 * input. Intercept rows are left out; a row without an estimate is a reference row.
 */
final class ForestPlotNodeModel extends QmriNodeModel<ForestPlotSettings> {

    private static final String[] INPUTS = {"first input", "second input"};

    ForestPlotNodeModel() {
        super(new ForestPlotSettings(), new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[] {BufferedDataTable.TYPE, ImagePortObject.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        for (int i = 0; i < inSpecs.length; i++) {
            if (inSpecs[i] != null) {
                settings.columns((DataTableSpec)inSpecs[i], INPUTS[i]);
            }
        }
        settings.figure().svgFile();
        return new PortObjectSpec[] {ResultTables.spec(numbers(List.of()), "Forest plot"), PngImages.spec()};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final List<Row> first = rows((BufferedDataTable)inObjects[0], INPUTS[0], exec.createSubProgress(0.4));
        final boolean split = bothKinds(first);
        final List<ForestPlot.Estimate> univariable = estimates(first, split ? false : null);
        final List<ForestPlot.Estimate> multivariable;
        if (inObjects[1] != null) {
            final List<Row> second = rows((BufferedDataTable)inObjects[1], INPUTS[1], exec.createSubProgress(0.4));
            multivariable = estimates(second, bothKinds(second) ? true : null);
        } else {
            multivariable = split ? estimates(first, true) : List.of();
        }
        final List<ForestPlot.Panel> panels = new ArrayList<>();
        if (!univariable.isEmpty()) {
            panels.add(new ForestPlot.Panel(settings.panelTitle(0), univariable));
        }
        if (!multivariable.isEmpty()) {
            panels.add(new ForestPlot.Panel(settings.panelTitle(1), multivariable));
        }
        if (panels.isEmpty()) {
            throw new InvalidDataException("The inputs have no rows to plot besides the intercept.");
        }
        exec.setProgress(0.8, "Drawing the forest plot");
        final ImagePortObject image = settings.figure().draw(
            new ForestPlot(settings.figure().title(), settings.effect(), settings.confidence(), panels));
        return new PortObject[] {ResultTables.toTable(numbers(panels), "Forest plot", exec), image};
    }

    /** One row of an input: its estimate on the ratio scale and whether it belongs to the multivariable fit. */
    private record Row(ForestPlot.Estimate estimate, String model) {
        boolean multivariable() {
            return LogisticRegression.MULTIVARIABLE.equals(model);
        }
    }

    /** @return whether the rows hold univariable fits and the multivariable fit (a univariable Logistic Regression) */
    private static boolean bothKinds(final List<Row> rows) {
        return rows.stream().anyMatch(Row::multivariable) && rows.stream().anyMatch(r -> r.model() != null
            && !r.multivariable());
    }

    /** @return the estimates of the rows of one kind (true: multivariable), or of all rows (null) */
    private static List<ForestPlot.Estimate> estimates(final List<Row> rows, final Boolean multivariable) {
        return rows.stream().filter(r -> multivariable == null || r.multivariable() == multivariable)
            .map(Row::estimate).toList();
    }

    /** @return one row per plotted estimate: panel, term, estimate, lower, upper, p_value (ratio scale) */
    static ResultTable numbers(final List<ForestPlot.Panel> panels) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("panel"), ResultTable.text("term"),
            ResultTable.real("estimate"), ResultTable.real("lower"), ResultTable.real("upper"),
            ResultTable.real("p_value"));
        for (final ForestPlot.Panel p : panels) {
            for (final ForestPlot.Estimate e : p.rows()) {
                b.row(p.title(), e.label(), e.estimate(), e.lower(), e.upper(), e.p());
            }
        }
        return b.build();
    }

    private List<Row> rows(final BufferedDataTable table, final String input, final ExecutionMonitor exec)
        throws Exception {
        final List<String> columns = settings.columns(table.getDataTableSpec(), input);
        final String modelColumn = settings.modelColumn(table.getDataTableSpec());
        final List<String> texts = new ArrayList<>(columns.subList(0, 1));
        if (modelColumn != null) {
            texts.add(modelColumn);
        }
        final TextAndNumericColumns read =
            TextAndNumericColumns.read(table, texts, columns.subList(1, columns.size()), exec);
        final List<String> terms = read.texts(columns.get(0));
        final List<double[]> values = read.numbers();
        final List<Row> out = new ArrayList<>();
        for (int r = 0; r < terms.size(); r++) {
            final String term = terms.get(r);
            if (term == null) {
                throw new InvalidDataException("Row " + (r + 1) + " of the " + input + " has no term (column '"
                    + columns.get(0) + "').");
            }
            if (term.equals(LinearPredictorModel.INTERCEPT)) {
                continue;
            }
            final double[] ratio = new double[3];
            for (int k = 0; k < 3; k++) {
                final double v = values.get(k)[r];
                ratio[k] = settings.logOdds() ? Math.exp(v) : v;
                if (!settings.logOdds() && v < 0) {
                    throw new InvalidDataException("Row " + (r + 1) + " ('" + term + "') of the " + input + ", column '"
                        + columns.get(k + 1) + "': " + v + " is negative, so not a ratio; tick 'Estimates are log odds"
                        + " (exp applied)' if the table holds log odds.");
                }
            }
            if (ratio[1] > ratio[0] || ratio[0] > ratio[2]) {
                throw new InvalidDataException("Row " + (r + 1) + " ('" + term + "') of the " + input + ": the estimate "
                    + values.get(0)[r] + " is not between its limits " + values.get(1)[r] + " and " + values.get(2)[r]
                    + ".");
            }
            final double p = columns.size() > 4 ? values.get(3)[r] : Double.NaN;
            out.add(new Row(new ForestPlot.Estimate(term, ratio[0], ratio[1], ratio[2], p),
                modelColumn == null ? null : read.texts(modelColumn).get(r)));
        }
        return out;
    }
}
