package org.qmrinodes.knime.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The README's scale-out figures: the fit and radiomics nodes stream a cohort whose images together
 * are several times the heap, in a JVM of its own with a small heap, so the memory a streamed row
 * needs is independent of the cohort's size. Prints rows/s and the peak heap.
 */
class StreamedCohortMemoryTest {

    /** Heap of the child JVM in MB. */
    private static final int HEAP_MB = 384;

    private static StreamedCohortRun.Figures runInSmallHeap(final String node, final int rows)
        throws IOException, InterruptedException {
        final Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        final Process p = new ProcessBuilder(List.of(launcher.toString(), "-Xmx" + HEAP_MB + "m", "-Djava.awt.headless=true",
            "-cp", System.getProperty("java.class.path"), StreamedCohortRun.class.getName(), node, Integer.toString(rows)))
            .redirectErrorStream(true).start();
        final String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        final String[] lines = output.strip().split("\n");
        final StreamedCohortRun.Figures f = StreamedCohortRun.Figures.parse(lines[lines.length - 1]);
        System.out.printf(java.util.Locale.ROOT, "%s streamed in a %d MB heap: %d rows of %.0f MB images (%.0f MB in all)"
            + " in %.1f s, %.2f rows/s, peak heap %.0f MB%n", node, HEAP_MB, f.rows(), f.inputMbPerRow(),
            f.rows() * f.inputMbPerRow(), f.seconds(), f.rowsPerSecond(), f.peakHeapMb());
        return f;
    }

    @Test
    void theFitStreamsACohortLargerThanItsHeap() throws Exception {
        final StreamedCohortRun.Figures f = runInSmallHeap("fit", 40);
        assertTrue(f.rows() * f.inputMbPerRow() > 1.5 * HEAP_MB, "the cohort's images exceed the heap");
    }

    @Test
    void radiomicsStreamsACohortLargerThanItsHeap() throws Exception {
        final StreamedCohortRun.Figures f = runInSmallHeap("radiomics", 12);
        assertTrue(f.rows() * f.inputMbPerRow() > 1.5 * HEAP_MB, "the cohort's images exceed the heap");
    }
}
