package org.qmrinodes.knime.screening.univariate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.stats.comparison.ComparisonTables;
import org.qmrinodes.core.stats.comparison.Screening;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;

/** Univariate Screening: a group test per feature, adjusted p, descriptives, post hoc, and the kept features. */
final class UnivariateScreeningNodeModel extends QmriNodeModel<UnivariateScreeningSettings> {

    UnivariateScreeningNodeModel() {
        super(new UnivariateScreeningSettings(), new PortType[] {BufferedDataTable.TYPE}, new PortType[] {
            BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.groupColumn(spec);
        settings.featureColumns(spec);
        final Screening empty = new Screening("", List.of(), List.of(), settings.adjustment(), new double[0], List.of());
        // the kept features are known only after execution
        return new PortObjectSpec[] {ResultTables.spec(ComparisonTables.screening(empty), "Screening"),
            ResultTables.spec(ComparisonTables.groupSummaries(empty), "Group descriptives"),
            ResultTables.spec(ComparisonTables.pairwise(empty), "Pairwise comparisons"), null};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final Screening s = settings.screen(table, exec);
        final List<String> dropped = new ArrayList<>();
        final List<String> kept = s.selected(settings.threshold(), settings.useAdjusted());
        s.features().forEach(f -> {
            if (!kept.contains(f.feature())) {
                dropped.add(f.feature());
            }
        });
        final List<String> warnings = new ArrayList<>(s.warnings());
        if (kept.isEmpty()) {
            warnings.add("No feature has p below " + settings.threshold() + ".");
        }
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", new LinkedHashSet<>(warnings)));
        }
        exec.setProgress(0.9, "Writing the tables");
        return new PortObject[] {ResultTables.toTable(ComparisonTables.screening(s), "Screening", exec),
            ResultTables.toTable(ComparisonTables.groupSummaries(s), "Group descriptives", exec),
            ResultTables.toTable(ComparisonTables.pairwise(s), "Pairwise comparisons", exec),
            withoutColumns(table, dropped, exec)};
    }

    /** @return the input table without the columns {@code dropped}, rows and row keys unchanged */
    private static BufferedDataTable withoutColumns(final BufferedDataTable table, final List<String> dropped,
        final ExecutionContext exec) throws CanceledExecutionException {
        final DataTableSpec in = table.getDataTableSpec();
        final List<DataColumnSpec> columns = new ArrayList<>();
        final List<Integer> indices = new ArrayList<>();
        for (int c = 0; c < in.getNumColumns(); c++) {
            if (!dropped.contains(in.getColumnSpec(c).getName())) {
                columns.add(in.getColumnSpec(c));
                indices.add(c);
            }
        }
        final BufferedDataContainer out =
            exec.createDataContainer(new DataTableSpec("Selected features", columns.toArray(DataColumnSpec[]::new)));
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                exec.checkCanceled();
                final DataRow r = it.next();
                final DataCell[] cells = indices.stream().map(r::getCell).toArray(DataCell[]::new);
                out.addRowToTable(new DefaultRow(r.getKey(), cells));
            }
        }
        out.close();
        return out.getTable();
    }
}
