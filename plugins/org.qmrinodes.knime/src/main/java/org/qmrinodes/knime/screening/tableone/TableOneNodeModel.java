package org.qmrinodes.knime.screening.tableone;

import java.util.LinkedHashSet;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.plot.TablePlot;
import org.qmrinodes.core.stats.comparison.Screening;
import org.qmrinodes.core.stats.comparison.TableOne;
import org.qmrinodes.knime.ports.PngImages;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;

/** Table 1: the publication table of a group comparison, as a KNIME table and as a PNG image. */
final class TableOneNodeModel extends QmriNodeModel<TableOneSettings> {

    TableOneNodeModel() {
        super(new TableOneSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, ImagePortObject.TYPE});
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec spec = (DataTableSpec)inSpecs[0];
        settings.groupColumn(spec);
        settings.featureColumns(spec);
        settings.layout();
        // one column per group: known only after execution
        return new PortObjectSpec[] {null, PngImages.spec()};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final Screening s = settings.screen((BufferedDataTable)inObjects[0], exec);
        final TableOne layout = settings.layout();
        final ResultTable table;
        try {
            table = layout.table(s);
        } catch (final IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage() + " Contrasts set: " + settings.contrastText() + ".", e);
        }
        if (!s.warnings().isEmpty()) {
            setWarningMessage(String.join("\n", new LinkedHashSet<>(s.warnings())));
        }
        exec.setProgress(0.9, "Drawing Table 1");
        final byte[] png = TablePlot.png(table, settings.title(), layout.caption(s, settings.comparisonSettings()));
        return new PortObject[] {ResultTables.toTable(table, "Table 1", exec), PngImages.port(png)};
    }
}
