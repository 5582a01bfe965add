package org.qmrinodes.core.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;

/**
 * Scanner-computed parametric maps: the parameter from Image Type and Series Description, values and
 * units from the Real World Value Mapping Sequence when the file has one (PS3.3 C.7.6.16.2.11).
 */
class VendorMapSeriesTest {

    private static final DicomSeriesReader READER = DicomSeriesReader.withPixelMed();
    private static final PixelMedToolkit TOOLKIT = new PixelMedToolkit();

    @TempDir
    Path tmp;

    private Truth series(final String folder, final Consumer<DicomElements.Builder> change) throws IOException {
        final Truth t = SyntheticMrSeries.write(Spec.small(Protocol.T2_MULTI_ECHO, 1), tmp.resolve(folder), TOOLKIT);
        for (final Path f : t.files()) {
            final DicomElements d = TOOLKIT.read(f, true);
            final DicomElements.Builder b = DicomElements.builder();
            d.elements().forEach((tag, e) -> {
                if (tag >>> 16 != 0x0002) {
                    b.put(tag, e.vr(), e.value());
                }
            });
            b.ds(0x00281053, 1).ds(0x00281052, 0);
            change.accept(b);
            TOOLKIT.write(f, b.build());
        }
        return t;
    }

    private static DicomElements realWorldMapping(final double slope, final double intercept, final String units) {
        final DicomElements code = DicomElements.builder().text(0x00080100, "SH", units).text(0x00080102, "SH", "UCUM")
            .text(0x00080104, "LO", units).build();
        return DicomElements.builder().binary(0x00409225, "FD", slope).binary(0x00409224, "FD", intercept)
            .text(0x00409210, "SH", "T1_MS").sequence(0x004008EA, List.of(code)).build();
    }

    private DicomSeries only(final Path folder) {
        final DicomScan scan = READER.scan(folder);
        assertEquals(1, scan.series().size(), scan.series()::toString);
        return scan.series().get(0);
    }

    @Test
    void aT1MapWithARealWorldMappingGivesItsValuesUnitsAndParameter() throws IOException {
        series("rescaled", b -> b.text(0x00080008, "CS", "DERIVED", "PRIMARY", "T1 MAP").text(0x0008103E, "LO", "T1 map"));
        series("mapped", b -> b.text(0x00080008, "CS", "DERIVED", "PRIMARY", "T1 MAP").text(0x0008103E, "LO", "T1 map")
            .sequence(0x00409096, List.of(realWorldMapping(0.5, 10, "ms"))));
        final DicomSeries rescaled = only(tmp.resolve("rescaled"));
        final DicomSeries mapped = only(tmp.resolve("mapped"));
        assertEquals("T1", mapped.map().parameter());
        assertEquals("ms", mapped.map().units());
        assertTrue(mapped.map().realWorld());
        assertEquals("T1", rescaled.map().parameter());
        assertFalse(rescaled.map().realWorld());
        final Volume stored = READER.load(rescaled);
        final Volume values = READER.load(mapped);
        for (final int[] at : new int[][] {{3, 4, 0}, {10, 12, 1}, {0, 0, 0}}) {
            assertEquals(0.5 * stored.get(at[0], at[1], at[2], 0) + 10, values.get(at[0], at[1], at[2], 0), 1e-4);
        }
        final ResultTable table = DicomTables.series(READER.scan(tmp.resolve("mapped")));
        final int p = table.columnNames().indexOf("map_parameter");
        assertEquals("T1", table.rows().get(0).get(p));
        assertEquals("ms", table.rows().get(0).get(table.columnNames().indexOf("map_units")));
        final String notes = (String) table.rows().get(0).get(table.columnNames().indexOf("notes"));
        assertTrue(notes.contains("Real World Value Mapping (0040,9096)") && notes.contains("slope 0.5"), notes);
    }

    @Test
    void mapsAreNamedFromVendorImageTypesAndAcquiredSeriesAreNotMaps() throws IOException {
        series("siemens_adc", b -> b.text(0x00080008, "CS", "DERIVED", "PRIMARY", "DIFFUSION", "ADC")
            .text(0x0008103E, "LO", "ep2d_diff_ADC"));
        series("magic_t2", b -> b.text(0x00080008, "CS", "DERIVED", "PRIMARY", "QMAP", "T2").text(0x0008103E, "LO", "MAGiC"));
        series("t2star", b -> b.text(0x00080008, "CS", "DERIVED", "PRIMARY", "T2_STAR MAP").text(0x0008103E, "LO", "T2*map"));
        series("acquired", b -> b.text(0x00080008, "CS", "ORIGINAL", "PRIMARY", "M", "ND").text(0x0008103E, "LO", "t1_vibe"));
        assertEquals("ADC", only(tmp.resolve("siemens_adc")).map().parameter());
        assertEquals("T2", only(tmp.resolve("magic_t2")).map().parameter());
        assertEquals("T2*", only(tmp.resolve("t2star")).map().parameter());
        assertNull(only(tmp.resolve("acquired")).map().parameter());
        assertEquals("", only(tmp.resolve("siemens_adc")).map().units(), "Siemens ADC maps state no units");
    }

    @Test
    void aMappingWithAZeroSlopeIsAnErrorOfItsFile() throws IOException {
        series("bad", b -> b.text(0x00080008, "CS", "DERIVED", "PRIMARY", "T1 MAP")
            .sequence(0x00409096, List.of(realWorldMapping(0, 10, "ms"))));
        final DicomScan scan = READER.scan(tmp.resolve("bad"));
        assertTrue(scan.skipped().stream().anyMatch(s -> s.reason().contains("Real World Value Mapping (0040,9096)")),
            scan.skipped()::toString);
    }
}
