package org.qmrinodes.core.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.testing.CsvTable;

/** NRRD images (not label maps) read as volumes. */
class NrrdImageTest {

    @TempDir
    Path dir;

    @Test
    void pyRadiomicsBreastImageHasTheSizeSpacingAndIntensitiesPyRadiomicsReports() {
        final Volume image = Nrrd.readImage(CsvTable.sharedFile("data/radiomics/pyradiomics/breast1_image.nrrd"));
        final Geometry g = image.geometry();
        assertEquals(45, g.columns());
        assertEquals(120, g.rows());
        assertEquals(21, g.slices());
        assertArrayEquals(new double[] {0.664062, 0.664062, 2.1}, g.spacing(), 1e-12);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        final float[] voxels = image.copyOfVolume(0);
        for (final float v : voxels) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        // PyRadiomics' diagnostics_Image-original_Minimum/Maximum/Mean of this image
        assertEquals(6, min);
        assertEquals(248, max);
        assertEquals(63.380440917107585, sum / voxels.length, 1e-12);
    }

    private Path image(final String type, final String endian, final byte[] data) throws IOException {
        final Path file = dir.resolve(type + ".nrrd");
        final String header = "NRRD0004\ntype: " + type + "\ndimension: 3\nspace: left-posterior-superior\nsizes: 2 1 2\n"
            + "space directions: (0.5,0,0) (0,0.5,0) (0,0,3)\nendian: " + endian + "\nencoding: raw\n"
            + "space origin: (0,0,0)\n\n";
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header.getBytes(StandardCharsets.US_ASCII));
            out.write(data);
        }
        return file;
    }

    @Test
    void bigEndianFloatVoxelsAreReadInColumnRowSliceOrder() throws IOException {
        final ByteBuffer data = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN);
        data.putFloat(1.5f).putFloat(-2.25f).putFloat(1e6f).putFloat(0.125f);
        final Volume image = Nrrd.readImage(image("float", "big", data.array()));
        assertEquals(1.5f, image.get(0, 0, 0, 0));
        assertEquals(-2.25f, image.get(1, 0, 0, 0));
        assertEquals(1e6f, image.get(0, 0, 1, 0));
        assertEquals(0.125f, image.get(1, 0, 1, 0));
    }

    @Test
    void unsignedShortVoxelsAboveThe16BitSignedRangeStayPositive() throws IOException {
        final ByteBuffer data = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        data.putShort((short) 65535).putShort((short) 40000).putShort((short) 1).putShort((short) 0);
        final Volume image = Nrrd.readImage(image("ushort", "little", data.array()));
        assertEquals(65535f, image.get(0, 0, 0, 0));
        assertEquals(40000f, image.get(1, 0, 0, 0));
    }

    @Test
    void aTruncatedImageIsRefusedNamingTheFile() throws IOException {
        final Path file = image("double", "little", new byte[20]);
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> Nrrd.readImage(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("shorter"), e.getMessage());
    }

    @Test
    void floatVoxelsAreNotAcceptedAsLabels() throws IOException {
        final Path file = image("float", "little", new byte[16]);
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> Nrrd.read(file));
        assertTrue(e.getMessage().contains("not a label type"), e.getMessage());
    }
}
