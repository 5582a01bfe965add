package org.qmrinodes.knime.agreement.iccfilter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.stats.agreement.AgreementTables;
import org.qmrinodes.core.stats.agreement.FeatureIcc;
import org.qmrinodes.core.stats.agreement.IccFeatureFilter;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.settings.ReaderAgreementSettings.Ratings;
import org.qmrinodes.knime.tables.ResultTables;
import org.qmrinodes.knime.tables.TableRows;

/**
 * ICC Feature Filter: keeps the features whose ICC passes a threshold and outputs them as a wide table
 * (one row per case), with the dropped features and their ICC as a second table; given a cohort table on
 * its optional second input (e.g. every lesion, of which a subset was re-delineated), also that table
 * without the dropped features' columns, so that the analysis goes on with the reproducible features only.
 */
final class IccFeatureFilterNodeModel extends QmriNodeModel<IccFeatureFilterSettings> {

    IccFeatureFilterNodeModel() {
        super(new IccFeatureFilterSettings(), new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.idColumns(spec);
        settings.featureColumns(spec);
        // the kept features, and so the columns of the first output, are known only after execution
        return new PortObjectSpec[] {null,
            ResultTables.spec(AgreementTables.droppedFeatures(
                IccFeatureFilter.select(List.of(), settings.form(), settings.threshold(), settings.inclusive()),
                settings.scale()), "Dropped features"),
            inSpecs.length > 1 && inSpecs[1] != null ? null : new DataTableSpec(COHORT)};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final Ratings ratings = settings.read((BufferedDataTable)inObjects[0], exec.createSubProgress(0.2));
        final int reader = settings.outputReader(ratings.layout());
        final List<String> warnings = new ArrayList<>();
        final List<FeatureIcc> results =
            ratings.icc(settings.confidenceLevel(), exec.createSubProgress(0.7), warnings);
        final IccFeatureFilter.Selection selection =
            IccFeatureFilter.select(results, settings.form(), settings.threshold(), settings.inclusive());
        final List<String> kept = selection.kept().stream().map(FeatureIcc::feature).toList();
        final List<double[]> keptValues = kept.stream().map(f -> ratings.values().get(ratings.features().indexOf(f)))
            .toList();
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", new LinkedHashSet<>(warnings)));
        }
        final List<String> dropped = selection.dropped().stream().map(FeatureIcc::feature).toList();
        final BufferedDataTable cohort = inObjects.length > 1 ? (BufferedDataTable)inObjects[1] : null;
        return new PortObject[] {
            ResultTables.toTable(AgreementTables.wide(ratings.layout(), kept, keptValues, reader),
                "Reproducible features", exec),
            ResultTables.toTable(AgreementTables.droppedFeatures(selection, settings.scale()), "Dropped features",
                exec),
            cohort == null ? empty(exec) : withoutColumns(cohort, dropped, exec)};
    }

    private static final String COHORT = "Cohort with the reproducible features";

    private static BufferedDataTable empty(final ExecutionContext exec) {
        final BufferedDataContainer none = exec.createDataContainer(new DataTableSpec(COHORT));
        none.close();
        return none.getTable();
    }

    /** @return the table without the columns named in {@code dropped} (those it has), rows and other columns kept */
    private static BufferedDataTable withoutColumns(final BufferedDataTable table, final List<String> dropped,
        final ExecutionContext exec) throws Exception {
        final DataTableSpec in = table.getDataTableSpec();
        final List<Integer> keep = new ArrayList<>();
        final List<DataColumnSpec> columns = new ArrayList<>();
        for (int c = 0; c < in.getNumColumns(); c++) {
            if (!dropped.contains(in.getColumnSpec(c).getName())) {
                keep.add(c);
                columns.add(in.getColumnSpec(c));
            }
        }
        final BufferedDataContainer out = exec.createDataContainer(new DataTableSpec(COHORT,
            columns.toArray(DataColumnSpec[]::new)));
        TableRows.forEachRowOf(table, exec, "Filtering", r -> {
            final DataCell[] cells = new DataCell[keep.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = r.getCell(keep.get(c));
            }
            out.addRowToTable(new DefaultRow(r.getKey(), cells));
        });
        out.close();
        return out.getTable();
    }
}
