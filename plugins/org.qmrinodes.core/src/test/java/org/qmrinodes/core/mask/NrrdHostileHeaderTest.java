package org.qmrinodes.core.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Mask;

/** Damaged NRRD headers give a message naming the file and the field, never an OutOfMemoryError. */
class NrrdHostileHeaderTest {

    @TempDir
    Path dir;

    private Path nrrd(final String name, final String sizes, final String directions, final String encoding,
        final byte[] data) throws IOException {
        final Path file = dir.resolve(name);
        final String header = "NRRD0004\ntype: uchar\ndimension: 3\nspace: left-posterior-superior\nsizes: " + sizes
            + "\nspace directions: " + directions + "\nendian: little\nencoding: " + encoding + "\nspace origin: (0,0,0)\n\n";
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header.getBytes(StandardCharsets.US_ASCII));
            if (encoding.equals("gzip")) {
                final ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                    gz.write(data);
                }
                out.write(zipped.toByteArray());
            } else {
                out.write(data);
            }
        }
        return file;
    }

    private static final String UNIT = "(1,0,0) (0,1,0) (0,0,1)";

    @Test
    void aGzipLabelMapDeclaringAGigavoxelIsRefusedNamingFileAndSize() throws IOException {
        final Path file = nrrd("bomb.nrrd", "1024 1024 1024", UNIT, "gzip", new byte[1 << 20]);
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> Nrrd.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("1024x1024x1024"), e.getMessage());
    }

    @Test
    void sizesWhoseProductOverflowsAreRefused() throws IOException {
        final Path file = nrrd("overflow.nrrd", "4294967296 4294967296 4", UNIT, "raw", new byte[8]);
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> Nrrd.read(file));
        assertTrue(e.getMessage().contains("4294967296x4294967296x4"), e.getMessage());
    }

    @Test
    void zeroOrNegativeSizesAreRefused() throws IOException {
        final Path file = nrrd("zero.nrrd", "2 0 2", UNIT, "raw", new byte[8]);
        assertTrue(assertThrows(InvalidDataException.class, () -> Nrrd.read(file)).getMessage().contains("2x0x2"));
    }

    @Test
    void aRawFileShorterThanItsSizesIsRefused() throws IOException {
        final Path file = nrrd("short.nrrd", "100 100 100", UNIT, "raw", new byte[8]);
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> Nrrd.read(file));
        assertTrue(e.getMessage().contains("100x100x100"), e.getMessage());
    }

    @Test
    void absurdSpaceDirectionsAreRefused() throws IOException {
        for (final String dirs : new String[] {"(NaN,0,0) (0,1,0) (0,0,1)", "(0,0,0) (0,1,0) (0,0,1)",
            "(1e7,0,0) (0,1,0) (0,0,1)", "(Infinity,0,0) (0,1,0) (0,0,1)"}) {
            final Path file = nrrd("dirs.nrrd", "2 2 2", dirs, "raw", new byte[8]);
            final InvalidDataException e = assertThrows(InvalidDataException.class, () -> Nrrd.read(file));
            assertTrue(e.getMessage().contains("space directions"), dirs + ": " + e.getMessage());
        }
    }

    @Test
    void aValidGzipLabelMapStillReads() throws IOException {
        final Path file = nrrd("ok.nrrd", "2 2 2", UNIT, "gzip", new byte[] {0, 1, 0, 0, 0, 0, 2, 0});
        final Mask m = Nrrd.read(file);
        assertEquals(1, m.label(1, 0, 0));
        assertEquals(2, m.label(0, 1, 1));
    }

    @Test
    void anUnknownMagicVersionIsRefused() throws IOException {
        final Path good = nrrd("good.nrrd", "2 2 2", UNIT, "raw", new byte[8]);
        Nrrd.read(good);
        final byte[] bytes = Files.readAllBytes(good);
        bytes[7] = '9';
        final Path bad = dir.resolve("bad.nrrd");
        Files.write(bad, bytes);
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> Nrrd.read(bad));
        assertTrue(e.getMessage().contains("NRRD0009"), e.getMessage());
    }

    @Test
    void aGzipStreamCutInsideItsTrailerIsRefused() throws IOException {
        final Path good = nrrd("whole.nrrd", "2 2 2", UNIT, "gzip", new byte[8]);
        Nrrd.read(good);
        final byte[] bytes = Files.readAllBytes(good);
        final Path cut = dir.resolve("cut.nrrd");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> Nrrd.read(cut));
        assertTrue(e.getMessage().contains("gzip stream is damaged or truncated"), e.getMessage());
    }
}
