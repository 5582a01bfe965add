package org.qmrinodes.knime.screening.groupplot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.plot.GroupPlot;
import org.qmrinodes.core.stats.comparison.ComparisonSettings;
import org.qmrinodes.core.stats.comparison.Feature;
import org.qmrinodes.core.stats.comparison.FeatureComparison;
import org.qmrinodes.core.stats.comparison.GroupComparison;
import org.qmrinodes.core.stats.comparison.GroupSummary;
import org.qmrinodes.core.stats.comparison.Screening;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;
import org.qmrinodes.knime.tables.GroupAndFeatures;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;
import org.qmrinodes.knime.tables.TextAndNumericColumns;

/**
 * Group Plot: per numeric column a violin with a box (or a box with the points) per group, with
 * brackets for the pairwise p-values of the Univariate Screening node, as a table of PNG cells (one
 * row per column), and the plotted groups' medians and quartiles. Groups and their order, and the
 * descriptives, are those the Univariate Screening node finds for the same settings.
 */
final class GroupPlotNodeModel extends QmriNodeModel<GroupPlotSettings> {

    /** Name of the image column of the first output. */
    static final String PLOT_COLUMN = "plot";

    GroupPlotNodeModel() {
        super(new GroupPlotSettings(), new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.groupColumn(spec);
        settings.valueColumns(spec);
        settings.figures().svgFolder();
        if (inSpecs[1] != null) {
            comparisonColumns((DataTableSpec)inSpecs[1]);
        }
        return new PortObjectSpec[] {ResultTables.spec(summaryColumns().build(), "Group summaries"), imagesSpec()};
    }

    private static ResultTable.Builder summaryColumns() {
        return ResultTable.builder(ResultTable.text("feature"), ResultTable.text("group"), ResultTable.integer("n"),
            ResultTable.real("median"), ResultTable.real("q1"), ResultTable.real("q3"));
    }

    private static DataTableSpec imagesSpec() {
        return ResultTables.spec(ResultTable.builder(ResultTable.text("feature")).build(), "Group plots",
            new DataColumnSpecCreator(PLOT_COLUMN, PNGImageContent.TYPE).createSpec());
    }

    /**
     * @return the second input's feature, p-value and (when both are there) group_a and group_b
     *         columns: the Univariate Screening node's pairwise table, or its screening table
     * @throws InvalidSettingsException if feature or p_value is missing or p_value is not numeric
     */
    private static List<String> comparisonColumns(final DataTableSpec spec) throws InvalidSettingsException {
        for (final String c : List.of("feature", "p_value")) {
            if (spec.getColumnSpec(c) == null) {
                throw new InvalidSettingsException("The second input has no column '" + c + "'; connect the pairwise"
                    + " comparisons (or the screening table) of the Univariate Screening node.");
            }
        }
        final DataColumnSpec p = spec.getColumnSpec("p_value");
        if (!p.getType().isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException("Column 'p_value' of the second input is not numeric.");
        }
        return spec.getColumnSpec("group_a") != null && spec.getColumnSpec("group_b") != null
            ? List.of("feature", "group_a", "group_b") : List.of("feature");
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec spec = table.getDataTableSpec();
        final List<String> columns = settings.valueColumns(spec);
        final GroupAndFeatures data =
            GroupAndFeatures.read(table, settings.groupColumn(spec), columns, List.of(), exec.createSubProgress(0.1));
        final Screening screening = GroupComparison.screen(data.groupColumn(), data.groups(), data.features(),
            ComparisonSettings.defaults().withGroupOrder(settings.groupOrder()), PValueAdjustment.NONE,
            (done, total, feature) -> exec.checkCanceled());
        final List<String> names = screening.groups();
        final List<String> warnings = new ArrayList<>();
        final long skipped = data.groups().stream().filter(g -> g == null || !names.contains(g)).count();
        if (skipped > 0) {
            warnings.add(skipped + " rows left out: group missing" + (settings.groupOrder().isEmpty() ? ""
                : " or not among the chosen groups") + " in '" + data.groupColumn() + "'.");
        }
        final Map<String, List<GroupPlot.Comparison>> comparisons =
            inObjects[1] == null ? Map.of() : comparisons((BufferedDataTable)inObjects[1], names, warnings, exec);
        final ResultTable.Builder summary = summaryColumns();
        final BufferedDataContainer images = exec.createDataContainer(imagesSpec());
        for (int f = 0; f < columns.size(); f++) {
            exec.checkCanceled();
            exec.setProgress(0.2 + 0.8 * f / columns.size(), "Drawing '" + columns.get(f) + "'");
            final Feature feature = data.features().get(f);
            final FeatureComparison described = screening.features().get(f);
            for (final GroupSummary s : described.groups()) {
                summary.row(feature.name(), s.group(), s.n(), s.median(), s.q1(), s.q3());
            }
            final List<GroupPlot.Group> groups = new ArrayList<>();
            for (final String g : names) {
                final double[] values = new double[data.groups().size()];
                int n = 0;
                for (int r = 0; r < values.length; r++) {
                    if (g.equals(data.groups().get(r))) {
                        values[n++] = feature.numbers()[r];
                    }
                }
                groups.add(new GroupPlot.Group(g, java.util.Arrays.copyOf(values, n)));
            }
            final GroupPlot plot = new GroupPlot(feature.name(), feature.name(), groups,
                comparisons.getOrDefault(feature.name(), List.of()), settings.style(), settings.annotation());
            final DataCell[] cells = ResultTables.cells(List.of(feature.name()), 1);
            cells[1] = new PNGImageContent(settings.figures().draw(plot, feature.name())).toImageCell();
            images.addRowToTable(new DefaultRow(RowKey.createRowKey((long)f), cells));
        }
        images.close();
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", warnings));
        }
        return new PortObject[] {ResultTables.toTable(summary.build(), "Group summaries", exec), images.getTable()};
    }

    /**
     * @return per feature the brackets to draw, in table order: pairs of plotted groups whose p passes
     *         the bracket rule; a table without group columns (the screening table) gives the one
     *         comparison of two plotted groups
     */
    private Map<String, List<GroupPlot.Comparison>> comparisons(final BufferedDataTable table, final List<String> groups,
        final List<String> warnings, final ExecutionContext exec) throws Exception {
        final List<String> texts = comparisonColumns(table.getDataTableSpec());
        final TextAndNumericColumns read =
            TextAndNumericColumns.read(table, texts, List.of("p_value"), exec.createSubProgress(0.1));
        final boolean pairs = texts.size() == 3;
        if (!pairs && groups.size() != 2) {
            warnings.add("The second input has no group_a and group_b columns, so its p-values compare two groups;"
                + " there are " + groups.size() + " groups: no brackets drawn.");
            return Map.of();
        }
        final Map<String, List<GroupPlot.Comparison>> out = new LinkedHashMap<>();
        int notPlotted = 0;
        for (int r = 0; r < read.texts("feature").size(); r++) {
            final String a = pairs ? read.texts("group_a").get(r) : groups.get(0);
            final String b = pairs ? read.texts("group_b").get(r) : groups.get(1);
            final double p = read.numbers().get(0)[r];
            if (!groups.contains(a) || !groups.contains(b)) {
                notPlotted++;
            } else if (settings.bracket(p)) {
                out.computeIfAbsent(read.texts("feature").get(r), k -> new ArrayList<>())
                    .add(new GroupPlot.Comparison(a, b, p));
            }
        }
        if (notPlotted > 0) {
            warnings.add(notPlotted + " comparisons of the second input name a group that is not plotted; left out.");
        }
        return out;
    }
}
