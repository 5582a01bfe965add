package org.qmrinodes.knime.images.masktransfer;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.mask.LargestCrossSection;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.node.RowStreamingNodeModel;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * Mask Transfer: places every row's mask on the grid of the row's target volume through patient
 * coordinates (core's {@link MaskMatching}, nearest neighbour), then keeps the 3D VOI, reduces it to
 * its largest cross-section ({@link LargestCrossSection}) or splits it into one row per slice.
 */
final class MaskTransferNodeModel extends RowStreamingNodeModel<MaskTransferSettings> {

    /** Appended column: voxels of the ROI. */
    static final String VOXELS = "roi_voxels";
    /** Appended column: the 0-based slice of a 2D ROI (missing for a 3D VOI). */
    static final String SLICE = "roi_slice_index";
    /** Appended column: whether the mask had to be resampled onto the target grid. */
    static final String RESAMPLED = "mask_resampled";
    /** Appended column: what the ROI is. */
    static final String RULE = "roi_rule";

    MaskTransferNodeModel() {
        super(new MaskTransferSettings(), 1);
    }

    private DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.maskColumn(in);
        settings.targetColumn(in);
        return AppendedColumns.spec(in, "Transferred masks (" + settings.roi() + ")",
            List.of(new DataColumnSpecCreator(settings.outputColumn(), MaskCell.TYPE).createSpec(),
                new DataColumnSpecCreator(VOXELS, LongCell.TYPE).createSpec(),
                new DataColumnSpecCreator(SLICE, IntCell.TYPE).createSpec(),
                new DataColumnSpecCreator(RESAMPLED, BooleanCell.TYPE).createSpec(),
                new DataColumnSpecCreator(RULE, StringCell.TYPE).createSpec()));
    }

    @Override
    protected DataTableSpec[] outSpecs(final DataTableSpec in) throws InvalidSettingsException {
        return new DataTableSpec[] {outSpec(in)};
    }

    @Override
    protected String doing() {
        return "Transferring the mask of";
    }

    @Override
    protected RowWork work(final DataTableSpec in) throws InvalidSettingsException {
        final DataTableSpec out = outSpec(in);
        final int mask = in.findColumnIndex(settings.maskColumn(in));
        final int target = in.findColumnIndex(settings.targetColumn(in));
        final StringCell rule = new StringCell(rule());
        final List<String> skipped = new ArrayList<>();
        final List<String> resampled = new ArrayList<>();
        final int first = in.getNumColumns();
        return new RowWork() {
            @Override
            public void process(final DataRow r, final RowSink sink) throws InterruptedException {
                if (r.getCell(mask).isMissing() || r.getCell(target).isMissing()) {
                    skipped.add("row '" + r.getKey() + "'");
                    final DataCell[] cells = AppendedColumns.cells(r, out.getNumColumns());
                    AppendedColumns.missing(cells, first);
                    sink.push(0, new DefaultRow(r.getKey(), cells));
                    return;
                }
                final MaskValue m = (MaskValue)r.getCell(mask);
                final Geometry grid = ((VolumeValue)r.getCell(target)).getVolume().geometry();
                final MaskMatching.Result matched;
                try {
                    matched = MaskMatching.match(m.getMask(), grid, settings.label(), m.getSource());
                } catch (final InvalidDataException e) {
                    throw new InvalidDataException("Row '" + r.getKey() + "': " + e.getMessage());
                }
                if (matched.resampled()) {
                    resampled.add("row '" + r.getKey() + "'");
                }
                for (final Roi roi : rois(r, matched.mask(), m.getSource())) {
                    final DataCell[] cells = AppendedColumns.cells(r, out.getNumColumns());
                    cells[first] = new MaskCell(roi.mask, m.getSource());
                    cells[first + 1] = new LongCell(roi.voxels);
                    cells[first + 2] = roi.slice < 0 ? DataType.getMissingCell() : new IntCell(roi.slice);
                    cells[first + 3] = BooleanCell.get(matched.resampled());
                    cells[first + 4] = rule;
                    sink.push(0, new DefaultRow(roi.key, cells));
                }
            }

            @Override
            public void finish() {
                final List<String> notes = new ArrayList<>();
                if (!resampled.isEmpty()) {
                    notes.add(resampled.size() + " masks were resampled onto their target grid by nearest neighbour ("
                        + AppendedColumns.firstFew(resampled, ", ") + ")");
                }
                if (!skipped.isEmpty()) {
                    notes.add(skipped.size() + " rows without a mask or target volume got missing cells ("
                        + AppendedColumns.firstFew(skipped, ", ") + ")");
                }
                if (!notes.isEmpty()) {
                    setWarningMessage(String.join("; ", notes) + ".");
                }
            }
        };
    }

    private String rule() {
        final String label = settings.label() == 0 ? "every non-zero label" : "label " + settings.label();
        return switch (settings.roi()) {
            case MaskTransferSettings.LARGEST -> "largest cross-section slice of " + label + " on the target grid";
            case MaskTransferSettings.PER_SLICE -> "one slice of " + label + " on the target grid";
            default -> "3D VOI of " + label + " on the target grid";
        };
    }

    /** One output ROI: its row key, mask, voxel count and slice (−1 for the 3D VOI). */
    private record Roi(RowKey key, Mask mask, long voxels, int slice) {
    }

    private List<Roi> rois(final DataRow r, final Mask mask, final String name) {
        final String kind = settings.roi();
        if (MaskTransferSettings.LARGEST.equals(kind)) {
            final LargestCrossSection.Result largest = LargestCrossSection.of(mask, name);
            return List.of(new Roi(r.getKey(), largest.mask(), largest.voxels(), largest.slice()));
        }
        final int[] labels = mask.copyOfLabels();
        final Geometry g = mask.geometry();
        final int plane = g.columns() * g.rows();
        if (!MaskTransferSettings.PER_SLICE.equals(kind)) {
            long voxels = 0;
            for (final int l : labels) {
                if (l != 0) {
                    voxels++;
                }
            }
            return List.of(new Roi(r.getKey(), mask, voxels, -1));
        }
        final List<Roi> out = new ArrayList<>();
        for (int k = 0; k < g.slices(); k++) {
            final int[] slice = new int[labels.length];
            long voxels = 0;
            for (int i = k * plane; i < (k + 1) * plane; i++) {
                slice[i] = labels[i];
                if (labels[i] != 0) {
                    voxels++;
                }
            }
            if (voxels > 0) {
                out.add(new Roi(new RowKey(r.getKey().getString() + "_slice" + k), new Mask(g, slice), voxels, k));
            }
        }
        return out;
    }
}
