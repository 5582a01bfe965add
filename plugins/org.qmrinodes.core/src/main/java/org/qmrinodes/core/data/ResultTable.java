package org.qmrinodes.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An immutable table of analysis results with typed, named columns: the one definition of an
 * output table that the KNIME nodes turn into a data table and the command line into CSV, so both
 * show the same columns under the same names.
 *
 * <p>Cells are {@link String} (text), {@link Integer} (whole numbers), {@link Double} (reals, NaN
 * for missing) or {@code null} (missing).
 *
 * @param columns the columns, in order
 * @param rows the rows; each row has one cell per column
 */
public record ResultTable(List<Column> columns, List<List<Object>> rows) {

    /** Kind of value a column holds. */
    public enum Type {
        /** Text. */
        TEXT,
        /** Whole numbers. */
        INTEGER,
        /** Real numbers. */
        REAL
    }

    /**
     * @param name column name
     * @param type value type
     */
    public record Column(String name, Type type) {
        /** Checks the name. */
        public Column {
            Objects.requireNonNull(name);
            Objects.requireNonNull(type);
        }
    }

    /** Copies and checks the rows. */
    public ResultTable {
        columns = List.copyOf(columns);
        final List<List<Object>> copy = new ArrayList<>(rows.size());
        for (final List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, table " + columns.size());
            }
            for (int c = 0; c < row.size(); c++) {
                checkCell(columns.get(c), row.get(c));
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    private static void checkCell(final Column column, final Object cell) {
        final boolean ok = cell == null || switch (column.type()) {
            case TEXT -> cell instanceof String;
            case INTEGER -> cell instanceof Integer;
            case REAL -> cell instanceof Double;
        };
        if (!ok) {
            throw new IllegalArgumentException("cell " + cell + " does not fit column " + column);
        }
    }

    /** @return the column names */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** @return a builder for a table with these columns */
    public static Builder builder(final Column... columns) {
        return new Builder(Arrays.asList(columns));
    }

    /** @return a text column */
    public static Column text(final String name) {
        return new Column(name, Type.TEXT);
    }

    /** @return an integer column */
    public static Column integer(final String name) {
        return new Column(name, Type.INTEGER);
    }

    /** @return a real column */
    public static Column real(final String name) {
        return new Column(name, Type.REAL);
    }

    /** Collects rows for a {@link ResultTable}. */
    public static final class Builder {
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(final List<Column> columns) {
            this.columns = List.copyOf(columns);
        }

        /**
         * @param cells one cell per column
         * @return this builder
         */
        public Builder row(final Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        /** @return the table */
        public ResultTable build() {
            return new ResultTable(columns, rows);
        }
    }
}
