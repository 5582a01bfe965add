package org.qmrinodes.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.dicom.DicomScan;
import org.qmrinodes.core.dicom.DicomSeries;
import org.qmrinodes.core.dicom.DicomSeriesReader;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.features.radiomics.RadiomicsExtractor;
import org.qmrinodes.core.features.radiomics.RadiomicsFeature;
import org.qmrinodes.core.features.radiomics.RadiomicsPresets;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.core.mask.MaskReader;

/**
 * The Fr24 lesions written as DICOM DCE series and NIfTI masks read back to the values generated, so that
 * features from the files are the features of the generated lesions to the last digit; every phase follows the
 * lesion's TIC type.
 */
class Fr24LesionImagesTest {

    @TempDir
    static Path tmp;

    private static List<Fr24LesionCohort.Lesion> lesions;
    private static Map<String, DicomSeries> series;

    @BeforeAll
    static void write() throws Exception {
        lesions = Fr24LesionCohort.generate(Fr24LesionCohort.DEFAULT_SEED).subList(0, 12);
        Fr24LesionCohort.writeImages(lesions, tmp, new PixelMedToolkit());
        final DicomScan scan = DicomSeriesReader.withPixelMed().scan(tmp.resolve("dicom"));
        assertTrue(scan.skipped().isEmpty(), scan.skipped().toString());
        series = scan.series().stream().collect(Collectors.toMap(s -> s.info().patientId(), Function.identity()));
    }

    @Test
    void everySeriesReadsBackToTheGeneratedPhases() {
        assertEquals(lesions.size(), series.size());
        final DicomSeriesReader reader = DicomSeriesReader.withPixelMed();
        for (final Fr24LesionCohort.Lesion l : lesions) {
            final DicomSeries s = series.get(l.id());
            assertEquals("", s.problem() == null ? "" : s.problem(), l.id());
            final Volume read = reader.load(s);
            assertEquals(7, read.volumeCount(), l.id());
            for (int t = 0; t < 7; t++) {
                assertArrayEquals(l.series().copyOfVolume(t), read.copyOfVolume(t), l.id() + " phase " + (t + 1));
                assertEquals(t + 1, read.parameters().get(t).temporalPosition(), l.id());
            }
            assertArrayEquals(l.series().geometry().origin(), read.geometry().origin(), 0, l.id());
            assertArrayEquals(l.series().geometry().spacing(), read.geometry().spacing(), 0, l.id());
            assertArrayEquals(l.series().geometry().direction(), read.geometry().direction(), 0, l.id());
        }
    }

    @Test
    void featuresFromTheFilesAreTheGeneratedLesionsFeatures() {
        final DicomSeriesReader reader = DicomSeriesReader.withPixelMed();
        for (final Fr24LesionCohort.Lesion l : lesions.subList(0, 3)) {
            final Volume read = reader.load(series.get(l.id()));
            final Volume phase = Volume.map(read.geometry(), read.copyOfVolume(Fr24LesionCohort.PHASE - 1));
            final Mask mask = MaskReader.read(tmp.resolve("masks").resolve(l.id() + "_reader1.nii.gz"));
            final MaskMatching.Result placed = MaskMatching.match(mask, read.geometry(), 0, l.id());
            assertFalse(placed.resampled(), l.id() + ": the mask lies on the image grid");
            final List<RadiomicsFeature> fromFiles = RadiomicsExtractor.extract(phase, placed.mask(), l.id(),
                RadiomicsPresets.named(RadiomicsPresets.FR24));
            final List<RadiomicsFeature> generated = RadiomicsExtractor.extract(l.image(), l.reader1(), l.id(),
                RadiomicsPresets.named(RadiomicsPresets.FR24));
            assertEquals(generated.size(), fromFiles.size());
            for (int f = 0; f < generated.size(); f++) {
                assertEquals(generated.get(f).name(), fromFiles.get(f).name());
                assertEquals(generated.get(f).value(), fromFiles.get(f).value(), 0, l.id() + " " + generated.get(f).name());
            }
        }
    }

    @Test
    void phasesFollowTheTicTypeAndTheMaskTablesNameEveryMask() {
        for (final Fr24LesionCohort.Lesion l : lesions) {
            final boolean[] inside = l.reader1().nonZero();
            final double[] mean = new double[7];
            for (int t = 0; t < 7; t++) {
                final float[] v = l.series().copyOfVolume(t);
                long n = 0;
                for (int i = 0; i < v.length; i++) {
                    if (inside[i]) {
                        mean[t] += v[i];
                        n++;
                    }
                }
                mean[t] = mean[t] / n - 300;
            }
            final double late = mean[6] / mean[1];
            assertTrue(mean[0] < 0.3 * mean[1], l.id() + " enhances after contrast");
            switch (l.tic()) {
                case "I" -> assertTrue(late > 1.1, l.id() + " persistent: " + late);
                case "II" -> assertTrue(late > 0.9 && late < 1.1, l.id() + " plateau: " + late);
                default -> assertTrue(late < 0.9, l.id() + " washout: " + late);
            }
        }
        final Fr24LesionCohort.MaskTables tables = Fr24LesionCohort.maskTables(lesions, "masks/");
        final ResultTable readers = tables.readers();
        assertEquals(lesions.size(), tables.training().rows().size() + tables.test().rows().size());
        assertEquals(2 * lesions.stream().filter(l -> l.reader2() != null).count(), readers.rows().size());
        for (final ResultTable t : List.of(tables.training(), tables.test(), readers)) {
            for (final List<Object> row : t.rows()) {
                final Path file = tmp.resolve(row.get(5).toString());
                assertTrue(java.nio.file.Files.isRegularFile(file), file.toString());
            }
        }
    }
}
