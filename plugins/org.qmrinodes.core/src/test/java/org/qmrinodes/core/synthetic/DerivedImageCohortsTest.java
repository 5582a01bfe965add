package org.qmrinodes.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.image.MapArithmetic;
import org.qmrinodes.core.image.Resampling;
import org.qmrinodes.core.image.SeriesPairing;
import org.qmrinodes.core.image.TimeIntensityCurve;

/** The synthetic pre/post map and DCE cohorts hit their published targets and survive the pipeline steps. */
class DerivedImageCohortsTest {

    @Test
    void qims26MapsHaveThePublishedGroupMeansAndPairingRecoversEachLesionsDelta() {
        final List<PrePostMapCohort.Lesion> lesions =
            PrePostMapCohort.generate(PrePostMapCohort.QIMS26, "QIMS", PrePostMapCohort.DEFAULT_SEED);
        assertEquals(158, lesions.size());
        for (final PrePostMapCohort.Group g : PrePostMapCohort.QIMS26) {
            final double[] pre = lesions.stream().filter(l -> l.group().equals(g.label()))
                .mapToDouble(PrePostMapCohort.Lesion::truePre).toArray();
            assertEquals(g.size(), pre.length);
            final double mean = java.util.Arrays.stream(pre).average().orElseThrow();
            final double sd = Math.sqrt(java.util.Arrays.stream(pre).map(v -> (v - mean) * (v - mean)).sum()
                / (pre.length - 1));
            assertEquals(g.preMean(), mean, 1e-9 * g.preMean(), g.label());
            assertEquals(g.preSd(), sd, 1e-9 * g.preSd(), g.label());
        }
        for (final PrePostMapCohort.Lesion l : lesions.subList(0, 10)) {
            assertFalse(l.post().geometry().sameGrid(l.pre().geometry(), 0.1));
            final SeriesPairing.Match m = new SeriesPairing.Match(new SeriesPairing.Identity(l.id() + " pre", l.id(), "1",
                null), new SeriesPairing.Identity(l.id() + " post", l.id(), "1", null));
            final SeriesPairing.Placed placed = SeriesPairing.onFirstGrid(m, l.pre(), l.post(),
                Resampling.Interpolation.TRILINEAR, 0.01);
            assertTrue(placed.resampled());
            final boolean[] inside = l.lesion().nonZero();
            final MapArithmetic.Result delta = MapArithmetic.apply(l.pre(), placed.secondOnFirstGrid(),
                MapArithmetic.Operation.DIFFERENCE, inside);
            final double lesionDelta = TimeIntensityCurve.roiMeans(delta.map(), inside)[0];
            assertEquals(l.truePre() - l.truePost(), lesionDelta, 0.01 * l.truePre(), l.id());
        }
    }

    @Test
    void fr25CurvesHaveThePublishedTypeCountsAndAreTypedAsMade() {
        final List<DceCurveCohort.Lesion> lesions = DceCurveCohort.fr25(DceCurveCohort.DEFAULT_SEED);
        assertEquals(138, lesions.size());
        assertEquals(32, lesions.stream().filter(l -> l.group().equals("HER2-positive")
            && l.type() == TimeIntensityCurve.Type.WASHOUT).count());
        for (final DceCurveCohort.Lesion l : lesions) {
            final double[] curve = TimeIntensityCurve.roiMeans(l.series(), l.roi().nonZero());
            assertEquals(l.type(), TimeIntensityCurve.classify(DceCurveCohort.PHASE_SECONDS, curve, 120, 0.10).type(),
                l.id());
        }
    }
}
