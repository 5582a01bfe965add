package org.qmrinodes.knime.cells;

import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.core.plot.VolumeSnapshot;

/**
 * Pictures of volume and mask cells, one drawing for the table thumbnails
 * ({@link ImageThumbnailRenderer}) and the Volume Snapshot node: core's {@link VolumeSnapshot} of the
 * lesion slice (the mask's largest cross-section) or the middle slice, windowed, with the mask outline.
 */
public final class ImageSnapshots {

    private ImageSnapshots() {
    }

    /**
     * @param image the volume
     * @param parameter which of its volumes (0-based)
     * @param mask the VOI (placed on the image's grid by nearest neighbour when it is on another), or null
     * @param label the mask label to outline, 0 for every label
     * @param slice the slice to draw, or −1 for the lesion slice (the middle slice without a mask)
     * @param caption the line under the picture
     * @return the picture
     */
    public static VolumeSnapshot of(final VolumeValue image, final int parameter, final MaskValue mask, final int label,
        final int slice, final String caption) {
        final Volume v = image.getVolume();
        final Mask m = mask == null ? null
            : MaskMatching.match(mask.getMask(), v.geometry(), label, mask.getSource()).mask();
        return new VolumeSnapshot(v, parameter, m, slice < 0 ? VolumeSnapshot.lesionSlice(v, m) : slice, caption);
    }

    /**
     * @param image the volume
     * @param mask the VOI (placed on the image's grid as in {@link #of(VolumeValue, int, MaskValue, int, int, String)})
     * @param label the mask label, 0 for every label
     * @return the 0-based slice with the largest cross-section of the mask on the image's grid
     */
    public static int lesionSlice(final VolumeValue image, final MaskValue mask, final int label) {
        final Volume v = image.getVolume();
        return VolumeSnapshot.lesionSlice(v, MaskMatching.match(mask.getMask(), v.geometry(), label, mask.getSource())
            .mask());
    }

    /**
     * A mask alone: its labels as the grey image (background black, labels white) with their outline,
     * at its largest cross-section.
     *
     * @param mask the mask
     * @param caption the line under the picture
     * @return the picture
     */
    public static VolumeSnapshot of(final MaskValue mask, final String caption) {
        final Mask m = mask.getMask();
        final Geometry g = m.geometry();
        final int[] labels = m.copyOfLabels();
        final float[] grey = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            grey[i] = labels[i] != 0 ? 1 : 0;
        }
        final Volume image = Volume.map(g, grey);
        return new VolumeSnapshot(image, 0, m, VolumeSnapshot.lesionSlice(image, m), caption);
    }
}
