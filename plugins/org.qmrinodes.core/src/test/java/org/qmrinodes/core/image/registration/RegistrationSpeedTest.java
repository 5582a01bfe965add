package org.qmrinodes.core.image.registration;

import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;

/** A map pair of Fr25's SyMRI matrix (512 × 512 × 25, 0.43 × 0.43 × 4 mm) registers in under 5 s. */
class RegistrationSpeedTest {

    private static double[] enlarged(final double[] p) {
        return new double[] {p[0] / 2.5, p[1] / 2.5, p[2] / 2.5};
    }

    @Test
    void aSyMriSizedPairRegistersInUnderFiveSeconds() {
        final Geometry g = RigidRegistrationTest.grid(512, 25, 0.43, 4.0);
        final RigidTransform truth = new RigidTransform(Math.toRadians(3), Math.toRadians(-2), Math.toRadians(6),
            new double[] {4, -6, 2.5}, g.indexToPatient(255.5, 255.5, 12));
        final Volume fixed = RigidRegistrationTest.sample(g, RegistrationSpeedTest::enlarged, v -> v);
        final Volume moving = RigidRegistrationTest.sample(g, y -> enlarged(truth.applyInverse(y)),
            v -> 4000 / (1 + v / 100));
        RigidRegistration.register(fixed, moving, RigidRegistration.Settings.defaults(), RigidRegistration.Progress.NONE);
        final long start = System.nanoTime();
        final RigidRegistration.Result r = RigidRegistration.register(fixed, moving, RigidRegistration.Settings.defaults(),
            RigidRegistration.Progress.NONE);
        final double seconds = (System.nanoTime() - start) / 1e9;
        final double error = RigidRegistrationTest.meanDisplacementError(g, truth, r.transform());
        System.out.printf(java.util.Locale.ROOT, "512x512x25 registration: %.2f s, %d evaluations, %.3f mm from the truth%n",
            seconds, r.evaluations(), error);
        assertTrue(seconds < 5, "took " + seconds + " s");
        assertTrue(error < 0.2, "mean displacement error " + error + " mm");
    }
}
