package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.dicom.DicomElements;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.testing.CsvTable;

/** {@code qmri dicom-scan}: the CLI.md columns on real series, skipped files, exit status. */
class DicomScanCommandTest {

    private static final List<String> CONTRACT = List.of("patient_id", "study_uid", "series_uid", "series_number",
        "series_description", "modality", "manufacturer", "rows", "columns", "slices", "volumes", "spacing_x", "spacing_y",
        "spacing_z", "b_values", "echo_times", "inversion_times", "flip_angles", "repetition_time", "files",
        "skipped_files");

    @TempDir
    Path tmp;

    private static String[] qmri(final String... args) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int status = Qmri.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void realSeriesOfThreeVendorsWithDcm2niixBValues() throws IOException {
        final Path dicom = CsvTable.sharedFile("data/dicom/ge_dwi_tensor/reference/Ax_DWI_TENSOR_R2_1.bval").getParent()
            .getParent().getParent();
        final Path out = tmp.resolve("scan.csv");
        final String[] r = qmri("dicom-scan", "--dir", dicom.toString(), "--out", out.toString());
        assertEquals("0", r[0], r[2]);
        final CsvTable t = CsvTable.read(out);
        assertEquals(CONTRACT, t.header().subList(0, CONTRACT.size()));
        assertEquals(3, t.size());
        for (final String[] v : new String[][] {{"GE MEDICAL SYSTEMS", "ge_dwi_tensor", "256", "2"},
            {"SIEMENS", "siemens_mosaic_dwi", "128", "25"}, {"Philips", "philips_dwi_classic", "112", "32"}}) {
            final int row = t.texts("manufacturer").indexOf(v[0]);
            final Path bval = Files.list(dicom.resolve(v[1]).resolve("reference")).filter(p -> p.toString().endsWith(".bval"))
                .findFirst().orElseThrow();
            final double[] expected = Arrays.stream(Files.readString(bval).trim().split("\\s+"))
                .mapToDouble(Double::parseDouble).toArray();
            final double[] actual = Arrays.stream(t.text(row, "b_values").split(";")).mapToDouble(Double::parseDouble).toArray();
            assertEquals(expected.length, (int) t.number(row, "volumes"), v[1]);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], 1e-6, v[1] + " b-value of volume " + i);
            }
            assertEquals(Integer.parseInt(v[2]), (int) t.number(row, "columns"), v[1]);
            assertEquals(Integer.parseInt(v[3]), (int) t.number(row, "slices"), v[1]);
        }
        // 3 Philips non-image objects and the 10 dcm2niix reference files
        assertTrue(r[2].contains("warning: skipped 13 of 584 files"), r[2]);
    }

    @Test
    void badFilesAreSkippedAndCountedNeverFatal() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "not a DICOM file");
        final byte[] hostile = new byte[200];
        System.arraycopy("DICM".getBytes(StandardCharsets.US_ASCII), 0, hostile, 128, 4);
        // (0002,0001) OB with a declared length of 0x7FFFFFF0 bytes in a 200-byte file
        final byte[] el = {0x02, 0x00, 0x01, 0x00, 'O', 'B', 0, 0, (byte) 0xF0, (byte) 0xFF, (byte) 0xFF, 0x7F};
        System.arraycopy(el, 0, hostile, 132, el.length);
        Files.write(tmp.resolve("hostile.dcm"), hostile);
        final Path skipped = tmp.resolve("skipped.csv");
        final String[] r = qmri("dicom-scan", "--dir", tmp.toString(), "--skipped-out", skipped.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith(String.join(",", CONTRACT)), r[1]);
        assertEquals(1, r[1].trim().split("\n").length, "no series");
        assertTrue(r[2].contains("skipped 2 of 2 files"), r[2]);
        final CsvTable s = CsvTable.read(skipped);
        final int row = s.texts("file").indexOf(tmp.resolve("hostile.dcm").toString());
        assertTrue(s.text(row, "reason").contains("(0002,0001)") && s.text(row, "reason").contains("2147483632"),
            s.text(row, "reason"));
        assertEquals("not DICOM", s.text(s.texts("file").indexOf(tmp.resolve("notes.txt").toString()), "reason"));
    }

    @Test
    void missingFolderIsBadData() {
        final String[] r = qmri("dicom-scan", "--dir", tmp.resolve("nowhere").toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("nowhere") && r[2].contains("not a folder"), r[2]);
        assertFalse(r[2].contains("Exception"), r[2]);
    }

    /**
     * A generated T2 series rewritten as a T1 map whose Real World Value Mapping states ms, next to a
     * generated DWI series: the scan table ends with map_parameter and map_units, filled for the map only.
     */
    @Test
    void theScanTableEndsWithTheMapParameterAndItsUnits() throws IOException {
        final PixelMedToolkit toolkit = new PixelMedToolkit();
        SyntheticMrSeries.write(Spec.small(Protocol.DWI, 1), tmp.resolve("dwi"), toolkit);
        final SyntheticMrSeries.Truth map = SyntheticMrSeries.write(Spec.small(Protocol.T2_MULTI_ECHO, 2),
            tmp.resolve("map"), toolkit);
        final DicomElements units = DicomElements.builder().text(0x00080100, "SH", "ms").text(0x00080102, "SH", "UCUM")
            .text(0x00080104, "LO", "ms").build();
        final DicomElements mapping = DicomElements.builder().binary(0x00409225, "FD", 1).binary(0x00409224, "FD", 0)
            .text(0x00409210, "SH", "T1_MS").sequence(0x004008EA, List.of(units)).build();
        for (final Path f : map.files()) {
            final DicomElements.Builder b = DicomElements.builder();
            toolkit.read(f, true).elements().forEach((tag, e) -> {
                if (tag >>> 16 != 0x0002) {
                    b.put(tag, e.vr(), e.value());
                }
            });
            toolkit.write(f, b.text(0x00080008, "CS", "DERIVED", "PRIMARY", "T1 MAP").text(0x0008103E, "LO", "T1 map")
                .sequence(0x00409096, List.of(mapping)).build());
        }
        final Path out = tmp.resolve("scan.csv");
        final String[] r = qmri("dicom-scan", "--dir", tmp.toString(), "--out", out.toString());
        assertEquals("0", r[0], r[2]);
        final CsvTable t = CsvTable.read(out);
        assertEquals(List.of("map_parameter", "map_units"), t.header().subList(t.header().size() - 2, t.header().size()));
        assertEquals(2, t.size());
        final int mapRow = t.texts("series_description").indexOf("T1 map");
        assertEquals("T1", t.text(mapRow, "map_parameter"));
        assertEquals("ms", t.text(mapRow, "map_units"));
        assertEquals("", t.text(1 - mapRow, "map_parameter"));
        assertEquals("", t.text(1 - mapRow, "map_units"));
        final String[] help = qmri("dicom-scan", "--help");
        assertTrue(help[1].contains("map_parameter") && help[1].contains("map_units"), help[1]);
    }
}
