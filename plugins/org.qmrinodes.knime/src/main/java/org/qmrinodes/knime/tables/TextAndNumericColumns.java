package org.qmrinodes.knime.tables;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.qmrinodes.core.data.InvalidDataException;

/**
 * Text columns (identifiers, labels, categories) and numeric columns read from a KNIME table in one
 * pass. Missing cells become {@code null} texts and {@code NaN} numbers; non-string cells are read as
 * their text (e.g. an integer reader id {@code 2} as {@code "2"}).
 *
 * @param textColumns names of the text columns
 * @param texts per text column, its value per row
 * @param numericColumns names of the numeric columns
 * @param numbers per numeric column, its value per row
 */
public record TextAndNumericColumns(List<String> textColumns, List<List<String>> texts, List<String> numericColumns,
    List<double[]> numbers) {

    /**
     * Reads the columns.
     *
     * @param table the input table
     * @param textColumns columns read as text
     * @param numericColumns numeric columns
     * @param exec for progress and cancellation
     * @return the columns
     * @throws CanceledExecutionException if cancelled
     * @throws InvalidDataException if the table has more rows than an analysis can hold in memory, or a
     *         numeric column holds a non-numeric cell (naming row and column)
     */
    public static TextAndNumericColumns read(final BufferedDataTable table, final List<String> textColumns,
        final List<String> numericColumns, final ExecutionMonitor exec) throws CanceledExecutionException {
        final long size = table.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new InvalidDataException("The table has " + size + " rows; at most " + (Integer.MAX_VALUE - 8)
                + " can be analysed.");
        }
        final DataTableSpec spec = table.getDataTableSpec();
        final int[] textIndex = textColumns.stream().mapToInt(spec::findColumnIndex).toArray();
        final int[] numberIndex = numericColumns.stream().mapToInt(spec::findColumnIndex).toArray();
        final List<List<String>> texts = new ArrayList<>();
        for (int c = 0; c < textIndex.length; c++) {
            texts.add(new ArrayList<>((int)size));
        }
        final List<double[]> numbers = new ArrayList<>();
        for (int c = 0; c < numberIndex.length; c++) {
            numbers.add(new double[(int)size]);
        }
        TableRows.forEach(table, exec, 0, 1, "Reading", (row, r) -> {
            for (int c = 0; c < textIndex.length; c++) {
                texts.get(c).add(text(r.getCell(textIndex[c])));
            }
            for (int c = 0; c < numberIndex.length; c++) {
                final DataCell cell = r.getCell(numberIndex[c]);
                if (!cell.isMissing() && !(cell instanceof DoubleValue)) {
                    throw new InvalidDataException("Row '" + r.getKey() + "', column '" + numericColumns.get(c)
                        + "': '" + cell + "' is not a number.");
                }
                numbers.get(c)[row] = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
            }
        });
        return new TextAndNumericColumns(List.copyOf(textColumns), texts, List.copyOf(numericColumns), numbers);
    }

    /** @return the values of text column {@code column} */
    public List<String> texts(final String column) {
        return texts.get(textColumns.indexOf(column));
    }

    /** @return the cell as text ({@code toString} for non-string cells), {@code null} when missing */
    static String text(final DataCell cell) {
        if (cell.isMissing()) {
            return null;
        }
        return cell instanceof StringValue s ? s.getStringValue() : cell.toString();
    }
}
