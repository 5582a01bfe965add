package org.qmrinodes.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.data.InvalidDataException;

/** Damaged NIfTI-1 headers give a message naming the file and the field, never an OutOfMemoryError. */
class NiftiHostileHeaderTest {

    @TempDir
    Path dir;

    private static final Geometry GRID = new Geometry(4, 3, 2, new double[] {0, 0, 0}, new double[] {1, 1, 2},
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    /** A valid 4x3x2 float32 image's bytes with the header changed by {@code edit}. */
    private byte[] image(final Consumer<ByteBuffer> edit) throws IOException {
        final Path clean = dir.resolve("clean.nii");
        final float[] values = new float[24];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        Nifti.write(clean, GRID, List.of(values));
        final byte[] bytes = Files.readAllBytes(clean);
        edit.accept(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
        return bytes;
    }

    private InvalidDataException refused(final Path file) {
        return assertThrows(InvalidDataException.class, () -> Nifti.readVolume(file));
    }

    @Test
    void aSmallGzipFileDeclaringAGigavoxelIsRefusedNamingFileAndSize() throws IOException {
        final byte[] header = image(h -> h.putShort(42, (short) 1024).putShort(44, (short) 1024).putShort(46, (short) 1024));
        final Path file = dir.resolve("bomb.nii.gz");
        final byte[] noise = new byte[1 << 20];
        new Random(9).nextBytes(noise);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(header, 0, 352);
            out.write(noise);
        }
        final long before = usedHeap();
        final InvalidDataException e = refused(file);
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("1024x1024x1024"), e.getMessage());
        assertTrue(usedHeap() - before < 512L << 20, "no gigabyte array was allocated");
        assertThrows(InvalidDataException.class, () -> Nifti.readMask(file));
    }

    @Test
    void anUncompressedFileShorterThanItsDimensionsIsRefused() throws IOException {
        final Path file = dir.resolve("short.nii");
        Files.write(file, image(h -> h.putShort(46, (short) 30000)));
        final InvalidDataException e = refused(file);
        assertTrue(e.getMessage().contains("4x3x30000"), e.getMessage());
    }

    @Test
    void zeroOrNegativeDimensionsAreRefused() throws IOException {
        final Path file = dir.resolve("negative.nii");
        Files.write(file, image(h -> h.putShort(44, (short) -3)));
        assertTrue(refused(file).getMessage().contains("-3"));
        Files.write(file, image(h -> h.putShort(44, (short) 0)));
        assertTrue(refused(file).getMessage().contains("dim"));
    }

    @Test
    void moreThanTheFreeHeapIsRefusedBeforeAllocating() {
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> DeclaredSize.requireHeap(Path.of("big.nii"), "2000x2000x500 voxels", Long.MAX_VALUE / 2));
        assertTrue(e.getMessage().contains("big.nii") && e.getMessage().contains("2000x2000x500"), e.getMessage());
    }

    @Test
    void absurdPixdimIsRefusedNamingTheField() throws IOException {
        final Path file = dir.resolve("pixdim.nii");
        for (final float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, 0f, -1f, 2e6f}) {
            Files.write(file, image(h -> h.putShort(254, (short) 0).putFloat(84, bad)));
            final InvalidDataException e = refused(file);
            assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("pixdim"), bad + ": " + e.getMessage());
        }
        Files.write(file, image(h -> h.putFloat(284, Float.NaN)));
        assertTrue(refused(file).getMessage().contains("sform"));
        Files.write(file, image(h -> h.putFloat(280, 1e7f)));
        assertTrue(refused(file).getMessage().contains("spacing"));
    }

    @Test
    void aNonFiniteMaskValueIsNoLabel() throws IOException {
        final Path file = dir.resolve("mask.nii");
        Files.write(file, image(h -> h.putFloat(352 + 4 * 5, Float.POSITIVE_INFINITY)));
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> Nifti.readMask(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("(1,1,0)"), e.getMessage());
    }

    @Test
    void aValidGzipImageStillReadsBack() throws IOException {
        final Path file = dir.resolve("ok.nii.gz");
        final float[] values = new float[24];
        for (int i = 0; i < values.length; i++) {
            values[i] = 3 * i;
        }
        Nifti.write(file, GRID, List.of(values, values));
        final Volume v = Nifti.readVolume(file);
        assertEquals(2, v.volumeCount());
        assertEquals(3 * 23, v.get(3, 2, 1, 1));
        assertEquals(3 * 5, v.get(1, 1, 0, 0));
    }

    private static long usedHeap() {
        final Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
