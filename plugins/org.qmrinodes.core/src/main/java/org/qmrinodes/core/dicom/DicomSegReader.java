package org.qmrinodes.core.dicom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;

/**
 * Reads a DICOM Segmentation (SOP Class 1.2.840.10008.5.1.4.1.1.66.4) into a label mask: segment
 * number n becomes label n (a later frame wins where segments overlap). BINARY segmentations are
 * 1 bit per pixel, packed little-bit-first across frame boundaries (PS3.5 8.1.1); FRACTIONAL ones
 * are thresholded at half of Maximum Fractional Value. The grid is that of the frames: Image
 * Orientation and Pixel Spacing from the functional groups, slices at the frames' positions along the
 * normal, spaced by Spacing Between Slices (positions without a frame are empty).
 */
public final class DicomSegReader {

    private final DicomToolkit toolkit;

    /** @param toolkit the toolkit to read with */
    public DicomSegReader(final DicomToolkit toolkit) {
        this.toolkit = toolkit;
    }

    /**
     * @param file a DICOM SEG file
     * @return its segments as labels
     * @throws InvalidDataException naming the file and element when it is not a usable SEG
     */
    public Mask read(final Path file) {
        final DicomElements d;
        try {
            d = toolkit.read(file, true);
        } catch (final IOException e) {
            throw new InvalidDataException(e.getMessage());
        }
        if (!"1.2.840.10008.5.1.4.1.1.66.4".equals(d.string(0x00080016))) {
            throw new InvalidDataException(file + ": not a DICOM Segmentation (SOP Class UID (0008,0016) is "
                + d.string(0x00080016) + ")");
        }
        final List<FrameHeader> frames = DicomHeaders.frames(file, d);
        final List<DicomElements> perFrame = d.items(0x52009230);
        final FrameHeader f0 = frames.get(0);
        final double[] normal = DicomHeaders.cross(f0.orientation());
        final double spacing = f0.thickness() > 0 ? f0.thickness() : 1;
        final double low = frames.stream().mapToDouble(f -> DicomHeaders.dot(f.position(), normal)).min().orElseThrow();
        final double high = frames.stream().mapToDouble(f -> DicomHeaders.dot(f.position(), normal)).max().orElseThrow();
        final int slices = (int) Math.round((high - low) / spacing) + 1;
        final FrameHeader first = frames.stream().min(Comparator.comparingDouble(f -> DicomHeaders.dot(f.position(), normal)))
            .orElseThrow();
        final Geometry g = DicomHeaders.grid(f0, slices, first.position(), spacing, normal);
        final int bits = (int) d.number(0x00280100);
        final boolean fractional = "FRACTIONAL".equalsIgnoreCase(d.string(0x00620001));
        final double threshold = fractional ? d.number(0x0062000E) / 2 : 0;
        final byte[] pixels = pixelBytes(file, d);
        final int frameSize = f0.rows() * f0.columns();
        final long neededBits = (long) frames.size() * frameSize * bits;
        if (bits != 1 && bits != 8 || pixels.length * 8L < neededBits) {
            throw new InvalidDataException(file + ": Pixel Data (7FE0,0010) of " + pixels.length + " bytes does not hold "
                + frames.size() + " frames of " + f0.columns() + "x" + f0.rows() + " at Bits Allocated (0028,0100) " + bits);
        }
        final int[] labels = new int[(int) g.voxelCount()];
        for (int f = 0; f < frames.size(); f++) {
            final int k = (int) Math.round((DicomHeaders.dot(frames.get(f).position(), normal) - low) / spacing);
            final int segment = segmentNumber(file, perFrame, f);
            for (int p = 0; p < frameSize; p++) {
                final long bit = (long) f * frameSize + p;
                final boolean on = bits == 1 ? ((pixels[(int) (bit >>> 3)] >> (bit & 7)) & 1) != 0
                    : (pixels[(int) bit] & 0xFF) > threshold;
                if (on) {
                    labels[k * frameSize + p] = segment;
                }
            }
        }
        return new Mask(g, labels);
    }

    private static int segmentNumber(final Path file, final List<DicomElements> perFrame, final int f) {
        if (f < perFrame.size()) {
            for (final DicomElements s : perFrame.get(f).items(0x0062000A)) {
                final double n = s.number(0x0062000B);
                if (!Double.isNaN(n)) {
                    return (int) n;
                }
            }
        }
        throw new InvalidDataException(file + ": frame " + (f + 1) + " has no Referenced Segment Number (0062,000B)");
    }

    private static byte[] pixelBytes(final Path file, final DicomElements d) {
        final DicomElements.Element e = d.get(DicomHeaders.PIXEL_DATA);
        if (e == null) {
            throw new InvalidDataException(file + ": no Pixel Data (7FE0,0010)");
        }
        if (e.value() instanceof byte[] b) {
            return b;
        }
        if (e.value() instanceof short[] s) {
            final byte[] b = new byte[s.length * 2];
            for (int i = 0; i < s.length; i++) {
                b[2 * i] = (byte) s[i];
                b[2 * i + 1] = (byte) (s[i] >> 8);
            }
            return b;
        }
        throw new InvalidDataException(file + ": Pixel Data (7FE0,0010) has value representation " + e.vr());
    }
}
