package org.qmrinodes.core.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.DcePhases;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;

/**
 * Phase times of a DCE series from its files: Acquisition Time per image (the earliest of a phase's
 * images), Frame Acquisition DateTime of an enhanced file, Contrast/Bolus Start Time as the injection.
 */
class DcePhaseTimesTest {

    private static final DicomSeriesReader READER = DicomSeriesReader.withPixelMed();
    private static final PixelMedToolkit TOOLKIT = new PixelMedToolkit();
    /** The generator's phase starts after injection: pre-contrast 60 s before, then every 60 s from 30 s. */
    private static final double[] STARTS = {-60, 30, 90, 150, 210, 270, 330};

    @TempDir
    Path tmp;

    private static Volume load(final Path folder) {
        final List<DicomSeries> series = READER.scan(folder).series();
        assertEquals(1, series.size());
        assertEquals(SeriesFilter.ProtocolKind.DCE, SeriesFilter.ProtocolKind.of(series.get(0)));
        return READER.load(series.get(0));
    }

    @Test
    void classicFilesGiveEachPhaseItsEarliestImageTimeAndTheBolusStart() throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.DCE, 5), tmp, TOOLKIT);
        final Volume v = load(tmp);
        assertEquals(7, v.volumeCount());
        for (int p = 0; p < 7; p++) {
            final AcquisitionParameters a = v.parameters().get(p);
            assertEquals(p + 1, a.temporalPosition());
            // 12:00:00 for the pre-contrast phase, its slices stamped 0.5 s apart
            assertEquals(SyntheticMrSeries.DCE_INJECTION_TIME + STARTS[p], a.acquisitionTime(), 1e-6);
            assertEquals(12 * 3600 + 60, a.contrastStartTime(), 1e-6);
        }
        final DcePhases.PhaseTimes times = DcePhases.secondsAfterInjection(v, 0);
        assertArrayEquals(STARTS, times.seconds(), 1e-6);
        assertEquals("Contrast/Bolus Start Time (0018,1042) 12:01:00", times.reference());
        assertEquals(3, DcePhases.nearestToTime(v, times.seconds(), 90), "Fr24's phase 2 at about 90 s");
        // the signal of the lesion rises after injection as generated
        final float[] pre = t.stored().get(0);
        final float[] late = t.stored().get(6);
        final float[] enhancement = t.parameterMaps().get("Enhancement");
        int lesion = -1;
        for (int i = 0; i < enhancement.length; i++) {
            if (enhancement[i] > 1) {
                lesion = i;
                break;
            }
        }
        assertTrue(lesion >= 0 && late[lesion] > 1.5 * pre[lesion], late[lesion] + " vs " + pre[lesion]);
    }

    @Test
    void enhancedFilesGiveTheFrameAcquisitionDateTime() throws IOException {
        SyntheticMrSeries.writeEnhanced(Spec.small(Protocol.DCE, 6), tmp, TOOLKIT);
        final Volume v = load(tmp);
        assertArrayEquals(STARTS, DcePhases.secondsAfterInjection(v, 0).seconds(), 1e-6);
    }

    @Test
    void withoutABolusStartTheInjectionIsTheFirstPostContrastStartMinusTheDelay() throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.DCE, 7), tmp, TOOLKIT);
        for (final Path f : t.files()) {
            rewriteWithout(f, 0x00181042);
        }
        final Volume v = load(tmp);
        assertTrue(Double.isNaN(v.parameters().get(0).contrastStartTime()));
        final DcePhases.PhaseTimes times = DcePhases.secondsAfterInjection(v, 30);
        assertArrayEquals(STARTS, times.seconds(), 1e-6);
        assertEquals("start of phase 2 (12:01:30) minus 30 s", times.reference());
        assertArrayEquals(new double[] {-90, 0, 60, 120, 180, 240, 300}, DcePhases.secondsAfterInjection(v, 0).seconds(),
            1e-6);
    }

    @Test
    void aPhaseWithoutAcquisitionTimeIsNamedAndGivenTimesAreChecked() throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.DCE, 8), tmp, TOOLKIT);
        // every image of phase 4 loses its time (files are written phase by phase)
        final int slices = t.geometry().slices();
        for (int k = 0; k < slices; k++) {
            rewriteWithout(t.files().get(3 * slices + k), 0x00080032);
        }
        final Volume v = load(tmp);
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> DcePhases.secondsAfterInjection(v, 0));
        assertTrue(e.getMessage().startsWith("phase 4 of 7 has no acquisition time"), e.getMessage());
        assertArrayEquals(new double[] {-1, 1, 2, 3, 4, 5, 6},
            DcePhases.phaseTimes(v, new double[] {-1, 1, 2, 3, 4, 5, 6}, 0).seconds(), 0);
        assertEquals("the series has 7 phases, the phase times list 2",
            assertThrows(InvalidDataException.class, () -> DcePhases.phaseTimes(v, new double[] {0, 60}, 0)).getMessage());
    }

    @Test
    void timesAcrossMidnightAreTakenTheShortWayRound() {
        final Geometry g = new Geometry(1, 1, 1, new double[] {0, 0, 0}, new double[] {1, 1, 1},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final double nan = Double.NaN;
        final double injection = 23 * 3600 + 59 * 60 + 30;
        final Volume.Builder b = Volume.builder(g, List.of(
            new AcquisitionParameters(nan, 1, nan, 10, 4, 1, false, injection - 60, injection),
            new AcquisitionParameters(nan, 1, nan, 10, 4, 2, false, 60, injection)));
        b.setSlice(0, 0, new float[] {1});
        b.setSlice(0, 1, new float[] {2});
        assertArrayEquals(new double[] {-60, 90}, DcePhases.secondsAfterInjection(b.build(), 0).seconds(), 1e-9);
    }

    @Test
    void dicomTimeValuesInEveryAllowedForm() {
        assertEquals(12 * 3600 + 1 * 60 + 30.25, DicomHeaders.secondsOfDay("120130.25"), 1e-9);
        assertEquals(12 * 3600 + 1 * 60 + 30.25, DicomHeaders.secondsOfDay("12:01:30.25"), 1e-9);
        assertEquals(7 * 3600, DicomHeaders.secondsOfDay("07"), 0);
        assertEquals(7 * 3600 + 5 * 60, DicomHeaders.secondsOfDay("0705 "), 0);
        assertEquals(59.123456, DicomHeaders.secondsOfDay("000059.123456"), 1e-9);
        for (final String bad : new String[] {null, "", "noon", "2501", "1261", "12016", "120130.1234567", "-10000"}) {
            assertTrue(Double.isNaN(DicomHeaders.secondsOfDay(bad)), bad);
        }
    }

    /** Rewrites a file without one element. */
    private static void rewriteWithout(final Path file, final int tag) throws IOException {
        final DicomElements d = TOOLKIT.read(file, true);
        final DicomElements.Builder b = DicomElements.builder();
        d.elements().forEach((t, e) -> {
            if (t >>> 16 != 0x0002 && t != tag) {
                b.put(t, e.vr(), e.value());
            }
        });
        TOOLKIT.write(file, b.build());
    }
}
