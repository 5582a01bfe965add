package org.qmrinodes.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;

/** The fuzz harness itself: it sees what it must see, and its edits change exactly what they name. */
class HarnessTest {

    @TempDir
    Path tmp;

    private static Set<Symptom> symptoms(final int status, final String err, final Throwable thrown) {
        return OutputRules.check(new Invocation(List.of("roc"), status, "", err, thrown, 1, false)).stream()
            .map(Finding::symptom).collect(Collectors.toSet());
    }

    @Test
    void outputRulesSeeCrashesNoiseAndBadExits() {
        assertEquals(Set.of(), symptoms(1, "qmri roc: in.csv row 3, column auc: not a number 'x'\n", null));
        assertEquals(Set.of(Symptom.STACK_TRACE), symptoms(1, "boom\n\tat org.x.Y.z(Y.java:3)\n", null));
        assertEquals(Set.of(Symptom.STACK_TRACE), symptoms(1, "qmri roc: cannot read (java.io.IOException: x)\n", null));
        assertEquals(Set.of(Symptom.CRASH), symptoms(1, "qmri roc: internal error: java.lang.IllegalStateException: x\n",
            null));
        assertEquals(Set.of(Symptom.TOOLKIT_LOG), symptoms(0, "Dec 02, 2026 1:08:39 PM com.pixelmed.slf4j.Logger info\n"
            + "INFO: x\n", null));
        assertEquals(Set.of(Symptom.TOOLKIT_LOG), symptoms(0, "[main] ERROR com.pixelmed.dicom.AttributeList - bad\n",
            null));
        assertEquals(Set.of(Symptom.BAD_EXIT), symptoms(3, "", null));
        assertEquals(Set.of(Symptom.OOM), symptoms(-1, "", new OutOfMemoryError("Java heap space")));
        assertEquals(Set.of(Symptom.CRASH), symptoms(-1, "", new IllegalStateException()));
    }

    @Test
    void inProcessRunsCaptureStatusOutputAndTime() {
        final Invocation usage = new InProcessCli(10_000).run(List.of("roc"));
        assertEquals(2, usage.status());
        assertTrue(usage.err().contains("--in"), usage.err());
        final Invocation unknown = new InProcessCli(10_000).run(List.of("no-such-command"));
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown command"), unknown.err());
    }

    @Test
    void dicomEditsChangeOnlyTheNamedElement() throws IOException, DicomException {
        final Path file = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 3), tmp.resolve("dwi"), new PixelMedToolkit())
            .files().get(0);
        final byte[] original = Files.readAllBytes(file);
        byte[] edited = DicomBytes.replaceText(original, DicomBytes.PIXEL_SPACING, "1e308\\1e308");
        edited = DicomBytes.replaceUnsignedShort(edited, DicomBytes.BITS_ALLOCATED, 12);
        edited = DicomBytes.replaceText(edited, DicomBytes.TRANSFER_SYNTAX, "1.2.840.10008.1.2.1");
        final AttributeList before = read(original, tmp.resolve("before.dcm"));
        final AttributeList after = read(edited, tmp.resolve("after.dcm"));
        assertEquals("1e308\\1e308", after.get(TagFromName.PixelSpacing).getDelimitedStringValuesOrEmptyString());
        assertEquals(12, after.get(TagFromName.BitsAllocated).getSingleIntegerValueOrDefault(0));
        for (final AttributeTag tag : before.keySet()) {
            if (!tag.equals(TagFromName.PixelSpacing) && !tag.equals(TagFromName.BitsAllocated)) {
                assertEquals(before.get(tag).getDelimitedStringValuesOrEmptyString(),
                    after.get(tag).getDelimitedStringValuesOrEmptyString(), tag.toString());
            }
        }
        final byte[] without = DicomBytes.remove(original, DicomBytes.PIXEL_DATA);
        assertEquals(null, read(without, tmp.resolve("without.dcm")).get(TagFromName.PixelData));
    }

    private static AttributeList read(final byte[] bytes, final Path file) throws IOException, DicomException {
        Files.write(file, bytes);
        final AttributeList list = new AttributeList();
        list.read(file.toString());
        return list;
    }

    @Test
    void comparisonsSeeOneChangedNumber() throws IOException {
        assertEquals(null, Outputs.difference("a,b\n1,2.5\n", "a,b\n1,2.5\n", Set.of()));
        assertEquals("row 1: b 2.5 expected, got 2.5000000000000004",
            Outputs.difference("a,b\n1,2.5\n", "a,b\n1,2.5000000000000004\n", Set.of()));
        assertEquals(null, Outputs.difference("a,image\n1,x.nii\n", "a,image\n1,y.nii\n", Set.of("image")));
        final Geometry g = new Geometry(2, 2, 1, new double[] {0, 0, 0}, new double[] {1, 1, 1},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final float[] values = {1, 2, 3, 4};
        final Path map = tmp.resolve("map.nii.gz");
        Nifti.write(map, g, List.of(values));
        assertEquals(null, Outputs.mapDifference(values, map));
        assertEquals("map.nii.gz voxel 2: 3.0 instead of 3.0000002",
            Outputs.mapDifference(new float[] {1, 2, Math.nextUp(3f), 4}, map));
    }

    @Test
    void bigEndianNiftiHoldsTheSameImage() throws IOException {
        final Geometry g = new Geometry(4, 3, 2, new double[] {1, 2, 3}, new double[] {0.5, 0.7, 2},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final float[] values = new float[24];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.37f - 3;
        }
        final Path little = tmp.resolve("little.nii");
        Nifti.write(little, g, List.of(values));
        final Path big = tmp.resolve("big.nii");
        Files.write(big, NiftiBytes.toBigEndian(Files.readAllBytes(little)));
        assertArrayEquals(values, Nifti.readVolume(big).copyOfVolume(0));
        assertTrue(Nifti.readVolume(big).geometry().sameGrid(g, 1e-6));
    }
}
