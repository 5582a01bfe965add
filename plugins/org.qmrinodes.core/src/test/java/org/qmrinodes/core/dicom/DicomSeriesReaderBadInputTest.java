package org.qmrinodes.core.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;

/** Broken folders: missing slices, mixed series, truncated and hostile files, non-DICOM files. */
class DicomSeriesReaderBadInputTest {

    private static final DicomSeriesReader READER = DicomSeriesReader.withPixelMed();

    @TempDir
    Path tmp;

    private Truth dwi(final Path folder) throws IOException {
        return SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), folder, new PixelMedToolkit());
    }

    /** @return the file of slice k of volume v (files are written volume by volume) */
    private static Path file(final Truth t, final int v, final int k) {
        return t.files().get(v * t.geometry().slices() + k);
    }

    @Test
    void sliceMissingInOneVolumeIsNamed() throws IOException {
        final Truth t = dwi(tmp);
        Files.delete(file(t, 2, 3));
        final DicomSeries s = READER.scan(tmp).series().get(0);
        assertTrue(s.problem().startsWith("missing slice") && s.problem().contains("b=1400"), s.problem());
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> READER.load(s));
        assertTrue(e.getMessage().contains(t.seriesUid()), e.getMessage());
    }

    @Test
    void sliceMissingInEveryVolumeIsAVaryingSpacing() throws IOException {
        final Truth t = dwi(tmp);
        for (int v = 0; v < 4; v++) {
            Files.delete(file(t, v, 2));
        }
        final DicomScan scan = READER.scan(tmp);
        final String p = scan.series().get(0).problem();
        assertTrue(p.startsWith("varying slice spacing: 8 mm between slices 2 and 3") && p.contains("missing slice?"), p);
        assertTrue(scan.warnings().stream().anyMatch(w -> w.contains(p)));
    }

    @Test
    void twoSeriesInOneFolderAreSeparated() throws IOException {
        dwi(tmp);
        SyntheticMrSeries.write(Spec.small(Protocol.T2_MULTI_ECHO, 4), tmp.resolve("sub"), new PixelMedToolkit());
        final DicomScan scan = READER.scan(tmp);
        assertEquals(2, scan.series().size());
        assertEquals(List.of(4, 8), scan.series().stream().map(s -> s.volumes().size()).toList());
        scan.series().forEach(s -> assertNull(s.problem()));
    }

    @Test
    void truncatedNonDicomAndHostileFilesAreSkippedWithReasons() throws IOException {
        final Truth t = dwi(tmp);
        Files.writeString(tmp.resolve("readme.txt"), "exported from PACS");
        final Path truncated = file(t, 0, 0);
        final byte[] all = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length / 2));
        // a 2 GB declared length for the pixel data (header 12 bytes before the 48x40x2 value bytes)
        final Path hostile = file(t, 1, 0);
        try (RandomAccessFile f = new RandomAccessFile(hostile.toFile(), "rw")) {
            final long lengthAt = f.length() - 48 * 40 * 2 - 4;
            f.seek(lengthAt - 8);
            assertEquals(0x7FE0, Short.toUnsignedInt(Short.reverseBytes(f.readShort())), "pixel data tag not where expected");
            f.seek(lengthAt);
            f.writeInt(Integer.reverseBytes(0x7FFFFFF0));
        }
        final DicomScan scan = READER.scan(tmp);
        assertEquals(7, scan.skipped().size(), () -> scan.skipped().toString());
        final String truncatedReason = reason(scan, truncated);
        assertTrue(truncatedReason.contains("(7FE0,0010)") || truncatedReason.contains("truncated"), truncatedReason);
        final String hostileReason = reason(scan, hostile);
        assertTrue(hostileReason.contains("(7FE0,0010) declares 2147483632 bytes"), hostileReason);
        assertEquals("not DICOM", reason(scan, tmp.resolve("readme.txt")));
        assertTrue(scan.warnings().get(0).startsWith("skipped 7 of"), scan.warnings().get(0));
        // the series now lacks slice 0 of volumes 0 and 1
        assertTrue(scan.series().get(0).problem().startsWith("missing slice"), scan.series().get(0).problem());
    }

    private static String reason(final DicomScan scan, final Path file) {
        return scan.skipped().stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow().reason();
    }

    @Test
    void notAFolderIsAnError() {
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> READER.scan(tmp.resolve("none")));
        assertTrue(e.getMessage().contains("none"));
    }

    @Test
    void parallelRowAndColumnDirectionsSkipTheFileNamingTheElement() throws IOException {
        final Path out = tmp.resolve("bad.dcm");
        final PixelMedToolkit toolkit = new PixelMedToolkit();
        final Truth t = dwi(tmp.resolve("series"));
        final DicomElements good = toolkit.read(file(t, 0, 0), true);
        final DicomElements.Builder b = DicomElements.builder();
        good.elements().forEach((tag, e) -> b.put(tag, e.vr(), e.value()));
        b.ds(0x00200037, 1, 0, 0, 1, 0, 0).text(0x00080018, "UI", "2.25.1");
        toolkit.write(out, b.build());
        final DicomScan scan = READER.scan(tmp);
        final String reason = reason(scan, out);
        assertTrue(reason.contains("bad.dcm") && reason.contains("(0020,0037)") && reason.contains("perpendicular"), reason);
        assertEquals(1, scan.series().get(0).skippedFiles());
    }
}
