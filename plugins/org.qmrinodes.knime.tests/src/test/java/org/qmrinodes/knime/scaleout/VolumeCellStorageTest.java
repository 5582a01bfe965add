package org.qmrinodes.knime.scaleout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.knime.cells.ImageCellTestSupport;
import org.qmrinodes.knime.cells.VolumeCell;

/**
 * What storing a DCE series in a volume cell costs: the stored bytes, the time to write and read
 * them, and what gzip (KNIME's blob compression, switched off for volume cells) would save and cost. The series has Fr24-like phases of
 * whole-number signal (as stored by the scanner) with noise; the default size is a small one,
 * {@code -Dqmri.storage.full=true} measures the 31 phases of 60 × 288 × 224.
 */
class VolumeCellStorageTest {

    @Test
    void aDceSeriesRoundTripsAndItsStorageCostsArePrinted() throws IOException {
        final boolean full = Boolean.getBoolean("qmri.storage.full");
        final int phases = 31;
        final Geometry g = full ? new Geometry(224, 288, 60, new double[3], new double[] {0.7, 0.7, 2},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1})
            : new Geometry(56, 72, 6, new double[3], new double[] {2.8, 2.8, 20}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final List<AcquisitionParameters> p = new ArrayList<>();
        for (int t = 0; t < phases; t++) {
            p.add(new AcquisitionParameters(Double.NaN, 1.6, Double.NaN, 10, 4.6, t + 1, false, 43_200 + 10 * t, 43_230));
        }
        final Volume.Builder b = Volume.builder(g, p);
        final Random random = new Random(1);
        final int plane = g.columns() * g.rows();
        final float[] slice = new float[plane];
        for (int t = 0; t < phases; t++) {
            final double enhancement = t == 0 ? 0 : 1 - Math.exp(-t / 8.0);
            for (int k = 0; k < g.slices(); k++) {
                for (int i = 0; i < plane; i++) {
                    final int x = i % g.columns();
                    final int y = i / g.columns();
                    final double dx = (x - g.columns() / 2.0) / (0.45 * g.columns());
                    final double dy = (y - g.rows() / 2.0) / (0.45 * g.rows());
                    final double tissue = dx * dx + dy * dy <= 1 ? 400 * (1 + 0.8 * enhancement) : 0;
                    slice[i] = (float)Math.rint(Math.hypot(tissue + 15 * random.nextGaussian(), 15 * random.nextGaussian()));
                }
                b.setSlice(k, t, slice);
            }
        }
        final VolumeCell cell = new VolumeCell(b.build(), new SeriesInfo("P1", "1.2", "1.2.3", 5, "DCE", "MR", "SYN"));
        long start = System.nanoTime();
        final byte[] stored = ImageCellTestSupport.store(cell, new VolumeCell.Serializer());
        final double write = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        final ByteArrayOutputStream zipped = new ByteArrayOutputStream(stored.length / 2);
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped, 1 << 16)) {
            gz.write(stored);
        }
        final double gzip = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        final VolumeCell back = ImageCellTestSupport.load(stored, new VolumeCell.Serializer());
        final double read = (System.nanoTime() - start) / 1e9;
        assertEquals(cell.getVolume().parameters(), back.getVolume().parameters());
        assertArrayEquals(cell.getVolume().copyOfVolume(phases - 1), back.getVolume().copyOfVolume(phases - 1));
        final long voxelBytes = 4L * g.voxelCount() * phases;
        assertEquals(voxelBytes / 2, stored.length, 4096.0, "whole numbers in 16 bits a voxel and a small header");
        System.out.printf(Locale.ROOT, "volume cell of %d phases of %dx%dx%d: %.1f MB stored, written in %.2f s, read in"
            + " %.2f s; gzip %.1f MB (%.0f %%) in %.2f s%n", phases, g.columns(), g.rows(), g.slices(), stored.length / 1e6,
            write, read, zipped.size() / 1e6, 100.0 * zipped.size() / stored.length, gzip);
    }
}
