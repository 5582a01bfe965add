package org.qmrinodes.knime.images.mapmath;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.MapArithmetic;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.node.RowAppendingNodeModel;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * Map Arithmetic: per row, a voxel-wise combination of a pre- and a post-contrast map on the same grid
 * by core's {@link MapArithmetic} (ΔT1 = pre − post, relative reduction or change, subtraction),
 * optionally inside a mask; voxels with a non-finite input or a zero denominator are left out (NaN)
 * and counted, per row and in the warning.
 */
final class MapArithmeticNodeModel extends RowAppendingNodeModel<MapArithmeticSettings> {

    /** Appended column: the formula computed. */
    static final String FORMULA = "map_formula";
    /** Appended columns: voxel counts. */
    static final List<String> COUNTS = List.of("computed_voxels", "invalid_input_voxels", "zero_denominator_voxels");

    MapArithmeticNodeModel() {
        super(new MapArithmeticSettings());
    }

    @Override
    protected DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
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
    protected String doing() {
        return "Computing";
    }

    @Override
    protected RowJob job(final DataTableSpec in) throws InvalidSettingsException {
        return new Job(in);
    }

    /** The derived maps of the rows of one input, and what was left out. */
    private final class Job implements RowJob {

        private final int pre;
        private final int post;
        private final int mask;
        private final MapArithmetic.Operation operation = settings.operation();
        private final double scale = settings.relativeScale();
        private final StringCell formula = new StringCell(formula());
        private final List<String> skipped = new ArrayList<>();
        private final List<String> resampled = new ArrayList<>();
        private long invalid;
        private long zero;

        Job(final DataTableSpec in) throws InvalidSettingsException {
            pre = in.findColumnIndex(settings.preColumn(in));
            post = in.findColumnIndex(settings.postColumn(in));
            final String maskName = settings.maskColumn(in);
            mask = maskName == null ? -1 : in.findColumnIndex(maskName);
        }

        @Override
        public void fill(final DataRow r, final DataCell[] cells, final int first) {
            final DataCell a = r.getCell(pre);
            final DataCell b = r.getCell(post);
            if (a.isMissing() || b.isMissing() || (mask >= 0 && r.getCell(mask).isMissing())) {
                skipped.add("row '" + r.getKey() + "'");
                AppendedColumns.missing(cells, first);
                return;
            }
            final VolumeValue preMap = (VolumeValue)a;
            final MapArithmetic.Result done = compute(r, preMap.getVolume(), ((VolumeValue)b).getVolume(),
                mask < 0 ? null : (MaskValue)r.getCell(mask), operation, resampled);
            invalid += done.invalidInput();
            zero += done.zeroDenominator();
            cells[first] = new VolumeCell(scaled(done.map(), scale), preMap.getSeriesInfo());
            cells[first + 1] = formula;
            cells[first + 2] = new LongCell(done.computed());
            cells[first + 3] = new LongCell(done.invalidInput());
            cells[first + 4] = new LongCell(done.zeroDenominator());
        }

        @Override
        public void finish() {
            final List<String> notes = new ArrayList<>();
            if (!skipped.isEmpty()) {
                notes.add(skipped.size() + " rows without a pre map, post map or mask got missing cells ("
                    + AppendedColumns.firstFew(skipped, ", ") + ")");
            }
            if (!resampled.isEmpty()) {
                notes.add(resampled.size() + " masks were placed on their pre map's grid by nearest neighbour ("
                    + AppendedColumns.firstFew(resampled, "; ") + ")");
            }
            if (invalid + zero > 0) {
                notes.add("voxels left out (NaN): " + invalid + " with a non-finite input, " + zero
                    + " with a zero denominator (see the count columns)");
            }
            if (!notes.isEmpty()) {
                setWarningMessage(String.join("; ", notes) + ".");
            }
        }
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
