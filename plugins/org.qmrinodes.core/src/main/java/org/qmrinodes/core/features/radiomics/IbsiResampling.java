package org.qmrinodes.core.features.radiomics;

import java.util.List;

import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

/**
 * IBSI 1's interpolation (Zwanenburg et al. 2020, §2.4 "Interpolation", grid alignment by aligning the grid
 * centres), used in IBSI mode for {@code resampledPixelSpacing}. Per axis the new grid has
 * n′ = ⌈n s / s′⌉ voxels of spacing s′ (the old spacing where s′ is 0), and its voxel i lies at the old
 * continuous index (n − 1)/2 − (n′ − 1)/2 · s′/s + i · s′/s, so that both grids share their centre. The image is
 * interpolated trilinearly (or by nearest neighbour), points beyond the outermost voxel centres taking the
 * nearest edge value; the mask of the label is interpolated trilinearly as 1 inside and 0 inside and outside the
 * grid, and a new voxel belongs to the region where that value is at least ½ (the partial-volume rule). Only the
 * part of the new grid around the region is computed: the values there are those of the whole new grid.
 */
final class IbsiResampling {

    /** The mask's partial-volume threshold. */
    static final double INCLUSION = 0.5;

    /** New voxels kept around the region's box besides the filters' reach (checked against MIRP's whole grid). */
    private static final int MARGIN = 3;

    private IbsiResampling() {
    }

    /**
     * @param image the image (one volume), the mask on its grid
     * @param mask the mask
     * @param label the region's label (the new mask holds it as its label)
     * @param asked the spacings asked for, one per axis in mm (0 keeps the axis' spacing)
     * @param linear trilinear interpolation of the image, else nearest neighbour
     * @param reach the voxels of the new grid that filters read around the region's box, kept too
     * @param maskName the mask's name for messages
     * @return the image and mask on the part of the centred grid around the region
     * @throws org.qmrinodes.core.data.InvalidDataException when the region is empty, before or after resampling
     */
    static RadiomicsResampling.Resampled resample(final Volume image, final Mask mask, final int label,
        final List<?> asked, final boolean linear, final int reach, final String maskName) {
        final Geometry g = image.geometry();
        final int[] n = {g.columns(), g.rows(), g.slices()};
        final double[] s = g.spacing();
        final RegionOfInterest box = RegionOfInterest.crop(image, mask, label, maskName);
        final int[] low = box.low();
        final int[] extent = {box.columns(), box.rows(), box.slices()};
        final double[] spacing = spacing(asked, s);
        final double[] step = new double[3];
        final double[] first = new double[3];
        final int[] from = new int[3];
        final int[] size = new int[3];
        for (int d = 0; d < 3; d++) {
            step[d] = spacing[d] / s[d];
            final int count = (int) Math.ceil(n[d] * s[d] / spacing[d] - 1e-9);
            final double origin = 0.5 * (n[d] - 1) - 0.5 * (count - 1) * step[d];
            from[d] = Math.max(0, (int) Math.floor((low[d] - 1 - origin) / step[d]) - MARGIN - reach);
            final int to = Math.min(count - 1, (int) Math.ceil((low[d] + extent[d] - origin) / step[d]) + MARGIN + reach);
            size[d] = to - from[d] + 1;
            first[d] = origin + from[d] * step[d];
        }
        final Geometry grid = new Geometry(size[0], size[1], size[2], g.indexToPatient(first[0], first[1], first[2]),
            spacing, g.direction());
        final java.nio.FloatBuffer source = image.view(0);
        final int[] labels = mask.copyOfLabels();
        final float[] values = new float[size[0] * size[1] * size[2]];
        final int[] inside = new int[values.length];
        for (int k = 0; k < size[2]; k++) {
            final double z = first[2] + k * step[2];
            for (int j = 0; j < size[1]; j++) {
                final double y = first[1] + j * step[1];
                for (int i = 0; i < size[0]; i++) {
                    final double x = first[0] + i * step[0];
                    final int v = (k * size[1] + j) * size[0] + i;
                    values[v] = (float) (linear ? trilinear(source, n, x, y, z) : nearest(source, n, x, y, z));
                    inside[v] = partialVolume(labels, label, n, x, y, z) >= INCLUSION ? label : 0;
                }
            }
        }
        return new RadiomicsResampling.Resampled(Volume.map(grid, values), new Mask(grid, inside));
    }

    /**
     * @param asked the spacings asked for, one per axis in mm (0 keeps the axis' spacing)
     * @param old the image's spacing
     * @return the new grid's spacing
     */
    static double[] spacing(final List<?> asked, final double[] old) {
        final double[] spacing = new double[3];
        for (int d = 0; d < 3; d++) {
            final double wanted = ((Number) asked.get(d)).doubleValue();
            spacing[d] = wanted == 0 ? old[d] : wanted;
        }
        return spacing;
    }

    /** The trilinear value at a continuous index, each coordinate clamped to the grid (edge values beyond it). */
    private static double trilinear(final java.nio.FloatBuffer v, final int[] n, final double x, final double y,
        final double z) {
        final double cx = clamp(x, n[0]);
        final double cy = clamp(y, n[1]);
        final double cz = clamp(z, n[2]);
        final int x0 = Math.min((int) Math.floor(cx), n[0] - 1);
        final int y0 = Math.min((int) Math.floor(cy), n[1] - 1);
        final int z0 = Math.min((int) Math.floor(cz), n[2] - 1);
        final int x1 = Math.min(x0 + 1, n[0] - 1);
        final int y1 = Math.min(y0 + 1, n[1] - 1);
        final int z1 = Math.min(z0 + 1, n[2] - 1);
        final double fx = cx - x0;
        final double fy = cy - y0;
        final double fz = cz - z0;
        double sum = 0;
        for (int c = 0; c < 8; c++) {
            final int xi = (c & 1) == 0 ? x0 : x1;
            final int yi = (c & 2) == 0 ? y0 : y1;
            final int zi = (c & 4) == 0 ? z0 : z1;
            final double w = ((c & 1) == 0 ? 1 - fx : fx) * ((c & 2) == 0 ? 1 - fy : fy) * ((c & 4) == 0 ? 1 - fz : fz);
            sum += w * v.get((zi * n[1] + yi) * n[0] + xi);
        }
        return sum;
    }

    private static double nearest(final java.nio.FloatBuffer v, final int[] n, final double x, final double y,
        final double z) {
        final int xi = (int) Math.rint(clamp(x, n[0]));
        final int yi = (int) Math.rint(clamp(y, n[1]));
        final int zi = (int) Math.rint(clamp(z, n[2]));
        return v.get((zi * n[1] + yi) * n[0] + xi);
    }

    private static double clamp(final double x, final int n) {
        return Math.max(0, Math.min(n - 1, x));
    }

    /** The trilinear value of the label's indicator at a continuous index, 0 beyond the grid. */
    private static double partialVolume(final int[] labels, final int label, final int[] n, final double x,
        final double y, final double z) {
        final int x0 = (int) Math.floor(x);
        final int y0 = (int) Math.floor(y);
        final int z0 = (int) Math.floor(z);
        final double fx = x - x0;
        final double fy = y - y0;
        final double fz = z - z0;
        double sum = 0;
        for (int c = 0; c < 8; c++) {
            final int xi = x0 + (c & 1);
            final int yi = y0 + ((c >> 1) & 1);
            final int zi = z0 + ((c >> 2) & 1);
            if (xi < 0 || yi < 0 || zi < 0 || xi >= n[0] || yi >= n[1] || zi >= n[2]
                || labels[(zi * n[1] + yi) * n[0] + xi] != label) {
                continue;
            }
            sum += ((c & 1) == 0 ? 1 - fx : fx) * ((c & 2) == 0 ? 1 - fy : fy) * ((c & 4) == 0 ? 1 - fz : fz);
        }
        return sum;
    }
}
