package org.qmrinodes.core.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.BValueStorage;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;

/**
 * A 384×384×28×4 DWI series (66 MB of floats) loads in a JVM whose whole heap is 2× that plus
 * 24 MB for the JVM, PixelMed and one file: the reader keeps the voxels once.
 */
class SeriesMemoryTest {

    @TempDir
    Path tmp;

    @Test
    void a384x384x28x4SeriesLoadsInTwiceItsRawSize() throws IOException, InterruptedException {
        SyntheticMrSeries.write(new Spec(Protocol.DWI, 384, 384, 28, 0.86, 4, 30, BValueStorage.STANDARD, "MEM", 5), tmp,
            new PixelMedToolkit());
        final long raw = 384L * 384 * 28 * 4 * 4;
        final long heapMb = (2 * raw >> 20) + 24;
        final Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"), LoadSeriesMain.class.getName(),
            tmp.toString()).redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "with -Xmx" + heapMb + "m: " + out);
        assertTrue(out.contains("loaded " + raw / 4), out);
    }
}
