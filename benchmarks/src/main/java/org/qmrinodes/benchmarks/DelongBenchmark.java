package org.qmrinodes.benchmarks;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

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
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;
import org.qmrinodes.core.stats.roc.DelongTest;
import org.qmrinodes.core.stats.roc.DirectionRule;
import org.qmrinodes.core.stats.roc.PairedAucComparison;
import org.qmrinodes.core.stats.roc.RocAnalysis;
import org.qmrinodes.core.stats.roc.RocResult;

/**
 * ROC analysis and paired DeLong tests of three correlated scores on 10⁶ cases: the same work as
 * {@code validation/roc/time_proc_delong.R} times for R pROC (three {@code roc} objects, then three
 * {@code roc.test(method = "delong")} calls), so the two can be compared as a ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class DelongBenchmark {

    @Param({"1000000"})
    int cases;

    private BinaryOutcome outcome;
    private List<String> names;
    private List<double[]> scores;

    @Setup(Level.Trial)
    public void draw() {
        final Random random = new Random(42);
        final String[] labels = new String[cases];
        final double[][] s = new double[3][cases];
        for (int i = 0; i < cases; i++) {
            final boolean positive = random.nextDouble() < 0.4;
            labels[i] = positive ? "pos" : "neg";
            final double common = random.nextGaussian();
            final double shift = positive ? 1 : 0;
            s[0][i] = 0.8 * shift + 0.6 * common + 0.8 * random.nextGaussian();
            s[1][i] = 0.6 * shift + 0.6 * common + 0.8 * random.nextGaussian();
            s[2][i] = 0.4 * shift + 0.6 * common + 0.8 * random.nextGaussian();
        }
        outcome = BinaryOutcome.of("outcome", List.of(labels), "pos");
        names = List.of("s1", "s2", "s3");
        scores = List.of(s[0], s[1], s[2]);
    }

    /** Three ROC analyses (AUC, DeLong variance and CI, full curve, Youden cut-off). */
    @Benchmark
    public double rocAnalysisOfThreeScores() {
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            final RocResult r = RocAnalysis.analyze(outcome, names.get(i), scores.get(i), DirectionRule.AUTO, 0.95);
            sum += r.auc() + r.youden().threshold();
        }
        return sum;
    }

    /** The three paired DeLong tests of all pairs. */
    @Benchmark
    public double pairedDelongOfThreePairs() {
        double sum = 0;
        for (final PairedAucComparison c : DelongTest.compareAll(outcome, names, scores, null, DirectionRule.AUTO, 0.95,
            PValueAdjustment.NONE)) {
            sum += c.z();
        }
        return sum;
    }
}
