package org.qmrinodes.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qmrinodes.core.stats.evaluation.BootstrapValidation;
import org.qmrinodes.core.stats.evaluation.LassoPipeline;
import org.qmrinodes.core.stats.lasso.CvMeasure;
import org.qmrinodes.core.stats.lasso.ElasticNetSettings;
import org.qmrinodes.core.stats.lasso.LambdaChoice;

/**
 * Harrell's optimism bootstrap: the logistic model of {@code validation/evaluation/time_rms_validate.R}
 * (n = 138, six predictors, B = 1000, as {@code rms::validate}), and the LASSO rad-score pipeline
 * (λ by 10-fold CV inside each of B = 200 resamples) on the 118 × 960 radiomics data set. Run from
 * the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class ValidationBenchmark {

    private double[][] logisticX;
    private boolean[] logisticY;
    private List<int[]> logisticResamples;
    private double[][] radiomicsX;
    private boolean[] radiomicsY;
    private List<int[]> radiomicsResamples;

    @Setup(Level.Trial)
    public void read() throws IOException {
        final List<String> lines = Files.readAllLines(Path.of("validation/evaluation/data_development.csv"));
        final List<String> header = Arrays.asList(lines.get(0).split(","));
        final int n = lines.size() - 1;
        logisticX = new double[n][6];
        logisticY = new boolean[n];
        for (int i = 0; i < n; i++) {
            final String[] f = lines.get(i + 1).split(",");
            for (int j = 0; j < 6; j++) {
                logisticX[i][j] = Double.parseDouble(f[header.indexOf("x" + (j + 1))]);
            }
            logisticY[i] = Double.parseDouble(f[header.indexOf("y")]) == 1;
        }
        logisticResamples = BootstrapValidation.drawResamples(n, 1000, 1);
        final String[] rows;
        try (var in = new GZIPInputStream(Files.newInputStream(Path.of("validation/lasso/data/radiomics.csv.gz")))) {
            rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
        }
        final int m = rows.length - 1;
        final int p = rows[0].split(",").length - 2;
        radiomicsX = new double[m][p];
        radiomicsY = new boolean[m];
        for (int i = 0; i < m; i++) {
            final String[] f = rows[i + 1].split(",");
            radiomicsY[i] = f[0].equals("HER2-low");
            for (int j = 0; j < p; j++) {
                radiomicsX[i][j] = Double.parseDouble(f[j + 2]);
            }
        }
        radiomicsResamples = new ArrayList<>(BootstrapValidation.drawResamples(m, 200, 2));
    }

    /** rms::validate(lrm(y ~ x1 + … + x6), B = 1000). */
    @Benchmark
    public double logisticB1000() {
        return BootstrapValidation.validate(logisticX, logisticY, logisticResamples).rows().get(1).corrected();
    }

    /** The rad-score pipeline: 10-fold CV LASSO (λ.min, deviance) inside each of 200 resamples. */
    @Benchmark
    public double lassoPipelineB200() {
        return BootstrapValidation.validatePipeline(radiomicsX, radiomicsY, radiomicsResamples,
            new LassoPipeline(ElasticNetSettings.defaults(), CvMeasure.DEVIANCE, LambdaChoice.MIN, 10, 2024),
            BootstrapValidation.Progress.NONE).rows().get(1).corrected();
    }
}
