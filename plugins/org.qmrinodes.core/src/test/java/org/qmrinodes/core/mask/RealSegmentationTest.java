package org.qmrinodes.core.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.dicom.DicomScan;
import org.qmrinodes.core.dicom.DicomSeriesReader;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The dcmqi test label (23x38x3, 322 voxels: 4/314/4 per slice) as 3D Slicer NRRD and as DICOM SEG,
 * matched to the three slices it was drawn on.
 */
class RealSegmentationTest {

    private static Path dir() {
        return CsvTable.sharedFile("data/segmentation/dcmqi_23x38x3/nrrd/label.nrrd").getParent().getParent();
    }

    private static long[] perSlice(final Mask m) {
        final Geometry g = m.geometry();
        final long[] n = new long[g.slices()];
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    n[k] += m.label(i, j, k) != 0 ? 1 : 0;
                }
            }
        }
        return n;
    }

    private static Geometry imageGrid() {
        final DicomScan scan = DicomSeriesReader.withPixelMed().scan(dir().resolve("image"));
        assertEquals(1, scan.series().size());
        return scan.series().get(0).geometry();
    }

    @Test
    void nrrdAndSegHold322VoxelsOnTheImageGrid() {
        final Geometry image = imageGrid();
        for (final String f : new String[] {"nrrd/label.nrrd", "seg/label.seg"}) {
            final Mask raw = MaskReader.read(dir().resolve(f));
            assertEquals(Map.of(1, 322L), raw.labelCounts(), f);
            final MaskMatching.Result r = MaskMatching.match(raw, image, 1, f);
            assertFalse(r.resampled(), f + " should lie on the image grid");
            assertEquals(322L, r.mask().labelCounts().get(1), f);
            final long[] slices = perSlice(r.mask());
            assertEquals(3, slices.length);
            assertTrue(slices[0] == 4 && slices[1] == 314 && slices[2] == 4, f + ": " + java.util.Arrays.toString(slices));
        }
    }

    @Test
    void maskOnAnotherGridIsResampledWithWarningAndOutsideIsAnError() {
        final Geometry image = imageGrid();
        final Mask nrrd = MaskReader.read(dir().resolve("nrrd/label.nrrd"));
        // the image grid at half the in-plane spacing: nearest neighbour keeps every label voxel 4 times
        final double[] sp = image.spacing();
        final Geometry fine = new Geometry(image.columns() * 2, image.rows() * 2, image.slices(),
            image.indexToPatient(-0.25, -0.25, 0), new double[] {sp[0] / 2, sp[1] / 2, sp[2]}, image.direction());
        final MaskMatching.Result r = MaskMatching.match(nrrd, fine, 0, "label.nrrd");
        assertTrue(r.resampled());
        assertEquals(1, r.warnings().size());
        assertEquals(322L * 4, r.mask().labelCounts().get(1));
        final double[] o = image.origin();
        final Geometry away = new Geometry(image.columns(), image.rows(), image.slices(),
            new double[] {o[0] + 500, o[1], o[2]}, sp, image.direction());
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> MaskMatching.match(nrrd, away, 1, "label.nrrd"));
        assertTrue(e.getMessage().contains("label.nrrd") && e.getMessage().contains("outside the image"), e.getMessage());
        assertThrows(InvalidDataException.class, () -> MaskMatching.match(nrrd, image, 2, "label.nrrd"));
    }
}
