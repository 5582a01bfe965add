package org.qmrinodes.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;

/** Map arithmetic on hand-computed values, and TIC types of hand-made curves. */
class DerivedImagesTest {

    private static final Geometry GRID = new Geometry(3, 2, 1, new double[3], new double[] {1, 1, 2},
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    private static Volume map(final float... v) {
        return Volume.map(GRID, v);
    }

    @Test
    void qims26AndFr25GroupMeansGiveThePrintedDeltas() {
        // METHODS 3.9: HER2-low T1 1903.4 -> 462.3 ms, printed ΔT1 1441.2; Fr25 HER2-zero T1 1516 -> 525, printed 0.66
        final Volume pre = map(1903.4f, 1516f, 81.8f, 0f, Float.NaN, 100f);
        final Volume post = map(462.3f, 525f, 68.9f, 10f, 5f, Float.POSITIVE_INFINITY);
        final MapArithmetic.Result d = MapArithmetic.apply(pre, post, MapArithmetic.Operation.DIFFERENCE, null);
        assertEquals(1441.1, d.map().get(0, 0, 0, 0), 1e-3);
        assertEquals(-10, d.map().get(0, 1, 0, 0), 1e-6);
        final MapArithmetic.Result r = MapArithmetic.apply(pre, post, MapArithmetic.Operation.REDUCTION_RELATIVE_TO_PRE, null);
        assertEquals((1516 - 525) / 1516.0, r.map().get(1, 0, 0, 0), 1e-6);
        assertEquals((81.8 - 68.9) / 81.8, r.map().get(2, 0, 0, 0), 1e-6);
        assertTrue(Float.isNaN(r.map().get(0, 1, 0, 0)));
        assertEquals(3, r.computed());
        assertEquals(1, r.zeroDenominator());
        assertEquals(2, r.invalidInput());
        final MapArithmetic.Result c = MapArithmetic.apply(pre, post, MapArithmetic.Operation.CHANGE_RELATIVE_TO_PRE, null);
        assertEquals(-(1516 - 525) / 1516.0, c.map().get(1, 0, 0, 0), 1e-6);
        final MapArithmetic.Result s = MapArithmetic.apply(pre, post, MapArithmetic.Operation.SUBTRACTION,
            new boolean[] {true, false, true, true, true, true});
        assertEquals(462.3 - 1903.4, s.map().get(0, 0, 0, 0), 1e-3);
        assertTrue(Float.isNaN(s.map().get(1, 0, 0, 0)));
        assertEquals("(pre - post) / pre", r.operation().formula());
    }

    @Test
    void mapsOnDifferentGridsAreRefused() {
        final Geometry shifted = new Geometry(3, 2, 1, new double[] {5, 0, 0}, new double[] {1, 1, 2},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> MapArithmetic.apply(map(new float[6]),
            Volume.map(shifted, new float[6]), MapArithmetic.Operation.DIFFERENCE, null));
        assertTrue(e.getMessage().contains("different grids"), e.getMessage());
    }

    @Test
    void ticTypesOfHandMadeCurves() {
        final double[] t = {0, 60, 120, 240, 360};
        assertEquals(TimeIntensityCurve.Type.PERSISTENT,
            TimeIntensityCurve.classify(t, new double[] {100, 180, 200, 215, 230}, 120, 0.10).type());
        assertEquals(TimeIntensityCurve.Type.PLATEAU,
            TimeIntensityCurve.classify(t, new double[] {100, 190, 200, 205, 210}, 120, 0.10).type());
        final TimeIntensityCurve.Classification w = TimeIntensityCurve.classify(t, new double[] {100, 220, 200, 190, 170},
            120, 0.10);
        assertEquals(TimeIntensityCurve.Type.WASHOUT, w.type());
        assertEquals(60, w.peakSeconds());
        assertEquals((170 - 220) / 220.0, w.change(), 1e-12);
        assertEquals(1.2, w.initialEnhancement(), 1e-12);
        // exactly on the band edge is a plateau
        assertEquals(TimeIntensityCurve.Type.PLATEAU,
            TimeIntensityCurve.classify(t, new double[] {100, 200, 150, 180, 220}, 120, 0.10).type());
    }

    @Test
    void curvesThatCannotBeTypedAreNamed() {
        assertThrows(InvalidDataException.class, () -> TimeIntensityCurve.classify(new double[] {10, 60, 120},
            new double[] {1, 2, 3}, 120, 0.1));
        assertThrows(InvalidDataException.class, () -> TimeIntensityCurve.classify(new double[] {0, 60, 30},
            new double[] {1, 2, 3}, 120, 0.1));
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> TimeIntensityCurve.classify(new double[] {0, 200, 300}, new double[] {1, 2, 3}, 120, 0.1));
        assertTrue(e.getMessage().contains("within 120.0 s"), e.getMessage());
    }

    @Test
    void coilChannelsCombineAsTheRootSumOfSquaresPerEcho() {
        final java.util.List<AcquisitionParameters> echoes = java.util.List.of(
            new AcquisitionParameters(Double.NaN, 5, Double.NaN, 20, 200, Double.NaN, false),
            new AcquisitionParameters(Double.NaN, 10, Double.NaN, 20, 200, Double.NaN, false));
        final Volume a = Volume.builder(GRID, echoes).setSlice(0, 0, new float[] {3, 1, 0, 2, Float.NaN, 1})
            .setSlice(0, 1, new float[] {1, 1, 1, 1, 1, 1}).build();
        final Volume b = Volume.builder(GRID, echoes).setSlice(0, 0, new float[] {4, 1, 0, 2, 1, Float.POSITIVE_INFINITY})
            .setSlice(0, 1, new float[] {2, 2, 2, 2, 2, 2}).build();
        final Volume s = CoilCombination.sumOfSquares(java.util.List.of(a, b));
        assertEquals(5, s.get(0, 0, 0, 0));
        assertEquals(Math.sqrt(2), s.get(1, 0, 0, 0), 1e-6);
        assertEquals(0, s.get(2, 0, 0, 0));
        assertTrue(Float.isNaN(s.get(1, 1, 0, 0)));
        assertTrue(Float.isNaN(s.get(2, 1, 0, 0)));
        assertEquals(Math.sqrt(5), s.get(0, 0, 0, 1), 1e-6);
        assertEquals(echoes, s.parameters());
        assertThrows(InvalidDataException.class, () -> CoilCombination.sumOfSquares(java.util.List.of(a, map(new float[6]))));
    }

    @Test
    void dcePhasesByIndexWithOrWithoutThePreContrastPhaseAndByTemporalPosition() {
        final java.util.List<AcquisitionParameters> phases = new java.util.ArrayList<>();
        final Volume.Builder b = Volume.builder(GRID, java.util.stream.IntStream.rangeClosed(1, 4)
            .mapToObj(t -> new AcquisitionParameters(Double.NaN, 2, Double.NaN, 12, 5, t, false)).toList());
        for (int t = 0; t < 4; t++) {
            final float[] v = new float[6];
            java.util.Arrays.fill(v, 100 * t);
            b.setSlice(0, t, v);
        }
        final Volume series = b.build();
        assertEquals(100, DcePhases.byIndex(series, 2, true).get(0, 0, 0, 0));
        assertEquals(200, DcePhases.byIndex(series, 2, false).get(0, 0, 0, 0));
        assertEquals(1, DcePhases.byIndex(series, 2, false).volumeCount());
        assertEquals(3.0, DcePhases.byIndex(series, 2, false).parameters().get(0).temporalPosition());
        assertEquals(300, DcePhases.byTemporalPosition(series, 4).get(1, 1, 0, 0));
        final InvalidDataException missing = assertThrows(InvalidDataException.class, () -> DcePhases.byIndex(series, 4, false));
        assertTrue(missing.getMessage().contains("3 post-contrast phases"), missing.getMessage());
        assertThrows(InvalidDataException.class, () -> DcePhases.byTemporalPosition(series, 9));
        // phases at -30, 60, 120, 180 s: 90 s lies between 60 and 120, the earlier wins; 100 s is nearer 120
        final double[] times = {-30, 60, 120, 180};
        assertEquals(2, DcePhases.nearestToTime(series, times, 90));
        assertEquals(3, DcePhases.nearestToTime(series, times, 100));
        assertEquals(1, DcePhases.nearestToTime(series, times, -500));
        assertTrue(assertThrows(InvalidDataException.class, () -> DcePhases.nearestToTime(series, new double[] {0, 60}, 90))
            .getMessage().contains("2 phase times for a series of 4 phases"));
    }

    @Test
    void roiMeansPerPhaseLeaveNonFiniteVoxelsOut() {
        final Volume.Builder b = Volume.builder(GRID, java.util.List.of(AcquisitionParameters.UNKNOWN,
            AcquisitionParameters.UNKNOWN));
        b.setSlice(0, 0, new float[] {10, 20, 30, 40, 50, 60});
        b.setSlice(0, 1, new float[] {15, Float.NaN, 45, 40, 50, 60});
        final boolean[] roi = {true, true, true, false, false, false};
        final Volume series = b.build();
        final double[] means = TimeIntensityCurve.roiMeans(series, roi);
        assertEquals(20.0, means[0], 1e-12);
        assertEquals(30.0, means[1], 1e-12);
        assertThrows(InvalidDataException.class, () -> TimeIntensityCurve.roiMeans(series, new boolean[6]));
        assertThrows(InvalidDataException.class, () -> TimeIntensityCurve.roiMeans(series, new boolean[5]));
    }

    @Test
    void resamplingOntoAShiftedFinerGridInterpolatesAndMarksOutsideVoxels() {
        // source 3x2x1 at 1 mm, values i + 10 j; target offset by half a voxel in x, 0.5 mm spacing
        final Volume source = Volume.map(GRID, new float[] {0, 1, 2, 10, 11, 12});
        final Geometry target = new Geometry(6, 2, 1, new double[] {0.5, 0, 0}, new double[] {0.5, 1, 2},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final Volume lin = Resampling.onto(source, target, Resampling.Interpolation.TRILINEAR);
        assertEquals(0.5, lin.get(0, 0, 0, 0), 1e-6);
        assertEquals(1.0, lin.get(1, 0, 0, 0), 1e-6);
        assertEquals(11.5, lin.get(2, 1, 0, 0), 1e-6);
        assertEquals(2.0, lin.get(3, 0, 0, 0), 1e-6);
        assertEquals(2.0, lin.get(4, 0, 0, 0), 1e-6, "half a voxel past the last centre: the edge value");
        assertTrue(Float.isNaN(lin.get(5, 0, 0, 0)), "outside the source grid");
        final Volume near = Resampling.onto(source, target, Resampling.Interpolation.NEAREST);
        assertEquals(1, near.get(1, 0, 0, 0));
        assertEquals(12, near.get(2, 1, 0, 0));
        assertEquals(source.get(2, 1, 0, 0), Resampling.onto(source, GRID, Resampling.Interpolation.TRILINEAR).get(2, 1, 0, 0));
    }
}
