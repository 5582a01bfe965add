package org.qmrinodes.core.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;

/**
 * Pixel data in other transfer syntaxes: deflated and RLE files load to the same voxels as the
 * uncompressed series; syntaxes that are not decoded are named by the scan.
 */
class TransferSyntaxTest {

    private static final DicomSeriesReader READER = DicomSeriesReader.withPixelMed();
    private static final PixelMedToolkit TOOLKIT = new PixelMedToolkit();

    @TempDir
    Path tmp;

    /**
     * Rewrites a Part 10 file with another Transfer Syntax UID (0002,0010) in its file meta
     * information and a transformed data set.
     */
    static void rewrite(final Path file, final String transferSyntax, final UnaryOperator<byte[]> dataset) throws IOException {
        final byte[] all = Files.readAllBytes(file);
        final ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        final ByteArrayOutputStream meta = new ByteArrayOutputStream();
        int pos = 132;
        while (pos + 8 <= all.length && Short.toUnsignedInt(b.getShort(pos)) == 0x0002) {
            final int element = Short.toUnsignedInt(b.getShort(pos + 2));
            final String vr = new String(all, pos + 4, 2, StandardCharsets.US_ASCII);
            final boolean longForm = vr.equals("OB") || vr.equals("UN") || vr.equals("OW") || vr.equals("UT");
            final int header = longForm ? 12 : 8;
            final int length = longForm ? b.getInt(pos + 8) : Short.toUnsignedInt(b.getShort(pos + 6));
            if (element == 0x0010) {
                byte[] uid = transferSyntax.getBytes(StandardCharsets.US_ASCII);
                if (uid.length % 2 == 1) {
                    uid = Arrays.copyOf(uid, uid.length + 1);
                }
                meta.write(all, pos, 6);
                meta.write(uid.length & 0xFF);
                meta.write(uid.length >> 8);
                meta.write(uid, 0, uid.length);
            } else if (element != 0x0000) {
                meta.write(all, pos, header + length);
            }
            pos += header + length;
        }
        final byte[] elements = meta.toByteArray();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(all, 0, 132);
        final ByteBuffer groupLength = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        groupLength.putShort((short) 0x0002).putShort((short) 0).put("UL".getBytes(StandardCharsets.US_ASCII))
            .putShort((short) 4).putInt(elements.length);
        out.write(groupLength.array());
        out.write(elements);
        out.write(dataset.apply(Arrays.copyOfRange(all, pos, all.length)));
        Files.write(file, out.toByteArray());
    }

    private static byte[] deflate(final byte[] data) {
        final Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final byte[] chunk = new byte[8192];
        while (!d.finished()) {
            out.write(chunk, 0, d.deflate(chunk));
        }
        d.end();
        return out.toByteArray();
    }

    private Volume loadOnly(final Path folder) {
        final DicomSeries s = READER.scan(folder).series().get(0);
        assertNull(s.problem());
        return READER.load(s);
    }

    private static void assertSameVoxels(final Volume expected, final Volume actual) {
        assertEquals(expected.volumeCount(), actual.volumeCount());
        for (int v = 0; v < expected.volumeCount(); v++) {
            assertArrayEquals(expected.copyOfVolume(v), actual.copyOfVolume(v), "volume " + v);
        }
    }

    @Test
    void deflatedFilesLoadToTheSameVoxels() throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), tmp.resolve("plain"), TOOLKIT);
        final Volume plain = loadOnly(tmp.resolve("plain"));
        final Path deflated = Files.createDirectories(tmp.resolve("deflated"));
        for (final Path f : t.files()) {
            final Path g = deflated.resolve(f.getFileName());
            Files.copy(f, g);
            rewrite(g, DicomLimits.DEFLATED, TransferSyntaxTest::deflate);
        }
        assertTrue(Files.size(deflated.resolve(t.files().get(0).getFileName())) < Files.size(t.files().get(0)));
        assertSameVoxels(plain, loadOnly(deflated));
    }

    @Test
    void aDeflatedFileThatInflatesToGarbageIsSkippedWithAReason() throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), tmp, TOOLKIT);
        final Path f = t.files().get(0);
        rewrite(f, DicomLimits.DEFLATED, data -> Arrays.copyOf(deflate(data), 40));
        final DicomScan scan = READER.scan(tmp);
        final String reason = scan.skipped().stream().filter(s -> s.file().equals(f)).findFirst().orElseThrow().reason();
        assertTrue(reason.contains("deflated data set is truncated or corrupt"), reason);
    }

    @Test
    void rleFilesLoadToTheSameVoxels() throws IOException {
        SyntheticMrSeries.write(Spec.small(Protocol.T2_MULTI_ECHO, 5), tmp.resolve("plain"), TOOLKIT);
        final Volume plain = loadOnly(tmp.resolve("plain"));
        final Path rle = Files.createDirectories(tmp.resolve("rle"));
        com.pixelmed.apps.CompressDicomFiles.main(new String[] {tmp.resolve("plain").toString(), rle.toString(),
            "1.2.840.10008.1.2.5"});
        try (var files = Files.list(rle)) {
            final Path one = files.findFirst().orElseThrow();
            assertEquals("1.2.840.10008.1.2.5", TOOLKIT.read(one, false).string(0x00020010));
        }
        assertSameVoxels(plain, loadOnly(rle));
    }

    @Test
    void jpeg2000IsNamedByTheScanAndTheOtherFilesStillForTheirSeries() throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), tmp, TOOLKIT);
        rewrite(t.files().get(3), "1.2.840.10008.1.2.4.90", UnaryOperator.identity());
        final DicomScan scan = READER.scan(tmp);
        final String problem = scan.series().get(0).problem();
        assertTrue(problem.contains("JPEG 2000 Lossless") && problem.contains("1.2.840.10008.1.2.4.90")
            && problem.contains(t.files().get(3).getFileName().toString()), problem);
    }
}
