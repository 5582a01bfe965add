package org.qmrinodes.knime.voimask;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.mask.MaskReader;
import org.qmrinodes.core.mask.MaskTables;
import org.qmrinodes.core.mask.MaskTables.NamedMask;
import org.qmrinodes.knime.common.QmriNodeModel;
import org.qmrinodes.knime.common.ResultTables;

/** VOI Mask Reader: reads the mask file of every row and summarises it. */
final class VoiMaskReaderNodeModel extends QmriNodeModel<VoiMaskReaderSettings> {

    VoiMaskReaderNodeModel() {
        super(new VoiMaskReaderSettings(), new PortType[] {BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings.pathColumn((DataTableSpec)inSpecs[0]);
        return new PortObjectSpec[] {ResultTables.spec(MaskTables.summary(List.of()), "VOI masks")};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final int column = table.getDataTableSpec().findColumnIndex(settings.pathColumn(table.getDataTableSpec()));
        final List<NamedMask> masks = new ArrayList<>();
        final long size = table.size();
        long row = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                exec.checkCanceled();
                exec.setProgress(row++ / (double)Math.max(1, size), "Reading mask of row " + r.getKey());
                final DataCell cell = r.getCell(column);
                if (cell.isMissing()) {
                    throw new InvalidSettingsException("Row " + r.getKey() + ": the mask file path is missing.");
                }
                final String path = ((StringValue)cell).getStringValue();
                try {
                    Mask m = MaskReader.read(Path.of(path));
                    if (settings.label() != 0) {
                        m = m.select(settings.label(), path);
                    }
                    masks.add(new NamedMask(path, m));
                } catch (final InvalidDataException e) {
                    throw new InvalidDataException("Row " + r.getKey() + ": " + e.getMessage());
                }
            }
        }
        return new PortObject[] {ResultTables.toTable(MaskTables.summary(masks), "VOI masks", exec)};
    }
}
