package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.testing.CsvTable;

/** {@code qmri map-math}: the four operations voxel by voxel, left-out voxels counted, grid and option errors. */
class MapMathCommandTest {

    private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    private static final Geometry GRID = new Geometry(2, 2, 1, new double[] {0, 0, 0}, new double[] {1, 1, 1}, IDENTITY);
    private static final float[] PRE = {1000, 800, 0, Float.NaN};
    private static final float[] POST = {600, 800, 300, 500};

    @TempDir
    Path tmp;

    private Path map(final String name, final Geometry g, final float... values) throws IOException {
        final Path f = tmp.resolve(name);
        Nifti.write(f, g, List.of(values));
        return f;
    }

    private float[] run(final String operation, final String... extra) throws IOException {
        final Path out = tmp.resolve(operation + System.nanoTime() + ".nii.gz");
        final List<String> args = new java.util.ArrayList<>(List.of("map-math", "--pre", map("pre.nii.gz", GRID, PRE).toString(),
            "--post", map("post.nii.gz", GRID, POST).toString(), "--operation", operation, "--out", out.toString()));
        args.addAll(List.of(extra));
        final QmriRun r = qmri(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        final CsvTable counts = CsvTable.read(Files.writeString(tmp.resolve("counts" + System.nanoTime() + ".csv"), r.out()));
        assertEquals(List.of("operation", "formula", "computed", "invalid_input", "zero_denominator"), counts.header());
        assertEquals(operation, counts.text(0, "operation"));
        return Nifti.readVolume(out).copyOfVolume(0);
    }

    @Test
    void eachOperationVoxelByVoxel() throws IOException {
        assertArrayEquals(new float[] {400, 0, -300, Float.NaN}, run("difference"));
        assertArrayEquals(new float[] {0.4f, 0, Float.NaN, Float.NaN}, run("reduction-relative-to-pre"));
        assertArrayEquals(new float[] {-0.4f, 0, Float.NaN, Float.NaN}, run("change-relative-to-pre"));
        assertArrayEquals(new float[] {-400, 0, 300, Float.NaN}, run("subtraction"));
    }

    private static void assertArrayEquals(final float[] expected, final float[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-6, "voxel " + i);
        }
    }

    @Test
    void leftOutVoxelsAreCountedAndTheMaskApplies() throws IOException {
        final Path out = tmp.resolve("rel.nii.gz");
        final QmriRun r = qmri("map-math", "--pre", map("pre.nii.gz", GRID, PRE).toString(), "--post",
            map("post.nii.gz", GRID, POST).toString(), "--operation", "reduction-relative-to-pre", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("reduction-relative-to-pre,(pre - post) / pre,2,1,1"), r.out());
        assertTrue(r.err().contains("1 voxels with a non-finite input and 1 with a zero pre value"), r.err());
        final float[] masked = run("difference", "--mask", map("mask.nii.gz", GRID, 1, 0, 1, 0).toString());
        assertArrayEquals(new float[] {400, Float.NaN, -300, Float.NaN}, masked);
    }

    @Test
    void differentGridsAndBadOptionsAreNamed() throws IOException {
        final Geometry other = new Geometry(2, 2, 1, new double[] {5, 0, 0}, new double[] {1, 1, 1}, IDENTITY);
        final QmriRun grid = qmri("map-math", "--pre", map("pre.nii.gz", GRID, PRE).toString(), "--post",
            map("moved.nii.gz", other, POST).toString(), "--operation", "difference", "--out",
            tmp.resolve("o.nii.gz").toString());
        assertEquals(1, grid.status(), grid.err());
        assertTrue(grid.err().contains("moved.nii.gz") && grid.err().contains("grid"), grid.err());
        final QmriRun op = qmri("map-math", "--pre", map("pre.nii.gz", GRID, PRE).toString(), "--post",
            map("post.nii.gz", GRID, POST).toString(), "--operation", "ratio", "--out", tmp.resolve("o.nii.gz").toString());
        assertEquals(2, op.status(), op.err());
        assertTrue(op.err().contains("--operation"), op.err());
        for (final QmriRun r : List.of(grid, op)) {
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }
}
