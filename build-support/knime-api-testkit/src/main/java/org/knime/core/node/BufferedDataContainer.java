package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;
import org.knime.core.data.container.DataContainer;

/**
 * Test-kit stand-in for the KNIME class of the same name: a {@link DataContainer} created by an
 * {@link ExecutionContext} whose table is a {@link BufferedDataTable}.
 */
public class BufferedDataContainer extends DataContainer {

    private BufferedDataTable m_result;

    BufferedDataContainer(final DataTableSpec spec) {
        super(spec);
    }

    @Override
    public BufferedDataTable getTable() {
        if (m_result == null) {
            RowIterator it = super.getTable().iterator();
            List<DataRow> rows = new ArrayList<>();
            while (it.hasNext()) {
                rows.add(it.next());
            }
            m_result = new BufferedDataTable(getTableSpec(), rows);
        }
        return m_result;
    }
}
