package org.qmrinodes.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qmrinodes.core.dicom.DicomScan;
import org.qmrinodes.core.dicom.DicomSeries;
import org.qmrinodes.core.dicom.DicomSeriesReader;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.core.mask.MaskReader;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.BValueStorage;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;
import org.qmrinodes.core.testing.SyntheticTruth;

/** Generator → DICOM files → reader recovers every parameter, the geometry, every voxel and the masks. */
class SyntheticMrSeriesRoundTripTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void enhancedMultiFrameRoundTripsFromPerFrameFunctionalGroups(final Protocol protocol) throws IOException {
        final Path folder = tmp.resolve("enhanced-" + protocol.name());
        final Truth truth = SyntheticMrSeries.writeEnhanced(Spec.small(protocol, 13), folder, new PixelMedToolkit());
        assertEquals(1, truth.files().size());
        assertRoundTrip(truth, folder);
    }

    private static void assertRoundTrip(final Truth truth, final Path folder) {
        final DicomSeriesReader reader = DicomSeriesReader.withPixelMed();
        final DicomScan scan = reader.scan(folder);
        // the NIfTI and NRRD masks of the two readers are not DICOM
        assertEquals(4, scan.skipped().size(), () -> scan.skipped().toString());
        assertEquals(1, scan.series().size());
        final DicomSeries s = scan.series().get(0);
        assertNull(s.problem());
        assertEquals(truth.seriesUid(), s.info().seriesUid());
        SyntheticTruth.assertParametersMatch(truth.volumes(), s.volumes());
        final Geometry g = s.geometry();
        SyntheticTruth.assertGridMatches(truth.geometry(), g);
        SyntheticTruth.assertVolumeMatches(truth, reader.load(s));
        for (final Object[] m : new Object[][] {{truth.reader1File(), truth.reader1()}, {truth.reader2File(), truth.reader2()},
            {folder.resolve("reader1_mask.seg.nrrd"), truth.reader1()}, {folder.resolve("reader2_mask.seg.nrrd"), truth.reader2()}}) {
            final Mask read = MaskReader.read((Path) m[0]);
            final MaskMatching.Result r = MaskMatching.match(read, g, 1, m[0].toString());
            assertFalse(r.resampled());
            assertArrayEquals(((Mask) m[1]).copyOfLabels(), r.mask().copyOfLabels());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void everyProtocolRoundTrips(final Protocol protocol) throws IOException {
        final Path folder = tmp.resolve(protocol.name());
        final Truth truth = SyntheticMrSeries.write(Spec.small(protocol, 7), folder, new PixelMedToolkit());
        assertRoundTrip(truth, folder);
        assertTrue(truth.reader1().labelCounts().get(1) > 20, "lesion too small to be a test");
        assertTrue(truth.reader2().labelCounts().get(1) > truth.reader1().labelCounts().get(1));
    }

    @ParameterizedTest
    @EnumSource(BValueStorage.class)
    void bValuesOnlyInVendorPrivateTagsAreFound(final BValueStorage storage) throws IOException {
        final Path folder = tmp.resolve(storage.name());
        final Spec small = Spec.small(Protocol.DWI, 11);
        final Spec spec = new Spec(Protocol.DWI, 32, 24, 4, small.pixelSpacing(), small.sliceSpacing(), small.snr(),
            storage, "P-" + storage, 11);
        final Truth truth = SyntheticMrSeries.write(spec, folder, new PixelMedToolkit());
        assertRoundTrip(truth, folder);
        assertPydicomReadsTheSame(truth, folder);
    }

    /**
     * pydicom (validation/dicom/check_synthetic.py) finds valid Part 10 MR files, the same b-value
     * per instance and the same first voxel; skipped where Debian's python3-pydicom is absent.
     */
    private static void assertPydicomReadsTheSame(final Truth truth, final Path folder)
        throws IOException {
        final Path python = Path.of("/usr/bin/python3");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(python),
            "no /usr/bin/python3, pydicom check skipped");
        try {
            final Process probe = new ProcessBuilder(python.toString(), "-c", "import pydicom").start();
            org.junit.jupiter.api.Assumptions.assumeTrue(probe.waitFor() == 0, "python3-pydicom absent, check skipped");
            final Path script = org.qmrinodes.core.testing.CsvTable.validationDir().resolve("dicom/check_synthetic.py");
            final Process p = new ProcessBuilder(python.toString(), script.toString(), folder.toString())
                .redirectErrorStream(true).start();
            final String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            final String[] lines = out.trim().split("\n");
            assertEquals("ok", lines[lines.length - 1]);
            assertEquals(truth.files().size(), lines.length - 1);
            final int slices = truth.geometry().slices();
            for (int l = 0; l < lines.length - 1; l++) {
                final String[] f = lines[l].split(",");
                final int instance = Integer.parseInt(f[0]);
                final int v = (instance - 1) / slices;
                final int k = (instance - 1) % slices;
                assertEquals(truth.volumes().get(v).bValue(), Double.parseDouble(f[1]), 1e-9, "b of instance " + instance);
                final int n = truth.geometry().columns() * truth.geometry().rows();
                assertEquals(truth.stored().get(v)[k * n], Double.parseDouble(f[2]), 1e-4, "voxel of instance " + instance);
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
