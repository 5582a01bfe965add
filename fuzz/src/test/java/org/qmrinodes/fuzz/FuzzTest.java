package org.qmrinodes.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz suite: mutated DICOM series, NIfTI/NRRD images and CSV tables through the qmri commands,
 * in-process. Each test fails listing the failure classes (mutation, command, symptom, count, one
 * reproducing seed) that {@link KnownFailures} does not allow.
 *
 * <p>System properties (set by the pom; the {@code fuzz} profile raises the counts):
 * {@code fuzz.dicom.cases}, {@code fuzz.image.cases}, {@code fuzz.csv.cases} cases per kind;
 * {@code fuzz.seed} the run's seed; {@code fuzz.mode=report} prints every failure class with an
 * example, without failing.
 *
 * <p>Rerun one case from the summary (or several, comma-separated), printing its command lines and
 * outputs:
 * <pre>mvn -o -pl fuzz -am test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.case=dicom:-4242</pre>
 */
class FuzzTest {

    /** Wall time allowed per command run. */
    static final long LIMIT_MILLIS = 10_000;

    private static final Map<FuzzRun.FailureClass, FuzzRun.FailureCount> ALL_FAILURES = new LinkedHashMap<>();
    private static final List<String> STATISTICS = new ArrayList<>();

    @TempDir
    Path work;

    @Test
    void dicomSeries() throws IOException {
        fuzz(new DicomTarget(), "fuzz.dicom.cases");
    }

    @Test
    void imagesAndMasks() throws IOException {
        fuzz(new ImageTarget(), "fuzz.image.cases");
    }

    @Test
    void csvTables() throws IOException {
        fuzz(new CsvTarget(), "fuzz.csv.cases");
    }

    private void fuzz(final FuzzTarget target, final String countProperty) throws IOException {
        final InProcessCli cli = new InProcessCli(LIMIT_MILLIS);
        final String only = System.getProperty("fuzz.case", "");
        final String prefix = target.kind().name().toLowerCase(Locale.ROOT) + ":";
        if (!only.isEmpty()) {
            if (only.startsWith(prefix)) {
                rerun(target, Arrays.stream(only.substring(prefix.length()).split(",")).mapToLong(Long::parseLong)
                    .toArray(), cli);
            }
            return;
        }
        final long[] seeds = FuzzRun.seeds(Long.getLong("fuzz.seed", 20261202L), target.kind(),
            Integer.getInteger(countProperty, 50));
        final FuzzRun run = FuzzRun.run(target, seeds, work, cli);
        synchronized (ALL_FAILURES) {
            ALL_FAILURES.putAll(run.failures());
            STATISTICS.add(run.statistics());
        }
        System.out.println(run.statistics());
        final Map<FuzzRun.FailureClass, FuzzRun.FailureCount> unexpected = new LinkedHashMap<>();
        final Map<FuzzRun.FailureClass, FuzzRun.FailureCount> known = new LinkedHashMap<>();
        run.failures().forEach((c, n) -> (KnownFailures.covering(c) == null ? unexpected : known).put(c, n));
        final boolean report = "report".equals(System.getProperty("fuzz.mode"));
        if (report && !known.isEmpty()) {
            System.out.println(known.size() + " known failure classes (KnownFailures):");
            FuzzRun.describe(known).forEach(System.out::println);
        } else if (!known.isEmpty()) {
            final Map<String, Integer> byKey = new java.util.TreeMap<>();
            known.forEach((c, n) -> byKey.merge(KnownFailures.covering(c), n.count(), Integer::sum));
            System.out.println(known.size() + " known failure classes (KnownFailures), failing runs by entry: " + byKey);
        }
        if (!unexpected.isEmpty() && !report) {
            fail(run.statistics() + "\n" + unexpected.size() + " failure classes not in KnownFailures:\n"
                + String.join("\n", FuzzRun.describe(unexpected)));
        } else if (!unexpected.isEmpty()) {
            System.out.println(unexpected.size() + " failure classes not in KnownFailures:");
            FuzzRun.describe(unexpected).forEach(System.out::println);
        }
    }

    private void rerun(final FuzzTarget target, final long[] seeds, final InProcessCli cli) throws IOException {
        target.prepare(work, cli);
        final List<String> failures = new ArrayList<>();
        for (final long seed : seeds) {
            final Path scratch = work.resolve("case");
            FuzzRun.delete(scratch);
            Files.createDirectories(scratch);
            failures.addAll(rerun(target, seed, scratch, cli));
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static List<String> rerun(final FuzzTarget target, final long seed, final Path scratch,
        final InProcessCli cli) throws IOException {
        final CaseResult r = target.run(seed, scratch, cli);
        System.out.println("case " + target.kind() + ":" + seed + " " + r.description());
        for (final Invocation i : r.runs()) {
            System.out.println("$ qmri " + String.join(" ", i.args()) + "\n  exit " + i.status() + " in " + i.millis()
                + " ms" + (i.thrown() != null ? ", threw " + i.thrown() : "") + "\n--- stdout\n" + i.out() + "--- stderr\n"
                + i.err());
            if (i.thrown() != null) {
                i.thrown().printStackTrace(System.out);
            }
        }
        return r.findings().stream().map(f -> "case " + target.kind() + ":" + seed + " (" + r.description() + "): "
            + f.command() + " " + f.symptom() + ": " + f.detail()).toList();
    }

    @AfterAll
    static void summary() {
        if (STATISTICS.isEmpty()) {
            return;
        }
        STATISTICS.forEach(System.out::println);
        final Set<String> used = new TreeSet<>();
        ALL_FAILURES.keySet().forEach(c -> {
            final String key = KnownFailures.covering(c);
            if (key != null) {
                used.add(key);
            }
        });
        final Set<String> unused = new TreeSet<>(KnownFailures.ALLOWED.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            System.out.println("KnownFailures entries no case of this run needed (fixed, or not reached): " + unused);
        }
    }
}
