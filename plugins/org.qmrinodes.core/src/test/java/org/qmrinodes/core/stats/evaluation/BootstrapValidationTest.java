package org.qmrinodes.core.stats.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.testing.CsvTable;

/**
 * {@code rms::validate(lrm(...), B)} (rms 6.5, R 4.2.2) with R's own resamples: the n = 138 six-predictor
 * model (B = 200), a nearly separated one where 4 of 50 resample fits fail, and a rare categorical
 * level whose absence fails 14 of 100 resamples.
 */
class BootstrapValidationTest {

    private static Path golden(final String name) {
        return CsvTable.validationDir().resolve("evaluation/" + name);
    }

    private static List<int[]> resamples(final String file) throws IOException {
        final List<int[]> out = new ArrayList<>();
        for (final String line : Files.readAllLines(golden(file))) {
            if (!line.isBlank()) {
                out.add(Arrays.stream(line.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray());
            }
        }
        return out;
    }

    private static void assertAgrees(final String expectedFile, final BootstrapValidation.Result r, final int failed,
        final String info) {
        final CsvTable t = CsvTable.read(golden(expectedFile));
        assertEquals(t.size(), r.rows().size());
        for (int k = 0; k < t.size(); k++) {
            final BootstrapValidation.Row row = r.rows().get(k);
            final String at = info + " " + row.index();
            assertEquals(t.text(k, "index"), row.index());
            assertRelative(t.number(k, "apparent"), row.apparent(), 1e-7, 1e-10, at + " apparent");
            assertRelative(t.number(k, "training"), row.training(), 1e-7, 1e-10, at + " training");
            assertRelative(t.number(k, "test"), row.test(), 1e-7, 1e-10, at + " test");
            assertRelative(t.number(k, "optimism"), row.optimism(), 1e-6, 1e-9, at + " optimism");
            assertRelative(t.number(k, "corrected"), row.corrected(), 1e-7, 1e-10, at + " corrected");
            assertEquals((int) t.number(k, "n"), row.n(), at + " n");
        }
        assertEquals(failed, r.failed(), info + " failed resamples");
    }

    private static double[][] columns(final CsvTable t, final String... names) {
        final double[][] x = new double[t.size()][names.length];
        for (int j = 0; j < names.length; j++) {
            final double[] c = t.numbers(names[j]);
            for (int i = 0; i < c.length; i++) {
                x[i][j] = c[i];
            }
        }
        return x;
    }

    private static boolean[] outcome(final CsvTable t) {
        final double[] y = t.numbers("y");
        final boolean[] b = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            b[i] = y[i] == 1;
        }
        return b;
    }

    /** The maximum-likelihood fit as a pipeline: must give rms' validate, failures included. */
    private static final BootstrapValidation.Pipeline MAXIMUM_LIKELIHOOD = (x, y, b) -> {
        final RmsLogisticFit.Fit fit = RmsLogisticFit.fit(x, y, null, RmsLogisticFit.MAXIT, b == 0 ? 1e-7 : 1e-12);
        return fit.failed() ? null : fit.coefficients();
    };

    @Test
    void theMaximumLikelihoodPipelineIsRmsValidate() throws IOException {
        final CsvTable d = CsvTable.read(golden("data_development.csv"));
        final java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        final BootstrapValidation.Result r = BootstrapValidation.validatePipeline(
            columns(d, "x1", "x2", "x3", "x4", "x5", "x6"), outcome(d), resamples("validate_resamples.csv"),
            MAXIMUM_LIKELIHOOD, (done, total) -> told.incrementAndGet());
        assertAgrees("validate_lrm.csv", r, 0, "pipeline");
        assertEquals(r.resamples(), told.get(), "progress after every resample");
    }

    @Test
    void sixPredictorsTwoHundredResamples() throws IOException {
        final CsvTable d = CsvTable.read(golden("data_development.csv"));
        final BootstrapValidation.Result r = BootstrapValidation.validate(columns(d, "x1", "x2", "x3", "x4", "x5", "x6"),
            outcome(d), resamples("validate_resamples.csv"));
        assertAgrees("validate_lrm.csv", r, 0, "main");
    }

    @Test
    void separatedResamplesFailAsInRms() throws IOException {
        final CsvTable d = CsvTable.read(golden("data_separation.csv"));
        final BootstrapValidation.Result r = BootstrapValidation.validate(columns(d, "x1", "x2"), outcome(d),
            resamples("validate_separation_resamples.csv"));
        assertAgrees("validate_separation_lrm.csv", r, 4, "separation");
        assertAgrees("validate_separation_lrm.csv", BootstrapValidation.validatePipeline(columns(d, "x1", "x2"),
            outcome(d), resamples("validate_separation_resamples.csv"), MAXIMUM_LIKELIHOOD,
            BootstrapValidation.Progress.NONE), 4, "separation, as a pipeline");
    }

    @Test
    void resamplesWithoutARareLevelFail() throws IOException {
        final CsvTable d = CsvTable.read(golden("data_rare_level.csv"));
        final double[][] x = new double[d.size()][3];
        for (int i = 0; i < d.size(); i++) {
            x[i][0] = d.number(i, "x1");
            x[i][1] = d.text(i, "grade").equals("B") ? 1 : 0;
            x[i][2] = d.text(i, "grade").equals("C") ? 1 : 0;
        }
        final BootstrapValidation.Result r = BootstrapValidation.validate(x, outcome(d),
            resamples("validate_rare_level_resamples.csv"));
        assertAgrees("validate_rare_level_lrm.csv", r, 14, "rare level");
    }

    @Test
    void drawnResamplesAreReproducibleRowNumbers() {
        final List<int[]> a = BootstrapValidation.drawResamples(50, 3, 7);
        assertEquals(3, a.size());
        for (int b = 0; b < 3; b++) {
            assertEquals(50, a.get(b).length);
            assertEquals(Arrays.toString(a.get(b)), Arrays.toString(BootstrapValidation.drawResamples(50, 3, 7).get(b)));
            Arrays.stream(a.get(b)).forEach(v -> assertEquals(true, v >= 1 && v <= 50));
        }
    }

    @Test
    void calibrationCurveAsRmsCalibrateWithTheSameResamples() throws IOException {
        final CsvTable d = CsvTable.read(golden("data_development.csv"));
        final BootstrapCalibration.Result r = BootstrapCalibration.calibrate(columns(d, "x1", "x2", "x3", "x4", "x5", "x6"),
            outcome(d), resamples("validate_resamples.csv"));
        final CsvTable t = CsvTable.read(golden("calibrate_lrm.csv"));
        assertEquals(t.size(), r.curve().size());
        for (int k = 0; k < t.size(); k++) {
            final BootstrapCalibration.Point p = r.curve().get(k);
            final String at = "grid point " + (k + 1);
            assertRelative(t.number(k, "predicted"), p.predicted(), 1e-9, 1e-12, at);
            assertRelative(t.number(k, "calibrated_apparent"), p.calibratedApparent(), 1e-7, 1e-10, at);
            assertRelative(t.number(k, "calibrated_corrected"), p.calibratedCorrected(), 1e-7, 1e-10, at);
            assertRelative(t.number(k, "training"), p.training(), 1e-6, 1e-9, at);
            assertRelative(t.number(k, "test"), p.test(), 1e-6, 1e-9, at);
            assertRelative(t.number(k, "optimism"), p.optimism(), 1e-6, 1e-9, at);
            assertEquals((int) t.number(k, "n"), p.n(), at);
        }
        assertEquals(0, r.failed());
    }
}
