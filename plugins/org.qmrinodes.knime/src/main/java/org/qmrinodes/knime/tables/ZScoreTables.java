package org.qmrinodes.knime.tables;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.stats.evaluation.ZScoreNormaliser;
import org.qmrinodes.knime.ports.ModelApplication;

/**
 * The tables of the Z-score Normaliser nodes, shared by the learner and the applier: the input
 * with the learnt columns replaced by their z-scores {@code (x − mean) / sd} (core
 * {@link ZScoreNormaliser}; missing values stay missing), and the parameters table.
 */
public final class ZScoreTables {

    private ZScoreTables() {
    }

    /**
     * @param columns the columns to normalise
     * @param spec a table
     * @throws InvalidSettingsException naming every one of {@code columns} the table lacks, or the
     *         first that is not numeric
     */
    public static void checkColumns(final List<String> columns, final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> missing = columns.stream().filter(c -> spec.getColumnSpec(c) == null).toList();
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("The z-scores were learnt on " + (missing.size() == 1 ? "column " : "columns ")
                + quoted(missing) + ", which " + (missing.size() == 1 ? "is" : "are") + " not in the input table.");
        }
        for (final String c : columns) {
            if (!spec.getColumnSpec(c).getType().isCompatible(DoubleValue.class)) {
                throw new InvalidSettingsException("Column '" + c + "' must be numeric to be normalised; it is "
                    + spec.getColumnSpec(c).getType() + ".");
            }
        }
    }

    private static String quoted(final List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }

    /**
     * @param in the input spec
     * @param columns the normalised columns
     * @param suffix empty: the z-scores replace the columns; otherwise they are appended as
     *        {@code column + suffix}
     * @return {@code in} with those columns as double columns (same names and places), or with the
     *         z-score columns appended
     * @throws InvalidSettingsException when an appended name is already a column of the input
     */
    public static DataTableSpec normalisedSpec(final DataTableSpec in, final List<String> columns, final String suffix)
        throws InvalidSettingsException {
        if (!suffix.isEmpty()) {
            return ModelApplication.appendedSpec(in, columns.stream()
                .map(c -> new DataColumnSpecCreator(c + suffix, DoubleCell.TYPE).createSpec()).toArray(DataColumnSpec[]::new));
        }
        final DataColumnSpec[] specs = new DataColumnSpec[in.getNumColumns()];
        for (int i = 0; i < specs.length; i++) {
            final DataColumnSpec c = in.getColumnSpec(i);
            specs[i] = columns.contains(c.getName()) ? new DataColumnSpecCreator(c.getName(), DoubleCell.TYPE).createSpec()
                : c;
        }
        return new DataTableSpec(in.getName(), specs);
    }

    /**
     * @param z the learnt parameters
     * @param table a table holding every learnt column
     * @param suffix empty: replace the columns; otherwise append the z-scores as {@code column + suffix}
     * @param exec progress and cancellation
     * @return the table with the learnt columns replaced by (or followed by) their z-scores
     * @throws InvalidSettingsException naming the columns the table lacks
     * @throws CanceledExecutionException if cancelled
     */
    public static BufferedDataTable normalise(final ZScoreNormaliser z, final BufferedDataTable table,
        final String suffix, final ExecutionContext exec) throws InvalidSettingsException, CanceledExecutionException {
        final List<String> columns = List.copyOf(z.means().keySet());
        final DataTableSpec in = table.getDataTableSpec();
        checkColumns(columns, in);
        final TextAndNumericColumns values = TextAndNumericColumns.read(table, List.of(), columns,
            exec.createSubProgress(0.5));
        final List<double[]> scores = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            scores.add(z.apply(columns.get(c), values.numbers().get(c)));
        }
        final int[] index = suffix.isEmpty() ? columns.stream().mapToInt(in::findColumnIndex).toArray()
            : java.util.stream.IntStream.range(0, columns.size()).map(c -> in.getNumColumns() + c).toArray();
        final BufferedDataContainer out = exec.createDataContainer(normalisedSpec(in, columns, suffix));
        final int width = in.getNumColumns() + (suffix.isEmpty() ? 0 : columns.size());
        TableRows.forEach(table, exec.createSubProgress(0.5), 0, 1, "Normalising", (row, r) -> {
            final DataCell[] cells = new DataCell[width];
            for (int i = 0; i < in.getNumColumns(); i++) {
                cells[i] = r.getCell(i);
            }
            for (int c = 0; c < index.length; c++) {
                final double v = scores.get(c)[row];
                cells[index[c]] = Double.isNaN(v) ? DataType.getMissingCell() : new DoubleCell(v);
            }
            out.addRowToTable(new DefaultRow(r.getKey(), cells));
        });
        out.close();
        return out.getTable();
    }

    /**
     * @param z the learnt parameters (null: only the columns, for the spec)
     * @return columns {@code column, mean, sd}, one row per learnt column
     */
    public static ResultTable parameters(final ZScoreNormaliser z) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("column"), ResultTable.real("mean"),
            ResultTable.real("sd"));
        if (z != null) {
            z.means().forEach((c, mean) -> b.row(c, mean, z.sds().get(c)));
        }
        return b.build();
    }
}
