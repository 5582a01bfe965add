package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: an iterable table with a spec.
 */
public interface DataTable extends Iterable<DataRow> {

    /** @return the table spec */
    DataTableSpec getDataTableSpec();

    @Override
    RowIterator iterator();
}
