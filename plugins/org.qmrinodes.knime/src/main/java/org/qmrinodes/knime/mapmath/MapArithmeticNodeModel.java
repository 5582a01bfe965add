package org.qmrinodes.knime.mapmath;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.MapArithmetic;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.knime.common.AppendedColumns;
import org.qmrinodes.knime.common.MaskValue;
import org.qmrinodes.knime.common.QmriNodeModel;
import org.qmrinodes.knime.common.VolumeCell;
import org.qmrinodes.knime.common.VolumeValue;

/**
 * Map Arithmetic: per row, a voxel-wise combination of a pre- and a post-contrast map on the same grid
 * by core's {@link MapArithmetic} (ΔT1 = pre − post, relative reduction or change, subtraction),
 * optionally inside a mask; voxels with a non-finite input or a zero denominator are left out (NaN)
 * and counted, per row and in the warning.
 */
final class MapArithmeticNodeModel extends QmriNodeModel<MapArithmeticSettings> {

    /** Appended column: the formula computed. */
    static final String FORMULA = "map_formula";
    /** Appended columns: voxel counts. */
    static final List<String> COUNTS = List.of("computed_voxels", "invalid_input_voxels", "zero_denominator_voxels");

    MapArithmeticNodeModel() {
        super(new MapArithmeticSettings(), new PortType[] {BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE});
    }

    private DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.preColumn(in);
        settings.postColumn(in);
        settings.maskColumn(in);
        final List<DataColumnSpec> appended = new ArrayList<>();
        appended.add(new DataColumnSpecCreator(settings.outputColumn(), VolumeCell.TYPE).createSpec());
        appended.add(new DataColumnSpecCreator(FORMULA, StringCell.TYPE).createSpec());
        for (final String c : COUNTS) {
            appended.add(new DataColumnSpecCreator(c, LongCell.TYPE).createSpec());
        }
        return AppendedColumns.spec(in, "Map arithmetic (" + formula() + ")", appended);
    }

    /** @return the formula as written into the output, e.g. {@code (pre - post) / pre x 100} */
    private String formula() {
        return settings.operation().formula() + (settings.relativeScale() == 100 ? " x 100" : "");
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {outSpec((DataTableSpec)inSpecs[0])};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec in = table.getDataTableSpec();
        final int pre = in.findColumnIndex(settings.preColumn(in));
        final int post = in.findColumnIndex(settings.postColumn(in));
        final String maskName = settings.maskColumn(in);
        final int mask = maskName == null ? -1 : in.findColumnIndex(maskName);
        final MapArithmetic.Operation operation = settings.operation();
        final double scale = settings.relativeScale();
        final StringCell formula = new StringCell(formula());
        final List<String> skipped = new ArrayList<>();
        final List<String> resampled = new ArrayList<>();
        final long[] leftOut = new long[2];
        final BufferedDataTable result = AppendedColumns.appendToRows(table, outSpec(in), exec, "Computing",
            (r, cells, first) -> {
                final DataCell a = r.getCell(pre);
                final DataCell b = r.getCell(post);
                if (a.isMissing() || b.isMissing() || (mask >= 0 && r.getCell(mask).isMissing())) {
                    skipped.add("row '" + r.getKey() + "'");
                    for (int c = first; c < cells.length; c++) {
                        cells[c] = DataType.getMissingCell();
                    }
                    return;
                }
                final VolumeValue preMap = (VolumeValue)a;
                final MapArithmetic.Result done = compute(r, preMap.getVolume(), ((VolumeValue)b).getVolume(),
                    mask < 0 ? null : (MaskValue)r.getCell(mask), operation, resampled);
                leftOut[0] += done.invalidInput();
                leftOut[1] += done.zeroDenominator();
                cells[first] = new VolumeCell(scaled(done.map(), scale), preMap.getSeriesInfo());
                cells[first + 1] = formula;
                cells[first + 2] = new LongCell(done.computed());
                cells[first + 3] = new LongCell(done.invalidInput());
                cells[first + 4] = new LongCell(done.zeroDenominator());
            });
        final List<String> notes = new ArrayList<>();
        if (!skipped.isEmpty()) {
            notes.add(skipped.size() + " rows without a pre map, post map or mask got missing cells ("
                + AppendedColumns.firstFew(skipped, ", ") + ")");
        }
        if (!resampled.isEmpty()) {
            notes.add(resampled.size() + " masks were placed on their pre map's grid by nearest neighbour ("
                + AppendedColumns.firstFew(resampled, "; ") + ")");
        }
        if (leftOut[0] + leftOut[1] > 0) {
            notes.add("voxels left out (NaN): " + leftOut[0] + " with a non-finite input, " + leftOut[1]
                + " with a zero denominator (see the count columns)");
        }
        if (!notes.isEmpty()) {
            setWarningMessage(String.join("; ", notes) + ".");
        }
        return new PortObject[] {result};
    }

    private MapArithmetic.Result compute(final DataRow r, final Volume pre, final Volume post, final MaskValue mask,
        final MapArithmetic.Operation operation, final List<String> resampled) {
        try {
            if (pre.volumeCount() != 1 || post.volumeCount() != 1) {
                throw new InvalidDataException("the maps have " + pre.volumeCount() + " and " + post.volumeCount()
                    + " volumes; map arithmetic combines two 3D maps");
            }
            boolean[] inside = null;
            if (mask != null) {
                final MaskMatching.Result matched =
                    MaskMatching.match(mask.getMask(), pre.geometry(), settings.label(), mask.getSource());
                matched.warnings().forEach(w -> resampled.add("row '" + r.getKey() + "': " + w));
                inside = matched.mask().nonZero();
            }
            return MapArithmetic.apply(pre, post, operation, inside);
        } catch (final InvalidDataException e) {
            throw new InvalidDataException("Row '" + r.getKey() + "': " + e.getMessage()
                + (e.getMessage().contains("different grids") ? " (e.g. with the Series Pairing node)" : ""));
        }
    }

    private static Volume scaled(final Volume map, final double scale) {
        if (scale == 1) {
            return map;
        }
        final float[] v = map.copyOfVolume(0);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float)(v[i] * scale);
        }
        return Volume.map(map.geometry(), v);
    }
}
