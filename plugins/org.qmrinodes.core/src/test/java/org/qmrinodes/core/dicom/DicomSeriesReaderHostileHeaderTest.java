package org.qmrinodes.core.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.fit.FitOptions;
import org.qmrinodes.core.fit.SeriesFit;
import org.qmrinodes.core.fit.SignalModelFit;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;

/**
 * Headers that are well-formed DICOM but carry values no series can be built from, vendor diffusion
 * conventions that need the whole series, duplicate files and undecodable pixel data: one bad
 * series is reported and never takes the others in the folder down with it.
 */
class DicomSeriesReaderHostileHeaderTest {

    private static final DicomSeriesReader READER = DicomSeriesReader.withPixelMed();
    private static final PixelMedToolkit TOOLKIT = new PixelMedToolkit();

    @TempDir
    Path tmp;

    /** Where the same series is generated without the change under test. */
    @TempDir
    Path plainDir;

    /** A bad DWI series in {@code bad/} next to a good T2 series in {@code good/}. */
    private Truth[] twoSeries() throws IOException {
        final Truth bad = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), tmp.resolve("bad"), TOOLKIT);
        final Truth good = SyntheticMrSeries.write(Spec.small(Protocol.T2_MULTI_ECHO, 4), tmp.resolve("good"), TOOLKIT);
        return new Truth[] {bad, good};
    }

    /** Rewrites a file with changed elements. */
    private static void rewrite(final Path file, final Consumer<DicomElements.Builder> change) throws IOException {
        final DicomElements d = TOOLKIT.read(file, true);
        final DicomElements.Builder b = DicomElements.builder();
        d.elements().forEach((tag, e) -> {
            if (tag >>> 16 != 0x0002) {
                b.put(tag, e.vr(), e.value());
            }
        });
        change.accept(b);
        TOOLKIT.write(file, b.build());
    }

    private static void rewriteAll(final Truth t, final Consumer<DicomElements.Builder> change) throws IOException {
        for (final Path f : t.files()) {
            rewrite(f, change);
        }
    }

    private DicomSeries series(final DicomScan scan, final Truth t) {
        return scan.series().stream().filter(s -> s.info().seriesUid().equals(t.seriesUid())).findFirst()
            .orElseThrow(() -> new AssertionError("series " + t.seriesUid() + " not listed: " + scan.series()));
    }

    private void assertBadSeriesReportedGoodOneLoads(final Truth[] t, final String... expected) {
        final DicomScan scan = READER.scan(tmp);
        assertEquals(2, scan.series().size(), () -> scan.series().toString());
        final String problem = series(scan, t[0]).problem();
        for (final String e : expected) {
            assertTrue(problem != null && problem.contains(e), "problem '" + problem + "' lacks '" + e + "'");
        }
        assertTrue(scan.skipped().stream().anyMatch(s -> s.reason().contains(expected[0])), scan.skipped()::toString);
        assertTrue(scan.warnings().stream().anyMatch(w -> w.contains(t[0].seriesUid()) && w.contains(expected[0])));
        final DicomSeries good = series(scan, t[1]);
        assertNull(good.problem());
        final Volume v = READER.load(good);
        assertEquals(t[1].volumes().size(), v.volumeCount());
    }

    @Test
    void zeroPixelSpacingIsAProblemOfThatSeriesOnly() throws IOException {
        final Truth[] t = twoSeries();
        rewriteAll(t[0], b -> b.ds(0x00280030, 0, 0));
        assertBadSeriesReportedGoodOneLoads(t, "Pixel Spacing (0028,0030)", "24 of 24 image files unusable");
    }

    @Test
    void negativeNanAndHugePixelSpacingAreProblems() throws IOException {
        for (final String spacing : new String[] {"-1", "NaN", "1e308"}) {
            final Truth[] t = twoSeries();
            rewrite(t[0].files().get(5), b -> b.text(0x00280030, "DS", spacing, spacing));
            assertBadSeriesReportedGoodOneLoads(t, "Pixel Spacing (0028,0030)", "1 of 24 image files unusable");
            deleteAll();
        }
    }

    @Test
    void nanAndDegenerateOrientationAreProblems() throws IOException {
        final Truth[] t = twoSeries();
        rewriteAll(t[0], b -> b.text(0x00200037, "DS", "NaN", "0", "0", "0", "1", "0"));
        assertBadSeriesReportedGoodOneLoads(t, "Image Orientation (Patient) (0020,0037)");
        deleteAll();
        final Truth[] u = twoSeries();
        rewriteAll(u[0], b -> b.ds(0x00200037, 0, 0, 0, 0, 0, 0));
        assertBadSeriesReportedGoodOneLoads(u, "Image Orientation (Patient) (0020,0037)");
    }

    @Test
    void nanOrEmptyRescaleSlopeIsAProblemNotASlopeOfOne() throws IOException {
        final Truth[] t = twoSeries();
        rewrite(t[0].files().get(0), b -> b.text(0x00281053, "DS", "NaN"));
        assertBadSeriesReportedGoodOneLoads(t, "Rescale Slope (0028,1053)");
        deleteAll();
        final Truth[] u = twoSeries();
        rewrite(u[0].files().get(0), b -> b.text(0x00281053, "DS"));
        assertBadSeriesReportedGoodOneLoads(u, "Rescale Slope (0028,1053) is present but empty");
        deleteAll();
        final Truth[] w = twoSeries();
        rewrite(w[0].files().get(0), b -> b.ds(0x00281053, 0));
        assertBadSeriesReportedGoodOneLoads(w, "Rescale Slope (0028,1053) is 0.0");
    }

    @Test
    void unsupportedBitsAndMissingPixelDataAreNamedByTheScan() throws IOException {
        final Truth[] t = twoSeries();
        rewrite(t[0].files().get(0), b -> b.binary(0x00280100, "US", 32));
        assertBadSeriesReportedGoodOneLoads(t, "Bits Allocated (0028,0100) 32 is not supported");
        deleteAll();
        final Truth[] u = twoSeries();
        rewrite(u[0].files().get(0), b -> b.binary(0x00280101, "US", 17));
        assertBadSeriesReportedGoodOneLoads(u, "Bits Stored (0028,0101) 17 does not fit");
        deleteAll();
        final Truth[] w = twoSeries();
        final DicomElements d = TOOLKIT.read(w[0].files().get(0), true);
        final DicomElements.Builder b = DicomElements.builder();
        d.elements().forEach((tag, e) -> {
            if (tag >>> 16 != 0x0002 && tag != DicomHeaders.PIXEL_DATA) {
                b.put(tag, e.vr(), e.value());
            }
        });
        TOOLKIT.write(w[0].files().get(0), b.build());
        assertBadSeriesReportedGoodOneLoads(w, "no Pixel Data (7FE0,0010)");
    }

    @Test
    void compressedTransferSyntaxThatCannotBeDecodedIsNamedByTheScan() throws IOException {
        final Truth[] t = twoSeries();
        TransferSyntaxTest.rewrite(t[0].files().get(0), "1.2.840.10008.1.2.4.50", java.util.function.UnaryOperator.identity());
        assertBadSeriesReportedGoodOneLoads(t, "JPEG Baseline (Process 1) (Transfer Syntax UID (0002,0010) 1.2.840.10008.1.2.4.50)"
            + " cannot be decoded");
    }

    @Test
    void aCompressedLabelOnUncompressedPixelDataIsNamed() throws IOException {
        final Truth[] t = twoSeries();
        TransferSyntaxTest.rewrite(t[0].files().get(0), "1.2.840.10008.1.2.5", java.util.function.UnaryOperator.identity());
        assertBadSeriesReportedGoodOneLoads(t, "says the pixel data are compressed, but Pixel Data (7FE0,0010) is not"
            + " encapsulated");
    }

    @Test
    void identicalDuplicateIsCollapsedWithANote() throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), tmp, TOOLKIT);
        Files.copy(t.files().get(7), tmp.resolve("copy-of-one-file.dcm"));
        final DicomScan scan = READER.scan(tmp);
        final DicomSeries s = scan.series().get(0);
        assertNull(s.problem());
        assertEquals(List.of("1 duplicate file (same SOP Instance UID, identical content) collapsed"), s.notes());
        assertEquals(24, s.files().size());
        final List<SkippedFile> duplicates = scan.skipped().stream().filter(x -> x.file().toString().endsWith(".dcm")).toList();
        assertEquals(1, duplicates.size(), duplicates::toString);
        assertTrue(duplicates.get(0).reason().startsWith("duplicate of"), duplicates.get(0).reason());
        assertTrue(scan.warnings().stream().anyMatch(w -> w.contains("collapsed")));
        final Volume v = READER.load(s);
        assertEquals(4, v.volumeCount());
    }

    @Test
    void conflictingDuplicateIsANamedProblem() throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), tmp, TOOLKIT);
        final Path copy = tmp.resolve("zz-conflict.dcm");
        Files.copy(t.files().get(7), copy);
        rewrite(copy, b -> b.ds(0x00281052, 100));
        final DicomSeries s = READER.scan(tmp).series().get(0);
        assertTrue(s.problem() != null && s.problem().contains("conflicting files with the same SOP Instance UID")
            && s.problem().contains("zz-conflict.dcm"), s.problem());
    }

    @Test
    void philipsDirectionIsotropicOnBZeroImagesDoesNotMakeThemTraceImages() throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), tmp, TOOLKIT);
        for (final Path f : t.files()) {
            final double b = TOOLKIT.read(f, false).number(0x00189087);
            rewrite(f, x -> x.text(0x20010010, "LO", "Philips Imaging DD 001").text(0x20011004, "CS", b == 0 ? "I" : "P"));
        }
        final DicomSeries s = READER.scan(tmp).series().get(0);
        assertNull(s.problem());
        assertEquals(List.of(0.0, 800.0, 1400.0, 2000.0), s.volumes().stream().map(AcquisitionParameters::bValue).toList());
        s.volumes().forEach(p -> assertFalse(p.isotropic(), p.toString()));
        assertFitsAdcFromAllFourBValues(s);
    }

    /**
     * The ADC fit uses every b-value (no volume left out as a trace image) and gives the map of the
     * same series generated without the vendor quirk.
     */
    private void assertFitsAdcFromAllFourBValues(final DicomSeries s) throws IOException {
        SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), plainDir, TOOLKIT);
        final float[] expected = adc(READER.scan(plainDir).series().get(0));
        assertArrayEquals(expected, adc(s));
    }

    private static float[] adc(final DicomSeries s) {
        final Volume v = READER.load(s);
        final List<Integer> used = SeriesFit.usedVolumes(v.parameters(), "adc");
        assertEquals(List.of(0, 1, 2, 3), used);
        final List<AcquisitionParameters> params = used.stream().map(v.parameters()::get).toList();
        return SignalModelFit.fit(SeriesFit.signalModel("adc", false, Double.NaN, null), SeriesFit.defaultMethod("adc"),
            SeriesFit.acquisition("adc", s.info().seriesUid(), params), SeriesFit.signals(v, used), null,
            FitOptions.defaults()).map("ADC");
    }

    @Test
    void canonBZeroImagesWithoutABValueAreInferredAsBZeroWithANote() throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), tmp, TOOLKIT);
        int removed = 0;
        for (final Path f : t.files()) {
            final DicomElements d = TOOLKIT.read(f, true);
            if (d.number(0x00189087) == 0) {
                final DicomElements.Builder b = DicomElements.builder();
                d.elements().forEach((tag, e) -> {
                    if (tag >>> 16 != 0x0002 && tag != 0x00189087) {
                        b.put(tag, e.vr(), e.value());
                    }
                });
                TOOLKIT.write(f, b.build());
                removed++;
            }
        }
        assertEquals(6, removed);
        final DicomScan scan = READER.scan(tmp);
        final DicomSeries s = scan.series().get(0);
        assertNull(s.problem());
        assertEquals(List.of(0.0, 800.0, 1400.0, 2000.0), s.volumes().stream().map(AcquisitionParameters::bValue).toList());
        assertEquals(List.of("b-value taken as 0 for 6 of 24 images that carry no b-value while the series' other images do"),
            s.notes());
        assertTrue(scan.warnings().stream().anyMatch(w -> w.contains("b-value taken as 0")));
        assertFitsAdcFromAllFourBValues(s);
    }

    @Test
    void zeroGradientImagesBesideDirectionalImagesOfTheSameBAreTraceImages() throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), tmp, TOOLKIT);
        // b = 2000 images get a gradient; copies of them with a zero gradient are the scanner's trace
        int copies = 0;
        for (final Path f : t.files()) {
            final DicomElements d = TOOLKIT.read(f, false);
            final double b = d.number(0x00189087);
            if (b == 2000) {
                final Path trace = tmp.resolve("trace-" + f.getFileName());
                Files.copy(f, trace);
                final int instance = (int) d.number(0x00200013) + 1000;
                rewrite(trace, x -> x.ds(0x00189089, 0, 0, 0).text(0x00080018, "UI", "2.25." + (9000 + instance))
                    .text(0x00200013, "IS", Integer.toString(instance)));
                rewrite(f, x -> x.ds(0x00189089, 0.6, 0.8, 0));
                copies++;
            } else if (b > 0) {
                rewrite(f, x -> x.ds(0x00189089, 0, 0.6, 0.8));
            }
        }
        assertEquals(6, copies);
        final DicomSeries s = READER.scan(tmp).series().get(0);
        assertNull(s.problem());
        assertEquals(List.of(false, false, false, false, true),
            s.volumes().stream().map(AcquisitionParameters::isotropic).toList());
        assertEquals(2000.0, s.volumes().get(4).bValue());
    }

    @Test
    void theToolkitsComplaintsDoNotReachTheConsole() throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), tmp, TOOLKIT);
        // an invalid VR on the Transfer Syntax UID: PixelMed compensates and logs that it did
        final Path f = t.files().get(0);
        final byte[] bytes = Files.readAllBytes(f);
        final int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\u0002\u0000\u0010\u0000UI");
        assertTrue(at > 0);
        bytes[at + 5] = ']';
        Files.write(f, bytes);
        final java.util.List<java.util.logging.LogRecord> console = new java.util.ArrayList<>();
        final java.util.logging.Handler spy = new java.util.logging.Handler() {
            @Override
            public void publish(final java.util.logging.LogRecord r) {
                if (r.getLoggerName() != null && r.getLoggerName().startsWith("com.pixelmed")) {
                    console.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        final java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(spy);
        try {
            final DicomScan scan = READER.scan(tmp);
            assertEquals(1, scan.series().size());
            READER.load(scan.series().get(0));
        } finally {
            root.removeHandler(spy);
        }
        assertEquals(List.of(), console.stream().map(java.util.logging.LogRecord::getMessage).toList());
    }

    private void deleteAll() throws IOException {
        try (var s = Files.walk(tmp)) {
            s.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(tmp)).forEach(p -> p.toFile().delete());
        }
    }
}
