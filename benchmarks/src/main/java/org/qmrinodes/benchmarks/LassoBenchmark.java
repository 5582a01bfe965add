package org.qmrinodes.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.stats.lasso.CrossValidatedLasso;
import org.qmrinodes.core.stats.lasso.CvMeasure;
import org.qmrinodes.core.stats.lasso.ElasticNetSettings;
import org.qmrinodes.core.stats.lasso.FeatureMatrix;
import org.qmrinodes.core.stats.lasso.FoldAssignment;

/**
 * 10-fold cross-validated LASSO logistic regression with fixed fold ids on the same data that
 * {@code validation/lasso/time_cv_glmnet.R} gives R {@code cv.glmnet}: the 118 × 960 radiomics
 * golden data set and the simulated 2000 × 2000 set that script writes (system property
 * {@code lasso.large.data}, default {@code benchmarks/target/lasso_2000x2000.bin}). Run from the
 * repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(1)
public class LassoBenchmark {

    @Param({"radiomics_118x960", "simulated_2000x2000"})
    String dataset;

    private FeatureMatrix data;
    private FoldAssignment folds;

    @Setup(Level.Trial)
    public void read() throws IOException {
        if (dataset.startsWith("radiomics")) {
            readRadiomics(Path.of("validation/lasso/data/radiomics.csv.gz"));
        } else {
            readLarge(Path.of(System.getProperty("lasso.large.data", "benchmarks/target/lasso_2000x2000.bin")));
        }
    }

    private void readRadiomics(final Path file) throws IOException {
        final String[] lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
        }
        final List<String> header = Arrays.asList(lines[0].split(","));
        final int n = lines.length - 1;
        final int p = header.size() - 2;
        final List<String> labels = new ArrayList<>();
        final double[] fold = new double[n];
        final double[][] x = new double[p][n];
        for (int i = 0; i < n; i++) {
            final String[] f = lines[i + 1].split(",");
            labels.add(f[0]);
            fold[i] = Double.parseDouble(f[1]);
            for (int j = 0; j < p; j++) {
                x[j][i] = Double.parseDouble(f[j + 2]);
            }
        }
        data = FeatureMatrix.completeCases(BinaryOutcome.of("outcome", labels, "HER2-low"), header.subList(2, p + 2),
            Arrays.asList(x));
        folds = FoldAssignment.given("fold", fold);
    }

    private void readLarge(final Path file) throws IOException {
        final ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        final int n = (int) buffer.getDouble();
        final int p = (int) buffer.getDouble();
        final List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(buffer.getDouble() == 1 ? "1" : "0");
        }
        final double[] fold = new double[n];
        for (int i = 0; i < n; i++) {
            fold[i] = buffer.getDouble();
        }
        final List<double[]> x = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            final double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = buffer.getDouble();
            }
            x.add(c);
            names.add("x" + (j + 1));
        }
        data = FeatureMatrix.completeCases(BinaryOutcome.of("y", labels, "1"), names, x);
        folds = FoldAssignment.given("fold", fold);
    }

    /** cv.glmnet(x, y, family = "binomial", foldid = fold, type.measure = "deviance"). */
    @Benchmark
    public double crossValidatedLasso() {
        return CrossValidatedLasso.run(data, folds, ElasticNetSettings.defaults(), CvMeasure.DEVIANCE).lambdaMin();
    }
}
