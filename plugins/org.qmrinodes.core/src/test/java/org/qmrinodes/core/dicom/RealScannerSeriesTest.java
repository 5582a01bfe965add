package org.qmrinodes.core.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The reader on real scanner series of three vendors ({@code ../shared/data/dicom}), against
 * dcm2niix's b-values and NIfTI and against nibabel's DICOM geometry
 * ({@code validation/dicom/make_dicom_reference.py}).
 */
class RealScannerSeriesTest {

    private static final DicomSeriesReader READER = DicomSeriesReader.withPixelMed();

    private static Path folder(final String name) {
        return CsvTable.sharedFile("data/dicom/" + name + "/reference/" + referenceName(name) + ".bval").getParent()
            .getParent().resolve("dicom");
    }

    private static String referenceName(final String name) {
        return switch (name) {
            case "ge_dwi_tensor" -> "Ax_DWI_TENSOR_R2_1";
            case "siemens_mosaic_dwi" -> "ep2d_diff_mddw_20_p2_20220407150138";
            default -> "701_DTI_Biobank_2mm_MB3S2_EPI_cl";
        };
    }

    private static double[] bval(final String name) throws IOException {
        final Path p = folder(name).getParent().resolve("reference/" + referenceName(name) + ".bval");
        return Arrays.stream(Files.readString(p).trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    private static DicomSeries onlySeries(final DicomScan scan) {
        assertEquals(1, scan.series().size(), () -> "series: " + scan.series());
        final DicomSeries s = scan.series().get(0);
        assertNull(s.problem());
        return s;
    }

    private static double[] bValues(final DicomSeries s) {
        return s.volumes().stream().mapToDouble(AcquisitionParameters::bValue).toArray();
    }

    /**
     * Our grid against nibabel's (first volume): same size, and every corner voxel centre of ours is
     * a voxel centre of nibabel's grid (within 0.01 voxel). Slice direction conventions differ (nibabel
     * uses the opposite normal for classic files), so the grids are compared as sets of points.
     */
    private static void assertNibabelGeometry(final String name, final Geometry g) {
        final CsvTable ref = CsvTable.read(CsvTable.validationDir().resolve("dicom/dicom_reference.csv"));
        final int row = ref.texts("series").indexOf(name);
        final double[] a = Arrays.stream(ref.text(row, "affine_lps_row_major").split(" "))
            .mapToDouble(Double::parseDouble).toArray();
        final double[][] affine = {{a[0], a[1], a[2], a[3]}, {a[4], a[5], a[6], a[7]}, {a[8], a[9], a[10], a[11]},
            {0, 0, 0, 1}};
        final Geometry expected = Geometry.fromLpsAffine((int) ref.number(row, "columns"), (int) ref.number(row, "rows"),
            (int) ref.number(row, "slices"), affine);
        assertSameGrid(expected, g, name);
    }

    /** Asserts that two grids cover the same voxel centres (axes may run in opposite directions). */
    static void assertSameGrid(final Geometry expected, final Geometry actual, final String what) {
        assertEquals(expected.columns(), actual.columns(), what + " columns");
        assertEquals(expected.rows(), actual.rows(), what + " rows");
        assertEquals(expected.slices(), actual.slices(), what + " slices");
        final int[] max = {actual.columns() - 1, actual.rows() - 1, actual.slices() - 1};
        final int[] dims = {expected.columns(), expected.rows(), expected.slices()};
        for (int corner = 0; corner < 8; corner++) {
            final int[] c = {(corner & 1) * max[0], ((corner >> 1) & 1) * max[1], ((corner >> 2) & 1) * max[2]};
            final double[] idx = expected.patientToIndex(actual.indexToPatient(c[0], c[1], c[2]));
            for (int x = 0; x < 3; x++) {
                final long r = Math.round(idx[x]);
                assertEquals(r, idx[x], 1e-2, what + ": corner " + Arrays.toString(c) + " is off the reference grid");
                assertTrue(r >= 0 && r < dims[x], what + ": corner " + Arrays.toString(c) + " outside the reference grid");
            }
        }
    }

    @Test
    void geClassicPrivateBValuesGeometryAndPixelsMatchDcm2niix() throws IOException {
        final DicomScan scan = READER.scan(folder("ge_dwi_tensor"));
        final DicomSeries s = onlySeries(scan);
        assertTrue(scan.skipped().isEmpty());
        assertEquals(14, s.files().size());
        assertArrayEquals(bval("ge_dwi_tensor"), bValues(s), 1e-9);
        assertEquals("GE MEDICAL SYSTEMS", s.info().manufacturer());
        assertNibabelGeometry("ge_dwi_tensor", s.geometry());

        final Volume v = READER.load(s);
        final Path refFile = folder("ge_dwi_tensor").getParent().resolve("reference/Ax_DWI_TENSOR_R2_1.nii");
        final Volume ref = Nifti.readVolume(refFile);
        assertEquals(ref.volumeCount(), v.volumeCount());
        assertEquals(ref.geometry().voxelCount(), v.geometry().voxelCount());
        // every voxel centre of ours must be a voxel centre of dcm2niix's grid with the same value
        final Geometry g = v.geometry();
        long compared = 0;
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    final double[] idx = ref.geometry().patientToIndex(g.indexToPatient(i, j, k));
                    final int[] r = new int[3];
                    for (int a = 0; a < 3; a++) {
                        r[a] = (int) Math.round(idx[a]);
                        assertEquals(r[a], idx[a], 1e-2, "voxel (" + i + "," + j + "," + k + ") off dcm2niix's grid");
                    }
                    for (int t = 0; t < v.volumeCount(); t++) {
                        assertEquals(ref.get(r[0], r[1], r[2], t), v.get(i, j, k, t), 0f);
                        compared++;
                    }
                }
            }
        }
        assertEquals(256L * 256 * 2 * 7, compared);
    }

    @Test
    void siemensMosaicIsCutIntoSlicesWithCsaBValues() throws IOException {
        final DicomSeries s = onlySeries(READER.scan(folder("siemens_mosaic_dwi")));
        assertArrayEquals(bval("siemens_mosaic_dwi"), bValues(s), 1e-9);
        assertEquals(13, s.files().size());
        assertNibabelGeometry("siemens_mosaic_dwi", s.geometry());
        assertEquals(5.2, s.geometry().spacing()[2], 1e-3);
        final Volume v = READER.load(s);
        // every tile lands on the slice nibabel's de-mosaicking puts it on: per-slice sums of b=0
        final CsvTable ref = CsvTable.read(CsvTable.validationDir().resolve("dicom/dicom_reference.csv"));
        final double[] sums = Arrays.stream(ref.text(ref.texts("series").indexOf("siemens_mosaic_dwi"),
            "slice_sums_first_file").split(" ")).mapToDouble(Double::parseDouble).toArray();
        assertEquals(25, sums.length);
        for (int k = 0; k < 25; k++) {
            double sum = 0;
            for (int j = 0; j < 128; j++) {
                for (int i = 0; i < 128; i++) {
                    sum += v.get(i, j, k, 0);
                }
            }
            assertEquals(sums[k], sum, 1e-6 * sums[k] + 1e-3, "sum of slice " + k);
        }
    }

    @Test
    void philipsClassicVolumesInAcquisitionOrderWithTraceImagesFlagged() throws IOException {
        final DicomScan scan = READER.scan(folder("philips_dwi_classic"));
        final DicomSeries s = onlySeries(scan);
        assertArrayEquals(bval("philips_dwi_classic"), bValues(s), 1e-6);
        assertEquals(544, s.files().size());
        // the presentation state and the Philips private objects are skipped with a reason
        assertEquals(3, scan.skipped().size(), () -> scan.skipped().toString());
        assertFalse(scan.warnings().isEmpty());
        final List<Boolean> isotropic = s.volumes().stream().map(AcquisitionParameters::isotropic).toList();
        for (int v = 0; v < isotropic.size(); v++) {
            final double b = s.volumes().get(v).bValue();
            assertEquals(b > 0 && b < 1, isotropic.get(v), "volume " + v + " b=" + b);
        }
        assertNibabelGeometry("philips_dwi_classic", s.geometry());
        final Volume vol = READER.load(s);
        assertEquals(17, vol.volumeCount());
    }

    @Test
    void allThreeVendorsInOneFolderTreeAreThreeSeries() {
        final Path root = folder("ge_dwi_tensor").getParent().getParent();
        final DicomScan scan = READER.scan(root);
        final long images;
        try (Stream<DicomSeries> st = scan.series().stream()) {
            images = st.filter(s -> s.problem() == null).count();
        }
        assertEquals(3, images, () -> scan.series().toString());
    }

    @Test
    void enhancedMultiFrameGivesTheSameGridAndPixelsAsItsSingleFrameSlices() {
        final Path seg = CsvTable.sharedFile("data/segmentation/dcmqi_23x38x3/multiframe/mf.dcm").getParent().getParent();
        final DicomSeries classic = onlySeries(READER.scan(seg.resolve("image")));
        final DicomSeries enhanced = onlySeries(READER.scan(seg.resolve("multiframe")));
        assertEquals(1, enhanced.files().size());
        assertTrue(enhanced.geometry().sameGrid(classic.geometry(), 1e-3), enhanced.geometry() + " vs " + classic.geometry());
        final Volume a = READER.load(classic);
        final Volume b = READER.load(enhanced);
        final Geometry g = a.geometry();
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    assertEquals(a.get(i, j, k, 0), b.get(i, j, k, 0), 0f);
                }
            }
        }
    }

    @Test
    void niftiWrittenFromGeSeriesAgreesWithDcm2niixUnderNibabel(@org.junit.jupiter.api.io.TempDir final Path tmp)
        throws IOException, InterruptedException {
        final DicomSeries s = onlySeries(READER.scan(folder("ge_dwi_tensor")));
        final Volume v = READER.load(s);
        final Path out = tmp.resolve("ge.nii.gz");
        final List<float[]> volumes = new java.util.ArrayList<>();
        for (int t = 0; t < v.volumeCount(); t++) {
            volumes.add(v.copyOfVolume(t));
        }
        Nifti.write(out, v.geometry(), volumes);
        final Volume back = Nifti.readVolume(out);
        assertTrue(back.geometry().sameGrid(v.geometry(), 1e-3));
        assertEquals(v.get(100, 120, 1, 3), back.get(100, 120, 1, 3), 0f);
        // independent check with nibabel, where Debian's python3-nibabel is installed
        final Path python = Path.of("/usr/bin/python3");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(python), "no /usr/bin/python3, nibabel check skipped");
        final Process probe = new ProcessBuilder(python.toString(), "-c", "import nibabel").start();
        org.junit.jupiter.api.Assumptions.assumeTrue(probe.waitFor() == 0, "python3-nibabel absent, nibabel check skipped");
        final Path script = CsvTable.validationDir().resolve("dicom/check_nifti.py");
        final Path ref = folder("ge_dwi_tensor").getParent().resolve("reference/Ax_DWI_TENSOR_R2_1.nii");
        final Process p = new ProcessBuilder(python.toString(), script.toString(), out.toString(), ref.toString())
            .redirectErrorStream(true).start();
        final String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.startsWith("ok"), output);
    }
}
