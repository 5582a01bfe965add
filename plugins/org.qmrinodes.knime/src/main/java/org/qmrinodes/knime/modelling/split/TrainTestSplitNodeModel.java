package org.qmrinodes.knime.modelling.split;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.stats.evaluation.TrainTestSplit;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.TableRows;

/**
 * Train/Test Split: appends a column {@code set} (train or test) allocating the rows reproducibly from
 * a seed, within each value of a stratification column when one is chosen, as {@code qmri split}.
 */
final class TrainTestSplitNodeModel extends QmriNodeModel<TrainTestSplitSettings> {

    /** The appended column. */
    static final String SET_COLUMN = "set";

    TrainTestSplitNodeModel() {
        super(new TrainTestSplitSettings(), new PortType[] {BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE});
    }

    private DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.stratifyColumn(in);
        return AppendedColumns.spec(in, "Train/test split",
            List.of(new DataColumnSpecCreator(SET_COLUMN, StringCell.TYPE).createSpec()));
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {outSpec((DataTableSpec)inSpecs[0])};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec in = table.getDataTableSpec();
        final DataTableSpec out = outSpec(in);
        final String stratifyName = settings.stratifyColumn(in);
        List<String> strata = null;
        if (stratifyName != null) {
            final int column = in.findColumnIndex(stratifyName);
            final List<String> read = new ArrayList<>();
            TableRows.forEach(table, exec, 0, 0.5, "Reading", (i, r) -> read.add(stratum(r.getCell(column))));
            strata = read;
        }
        final boolean[] train = TrainTestSplit.split(strata, Math.toIntExact(table.size()), settings.fraction(),
            settings.seed());
        final StringCell trainCell = new StringCell("train");
        final StringCell testCell = new StringCell("test");
        final int[] row = {0};
        final BufferedDataTable result = AppendedColumns.appendToRows(table, out, exec, "Allocating",
            (r, cells, first) -> cells[first] = train[row[0]++] ? trainCell : testCell);
        return new PortObject[] {result};
    }

    private static String stratum(final DataCell cell) {
        if (cell.isMissing()) {
            return null;
        }
        return cell instanceof StringValue s ? s.getStringValue() : cell.toString();
    }
}
