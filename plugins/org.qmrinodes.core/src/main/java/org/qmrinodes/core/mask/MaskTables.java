package org.qmrinodes.core.mask;

import static org.qmrinodes.core.data.ResultTable.integer;
import static org.qmrinodes.core.data.ResultTable.real;
import static org.qmrinodes.core.data.ResultTable.text;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;

/** The summary table of read masks, for the VOI Mask Reader node. */
public final class MaskTables {

    /**
     * A mask with the name it is reported under.
     *
     * @param name file name or path
     * @param mask the mask
     */
    public record NamedMask(String name, Mask mask) {
    }

    private MaskTables() {
    }

    /**
     * @param masks the masks
     * @return one row per mask: {@code mask_file, labels} (non-zero labels, {@code ;}-separated),
     *         {@code voxels} (non-zero voxels), {@code label_voxels} (per label, {@code ;}-separated),
     *         {@code columns, rows, slices, spacing_x, spacing_y, spacing_z, origin_x, origin_y,
     *         origin_z} (mm, LPS), {@code volume_ml} (non-zero voxels × voxel volume)
     */
    public static ResultTable summary(final List<NamedMask> masks) {
        final ResultTable.Builder b = ResultTable.builder(text("mask_file"), text("labels"), integer("voxels"),
            text("label_voxels"), integer("columns"), integer("rows"), integer("slices"), real("spacing_x"),
            real("spacing_y"), real("spacing_z"), real("origin_x"), real("origin_y"), real("origin_z"), real("volume_ml"));
        for (final NamedMask m : masks) {
            final Geometry g = m.mask().geometry();
            final Map<Integer, Long> counts = m.mask().labelCounts();
            final long voxels = counts.values().stream().mapToLong(Long::longValue).sum();
            final double[] sp = g.spacing();
            final double[] o = g.origin();
            b.row(m.name(), counts.keySet().stream().map(String::valueOf).collect(Collectors.joining(";")), (int) voxels,
                counts.values().stream().map(String::valueOf).collect(Collectors.joining(";")), g.columns(), g.rows(),
                g.slices(), sp[0], sp[1], sp[2], o[0], o[1], o[2], voxels * sp[0] * sp[1] * sp[2] / 1000.0);
        }
        return b.build();
    }
}
