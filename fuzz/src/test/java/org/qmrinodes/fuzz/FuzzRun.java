package org.qmrinodes.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Runs the cases of one input kind and sums them up: per kind the cases run and the failing runs by
 * symptom; the failures grouped by (mutation, command, symptom) with a count and one reproducing seed.
 *
 * <p>The seed of case i is the i-th number of a {@link SplittableRandom} seeded with the run's seed
 * and the kind; a case is rebuilt from its seed alone, so one case is rerun with
 * {@code -Dfuzz.case=KIND:SEED}.
 */
final class FuzzRun {

    /**
     * One failure class.
     *
     * @param kind input kind
     * @param mutation mutation name
     * @param command qmri subcommand
     * @param symptom what went wrong
     */
    record FailureClass(Kind kind, String mutation, String command, Symptom symptom) {
    }

    /**
     * The cases of one failure class.
     *
     * @param count cases with this failure
     * @param exampleSeed the seed of the first
     * @param exampleDescription what that case mutated
     * @param exampleDetail its offending output
     */
    record FailureCount(int count, long exampleSeed, String exampleDescription, String exampleDetail) {
    }

    private final Kind kind;
    private int cases;
    private long millis;
    private final EnumMap<Symptom, Integer> casesBySymptom = new EnumMap<>(Symptom.class);
    private final Map<FailureClass, FailureCount> failures = new LinkedHashMap<>();

    private FuzzRun(final Kind kind) {
        this.kind = kind;
    }

    /** @return the seeds of the first {@code count} cases of a kind */
    static long[] seeds(final long runSeed, final Kind kind, final int count) {
        final SplittableRandom r = new SplittableRandom(runSeed * 31 + kind.ordinal());
        final long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = r.nextLong();
        }
        return seeds;
    }

    /**
     * @param target the input kind
     * @param seeds the cases
     * @param work a folder for inputs and scratch files (emptied case by case)
     * @param cli the runner
     * @return the summary
     * @throws IOException when the inputs cannot be written
     */
    static FuzzRun run(final FuzzTarget target, final long[] seeds, final Path work, final InProcessCli cli)
        throws IOException {
        final FuzzRun run = new FuzzRun(target.kind());
        final long start = System.nanoTime();
        target.prepare(work, cli);
        final Path scratch = work.resolve("case");
        for (final long seed : seeds) {
            delete(scratch);
            Files.createDirectories(scratch);
            run.add(target.run(seed, scratch, cli));
        }
        delete(scratch);
        run.millis = (System.nanoTime() - start) / 1_000_000;
        return run;
    }

    private void add(final CaseResult result) {
        cases++;
        result.findings().stream().map(Finding::symptom).distinct()
            .forEach(s -> casesBySymptom.merge(s, 1, Integer::sum));
        final Map<FailureClass, Finding> perClass = new LinkedHashMap<>();
        for (final Finding f : result.findings()) {
            perClass.putIfAbsent(new FailureClass(kind, result.mutation(), f.command(), f.symptom()), f);
        }
        perClass.forEach((c, f) -> failures.merge(c, new FailureCount(1, result.seed(), result.description(), f.detail()),
            (a, b) -> new FailureCount(a.count() + 1, a.exampleSeed(), a.exampleDescription(), a.exampleDetail())));
    }

    /** @return the input kind */
    Kind kind() {
        return kind;
    }

    /** @return cases run */
    int cases() {
        return cases;
    }

    /** @return the failure classes found */
    Map<FailureClass, FailureCount> failures() {
        return failures;
    }

    /** @return one line: cases, wall time and failing cases by symptom */
    String statistics() {
        final int crashes = count(Symptom.CRASH) + count(Symptom.STACK_TRACE) + count(Symptom.BAD_EXIT);
        final int wrong = count(Symptom.WRONG_RESULT) + count(Symptom.SILENT_ACCEPT);
        return String.format("%-6s %7d cases in %6.1f s: crashes %d, OOMs %d, time-outs %d, toolkit log %d, wrong results %d"
            + " (silently accepted %d)", kind, cases, millis / 1000.0, crashes, count(Symptom.OOM), count(Symptom.TIMEOUT),
            count(Symptom.TOOLKIT_LOG), wrong, count(Symptom.SILENT_ACCEPT));
    }

    private int count(final Symptom s) {
        return casesBySymptom.getOrDefault(s, 0);
    }

    /**
     * @param classes failure classes
     * @return one line per class, most frequent first
     */
    static List<String> describe(final Map<FailureClass, FailureCount> classes) {
        final List<String> lines = new ArrayList<>();
        classes.entrySet().stream()
            .sorted(Comparator.comparing((Map.Entry<FailureClass, FailureCount> e) -> -e.getValue().count()))
            .forEach(e -> lines.add(String.format("  %s %s -> %s %s x%d, e.g. -Dfuzz.case=%s:%d (%s): %s",
                e.getKey().kind(), e.getKey().mutation(), e.getKey().command(), e.getKey().symptom(), e.getValue().count(),
                e.getKey().kind().name().toLowerCase(java.util.Locale.ROOT), e.getValue().exampleSeed(),
                e.getValue().exampleDescription(), e.getValue().exampleDetail())));
        return lines;
    }

    static void delete(final Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (final IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
