package org.qmrinodes.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qmrinodes.core.dicom.DicomScan;
import org.qmrinodes.core.dicom.DicomSeries;
import org.qmrinodes.core.dicom.DicomSeriesReader;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The ADC of every real scanner DWI series in the shared data, fitted as {@code qmri fit --model adc}
 * does (default method, all acquired volumes), against an ADC computed from dcm2niix's NIfTI and
 * .bval of the same series (log-linear fit of the direction-averaged signal;
 * {@code validation/dicom/make_adc_reference.py}, conventions in {@code validation/dicom/README.md}).
 * Voxels are matched through both grids' patient coordinates.
 */
class RealSeriesAdcAgreementTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ge_dwi_tensor, 1.2.840.113619.2.44.7088985.14091324.23121.1601318184.299",
        "siemens_mosaic_dwi, 1.3.12.2.1107.5.2.43.67060.2022040715055547872760857.0.0.0",
        "philips_dwi_classic, 1.3.46.670589.11.45190.5.0.6424.2021100515345467861"})
    void adcEqualsTheDcm2niixBasedAdc(final String name, final String uid) {
        final Path folder = CsvTable.sharedFile("data/README.md").getParent().resolve("dicom/" + name + "/dicom");
        Assumptions.assumeTrue(Files.isDirectory(folder), "shared series absent, skipping: " + folder);
        final Volume reference = Nifti.readVolume(CsvTable.validationDir().resolve("dicom/adc_reference/" + name + "_adc.nii.gz"));
        final DicomSeriesReader reader = DicomSeriesReader.withPixelMed();
        final DicomScan scan = reader.scan(folder);
        final DicomSeries series = scan.series().stream().filter(s -> s.info().seriesUid().equals(uid)).findFirst().orElseThrow();
        final Volume volume = reader.load(series);
        final List<Integer> used = SeriesFit.usedVolumes(volume.parameters(), "adc");
        final List<AcquisitionParameters> params = used.stream().map(volume.parameters()::get).toList();
        final FitResult fit = SignalModelFit.fit(SeriesFit.signalModel("adc", false, Double.NaN, null),
            SeriesFit.defaultMethod("adc"), SeriesFit.acquisition("adc", uid, params), SeriesFit.signals(volume, used), null,
            FitOptions.defaults());
        final float[] adc = fit.map("ADC");
        final Geometry ours = volume.geometry();
        final Geometry ref = reference.geometry();
        assertEquals(ours.voxelCount(), ref.voxelCount(), "grid sizes");
        final List<Double> relative = new ArrayList<>();
        int fittedWhereReferenceIs = 0;
        int referenceFinite = 0;
        double clampedError = 0;
        for (int k = 0; k < ours.slices(); k++) {
            for (int j = 0; j < ours.rows(); j++) {
                for (int i = 0; i < ours.columns(); i++) {
                    final double[] r = ref.patientToIndex(ours.indexToPatient(i, j, k));
                    final int[] ri = new int[3];
                    for (int a = 0; a < 3; a++) {
                        ri[a] = (int) Math.round(r[a]);
                        assertTrue(Math.abs(r[a] - ri[a]) < 0.01, "voxel centres do not coincide");
                    }
                    final double expected = reference.get(ri[0], ri[1], ri[2], 0);
                    final int v = (k * ours.rows() + j) * ours.columns() + i;
                    final VoxelStatus status = fit.status(v);
                    final boolean fitted = status == VoxelStatus.CONVERGED || status == VoxelStatus.HIT_BOUND;
                    if (!Double.isFinite(expected)) {
                        assertTrue(!fitted, () -> "voxel " + v + " fitted where the reference has no ADC");
                        continue;
                    }
                    referenceFinite++;
                    if (fitted) {
                        fittedWhereReferenceIs++;
                    }
                    if (expected > 0 && expected < 0.01) {
                        relative.add(Math.abs(adc[v] - expected) / expected);
                    } else {
                        clampedError = Math.max(clampedError, Math.abs(adc[v] - Math.min(0.01, Math.max(0, expected))));
                    }
                }
            }
        }
        assertEquals(referenceFinite, fittedWhereReferenceIs, "voxels fitted by the reference but not by us");
        final CsvTable summary = CsvTable.read(CsvTable.validationDir().resolve("dicom/adc_reference/summary.csv"));
        final int row = summary.texts("series").indexOf(name);
        assertEquals(summary.number(row, "positive_signal_voxels"), referenceFinite, "voxels with a reference ADC");
        assertEquals(summary.number(row, "voxels_inside_bounds"), relative.size(), "voxels compared");
        assertTrue(clampedError < 1e-9, "clamped voxels differ by " + clampedError);
        if (!relative.isEmpty()) {
            final double[] d = relative.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(d);
            final double median = d[d.length / 2];
            assertTrue(median < 1e-6, name + ": median relative ADC difference " + median + " over " + d.length + " voxels");
        }
    }
}
