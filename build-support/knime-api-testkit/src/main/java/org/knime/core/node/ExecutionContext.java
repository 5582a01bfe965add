package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;

/**
 * Test-kit stand-in for the KNIME class of the same name: the execution monitor handed to
 * {@code NodeModel.execute}, which additionally creates tables. Instances come from {@link NodeModelTestDriver}.
 */
public class ExecutionContext extends ExecutionMonitor {

    ExecutionContext(final State state, final ExecutionMonitor parent, final double weight, final boolean silent) {
        super(state, parent, weight, silent, true);
    }

    /** @param spec the spec of the rows @return a new, open container */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return new BufferedDataContainer(spec);
    }

    /** @param spec the spec of the rows @param initDomain ignored @return a new, open container */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        return new BufferedDataContainer(spec);
    }

    /**
     * @param table any table
     * @param subProgressMon monitor checked for cancellation per row
     * @return a buffered copy
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable createBufferedDataTable(final DataTable table, final ExecutionMonitor subProgressMon)
        throws CanceledExecutionException {
        if (table instanceof BufferedDataTable) {
            return (BufferedDataTable)table;
        }
        List<DataRow> rows = new ArrayList<>();
        RowIterator it = table.iterator();
        while (it.hasNext()) {
            if (subProgressMon != null) {
                subProgressMon.checkCanceled();
            }
            rows.add(it.next());
        }
        return new BufferedDataTable(table.getDataTableSpec(), rows);
    }

    /**
     * @param tables any tables
     * @param exec monitor checked for cancellation
     * @return buffered copies
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable[] createBufferedDataTables(final DataTable[] tables, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        BufferedDataTable[] r = new BufferedDataTable[tables.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = createBufferedDataTable(tables[i], exec);
        }
        return r;
    }

    /** @param spec spec @return an empty table with that spec */
    public BufferedDataTable createVoidTable(final DataTableSpec spec) {
        return new BufferedDataTable(spec, new ArrayList<>());
    }

    /** @param in table @param newSpec spec with the same number of columns @return the rows with a new spec */
    public BufferedDataTable createSpecReplacerTable(final BufferedDataTable in, final DataTableSpec newSpec) {
        if (newSpec.getNumColumns() != in.getDataTableSpec().getNumColumns()) {
            throw new IllegalArgumentException("Column counts differ");
        }
        return new BufferedDataTable(newSpec, in.rows());
    }

    /** @param maxProg fraction of this context @return a sub context sharing cancellation */
    public ExecutionContext createSubExecutionContext(final double maxProg) {
        return new ExecutionContext(m_state, this, checkFraction(maxProg), false);
    }

    /** @param maxProg fraction of this context @return a sub context that does not forward messages */
    public ExecutionContext createSilentSubExecutionContext(final double maxProg) {
        return new ExecutionContext(m_state, this, checkFraction(maxProg), true);
    }
}
