package org.qmrinodes.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/** The privacy check of a saved workflow: folder and .knwf, settings entries and saved tables. */
class WorkflowPrivacyScanTest {

    @TempDir
    Path tmp;

    private static final PrivacyScanner SCANNER = new PrivacyScanner(List.of("PAT0042"));

    private Path workflow(final String patient, final String folder) throws IOException {
        final Path w = tmp.resolve("wf");
        final Path node = Files.createDirectories(w.resolve("DICOM Series Reader (#1)"));
        Files.writeString(node.resolve("settings.xml"), "<?xml version=\"1.0\"?>\n<config key=\"settings.xml\">\n"
            + "  <config key=\"model\">\n    <entry key=\"folder\" type=\"xstring\" value=\"" + folder + "\"/>\n"
            + "    <entry key=\"identifiers\" type=\"xstring\" value=\"pseudonymise\"/>\n  </config>\n"
            + "  <config key=\"annotation\"><entry key=\"annotation-version\" type=\"xint\" value=\"20151123\"/>"
            + "</config>\n</config>\n");
        Files.writeString(w.resolve("workflow.knime"), "<config key=\"workflow.knime\"><entry key=\"name\" type=\"xstring\""
            + " value=\"study\"/></config>");
        try (OutputStream out = Files.newOutputStream(node.resolve("port_1.zip")); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("data.csv"));
            zip.write(("patient_id,series_uid,adc\n" + patient + ",SE-0123456789abcdef,0.001\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("table.bin"));
            zip.write(new byte[] {0, 1, 2});
            zip.closeEntry();
        }
        return w;
    }

    @Test
    void aWorkflowSavedWithPseudonymsPassesAndOneWithIdentifiersFailsNamingEveryPlace() throws IOException {
        final Path clean = workflow("P-3f9a0123456789ab", "knime://knime.workflow/../data");
        final WorkflowPrivacyScan.Report ok = WorkflowPrivacyScan.scan(clean, SCANNER);
        assertEquals(List.of(), ok.findings());
        assertEquals(4, ok.filesRead(), "the binary table entry is read too");
        assertEquals(0, ok.filesNotRead());
        deleteAll();
        final Path dirty = workflow("PAT0042", "/home/lab/pacs/PAT0042");
        final List<PrivacyFinding> f = WorkflowPrivacyScan.scan(dirty, SCANNER).findings();
        assertTrue(f.stream().anyMatch(x -> x.location().endsWith("settings.xml") && x.column().equals("folder")
            && x.kind().equals("absolute path")), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.location().endsWith("port_1.zip!/data.csv") && x.row() == 2
            && x.kind().equals("known Patient ID")), f::toString);
    }

    @Test
    void onlyTheAnnotationFormatStampIsPassedOverNotTheSameNumberElsewhere() throws IOException {
        final Path w = Files.createDirectories(tmp.resolve("stamp"));
        Files.writeString(w.resolve("workflow.knime"), "<config key=\"workflow.knime\"><config key=\"annotation_0\">"
            + "<entry key=\"annotation-version\" type=\"xint\" value=\"20151123\"/>"
            + "<entry key=\"text\" type=\"xstring\" value=\"scanned 20151123\"/></config></config>");
        final List<PrivacyFinding> f = WorkflowPrivacyScan.scan(w, SCANNER).findings();
        assertEquals(1, f.size(), f::toString);
        assertEquals("text", f.get(0).column());
        assertEquals("date", f.get(0).kind());
    }

    @Test
    void identifiersInsideBinaryTablesAndBlobsAreFoundWithTheirOffset() throws IOException {
        final Path w = Files.createDirectories(tmp.resolve("binary"));
        final java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream data = new java.io.DataOutputStream(blob)) {
            data.writeInt(3);
            data.writeUTF("PAT0042");
            data.writeDouble(0.5);
            data.writeUTF("1.2.840.113619.2.55.3.604688119.971.1");
        }
        final java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(gz)) {
            g.write(new byte[] {0, 0, 7, 1});
            g.write("/home/radiology/export/PAT0042/IM0001".getBytes(StandardCharsets.US_ASCII));
            g.write(new byte[] {0, 3});
        }
        // a saved port: an archive (not named .zip) holding a gzip-compressed table and a blob
        try (OutputStream out = Files.newOutputStream(w.resolve("port_1_data")); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("data.bin"));
            zip.write(gz.toByteArray());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("blobs/blob_1.bin"));
            zip.write(blob.toByteArray());
            zip.closeEntry();
        }
        final List<PrivacyFinding> f = WorkflowPrivacyScan.scan(w, SCANNER).findings();
        assertTrue(f.stream().anyMatch(x -> x.location().equals("port_1_data!/data.bin!/(gzip)")
            && x.column().equals("(bytes at offset 4)") && x.kind().equals("absolute path")), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.location().endsWith("blob_1.bin") && x.kind().equals("known Patient ID")
            && x.column().equals("(bytes at offset 6)")), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.location().endsWith("blob_1.bin") && x.kind().equals("DICOM UID")), f::toString);
    }

    /**
     * KNIME's default table format writes {@code data.zip!/data.bin} through Snappy, whose
     * back-references split a value repeated from an earlier row into pieces: the raw bytes hold no
     * run that reads as the UID or the Patient ID of row 2 onwards.
     */
    @Test
    void tablesSavedWithKnimesDefaultSnappyCompressionAreUnpackedAndEveryRowIsFound() throws IOException {
        final Path w = Files.createDirectories(tmp.resolve("snappy").resolve("DICOM Series Reader (#1)").resolve("port_1"));
        final java.io.ByteArrayOutputStream rows = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream data = new java.io.DataOutputStream(new org.xerial.snappy.SnappyOutputStream(rows))) {
            for (int r = 1; r <= 40; r++) {
                data.writeUTF("Row" + r);
                data.writeUTF("PAT00" + (40 + r % 3));
                data.writeUTF("1.2.840.113619.2.55.3.604688119.971." + r);
                data.writeDouble(0.001 * r);
            }
        }
        final byte[] compressed = rows.toByteArray();
        final PrivacyScanner uids = new PrivacyScanner(List.of("PAT0042"));
        final List<PrivacyFinding> raw = new java.util.ArrayList<>();
        for (final String run : new String(compressed, StandardCharsets.ISO_8859_1).split("[^\\x20-\\x7E]+")) {
            uids.check("raw", "run", 0, run, raw);
        }
        assertTrue(raw.stream().filter(x -> x.kind().equals("DICOM UID")).count() < 40,
            "the compressed bytes alone do not show every row's UID: " + raw.size());
        try (OutputStream out = Files.newOutputStream(w.resolve("data.zip")); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("data.bin"));
            zip.write(compressed);
            zip.closeEntry();
        }
        final List<PrivacyFinding> f = WorkflowPrivacyScan.scan(tmp.resolve("snappy"), uids).findings();
        final String location = "DICOM Series Reader (#1)/port_1/data.zip!/data.bin!/(snappy)";
        assertEquals(40, f.stream().filter(x -> x.location().equals(location) && x.kind().equals("DICOM UID")).count(),
            PrivacyScanner.summary(f));
        assertEquals(13, f.stream().filter(x -> x.kind().equals("known Patient ID")).count(), PrivacyScanner.summary(f));
    }

    @Test
    void aDamagedSnappyStreamIsCountedAsNotReadNeverAnOutOfMemoryError() throws IOException {
        final Path w = Files.createDirectories(tmp.resolve("bad"));
        final java.io.ByteArrayOutputStream rows = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new org.xerial.snappy.SnappyOutputStream(rows)) {
            out.write("PAT0042 and more text to compress".getBytes(StandardCharsets.US_ASCII));
        }
        final byte[] bytes = rows.toByteArray();
        // the first chunk claims 2 GB
        bytes[16] = 0x7F;
        Files.write(w.resolve("data.bin"), bytes);
        final WorkflowPrivacyScan.Report r = WorkflowPrivacyScan.scan(w, SCANNER);
        assertEquals(1, r.filesNotRead());
        assertEquals(0, r.filesRead());
    }

    /**
     * Voxel bytes hold short patterns by chance ({@code C^Dx}, {@code C:\}); a saved workflow with
     * a few volumes must not drown the real findings in them. Eight MB of MR-like voxels (floats
     * and 16-bit integers of a noisy signal, big-endian as Java stores them) give no finding, while
     * a name and a path stored as strings between them are found.
     */
    @Test
    void voxelBytesGiveNoChanceFindingsAndStringsStoredAmongThemAreFound() throws IOException {
        final java.util.Random random = new java.util.Random(7);
        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream data = new java.io.DataOutputStream(bytes)) {
            for (int v = 0; v < 1_000_000; v++) {
                final double signal = 400 + 300 * Math.sin(v * 1e-3) + 40 * random.nextGaussian();
                data.writeFloat((float)signal);
                data.writeShort((int)Math.max(0, signal * (1 + random.nextInt(8))));
                data.writeFloat((float)(signal * 1e-6 * random.nextDouble()));
            }
        }
        final Path w = Files.createDirectories(tmp.resolve("voxels"));
        Files.write(w.resolve("blob_1.bin"), bytes.toByteArray());
        final WorkflowPrivacyScan.Report clean = WorkflowPrivacyScan.scan(w, new PrivacyScanner(List.of()));
        assertEquals(List.of(), clean.findings(), PrivacyScanner.summary(clean.findings()));
        try (java.io.DataOutputStream data = new java.io.DataOutputStream(new java.io.FileOutputStream(
            w.resolve("blob_1.bin").toFile(), true))) {
            data.writeUTF("Doe^Jane");
            data.write(new byte[] {1, 2, 3});
            data.writeUTF("C:\\scans");
        }
        final List<PrivacyFinding> f = WorkflowPrivacyScan.scan(w, new PrivacyScanner(List.of())).findings();
        assertEquals(List.of("person name", "absolute path"), f.stream().map(PrivacyFinding::kind).toList(),
            PrivacyScanner.summary(f));
    }

    @Test
    void anExportedKnwfIsReadAsAnArchive() throws IOException {
        final Path w = workflow("PAT0042", "relative/folder");
        final Path knwf = tmp.resolve("study.knwf");
        try (OutputStream out = Files.newOutputStream(knwf); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (final Path p : Files.walk(w).filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry("wf/" + w.relativize(p).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
        }
        final List<PrivacyFinding> f = WorkflowPrivacyScan.scan(knwf, SCANNER).findings();
        assertEquals(1, f.size(), f::toString);
        assertTrue(f.get(0).location().contains("study.knwf!/wf/") && f.get(0).location().endsWith("data.csv"), f::toString);
    }

    @Test
    void aRealKnimeWorkflowFolderIsReadEntryByEntry() {
        final Path example = CsvTable.sharedFile("knime-format/example-workflow/workflow.knime").getParent();
        final WorkflowPrivacyScan.Report r = WorkflowPrivacyScan.scan(example, new PrivacyScanner(List.of("knime-temp-space")));
        assertEquals(3, r.filesRead());
        // a known value planted as the "Patient ID" is found in the CSV Reader's settings, with its key
        assertTrue(r.findings().stream().anyMatch(x -> x.location().startsWith("CSV Reader (#1)")
            && x.column().equals("mountpoint") && x.kind().equals("known Patient ID")), r.findings()::toString);
    }

    private void deleteAll() throws IOException {
        try (var s = Files.walk(tmp)) {
            s.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(tmp)).forEach(p -> p.toFile().delete());
        }
    }
}
