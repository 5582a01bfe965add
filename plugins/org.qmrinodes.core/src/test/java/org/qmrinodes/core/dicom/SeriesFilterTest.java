package org.qmrinodes.core.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.dicom.SeriesFilter.ProtocolKind;
import org.qmrinodes.core.synthetic.SyntheticMrCohort;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;

/** The series filter on a generated study holding one series of each protocol the generator writes. */
class SeriesFilterTest {

    @TempDir
    static Path tmp;

    private static DicomScan scan;

    @BeforeAll
    static void writeStudy() throws Exception {
        SyntheticMrCohort.write(tmp, 1, List.of(Protocol.values()), 3, new PixelMedToolkit());
        scan = DicomSeriesReader.withPixelMed().scan(tmp);
    }

    private static Map<String, ProtocolKind> kindsByFolder(final DicomScan s) {
        final Map<String, ProtocolKind> out = new TreeMap<>();
        for (final DicomSeries series : s.series()) {
            out.put(series.files().get(0).getParent().getFileName().toString(), ProtocolKind.of(series));
        }
        return out;
    }

    @Test
    void eachGeneratedProtocolIsDetectedAsItsKind() {
        assertEquals(Map.of("dwi", ProtocolKind.DWI, "t2_multi_echo", ProtocolKind.MULTI_ECHO,
            "t2star_multi_echo", ProtocolKind.MULTI_ECHO, "t1_inversion_recovery", ProtocolKind.IR,
            "t1_vfa", ProtocolKind.VFA, "dce", ProtocolKind.DCE), kindsByFolder(scan));
    }

    @Test
    void kindsModalityAndDescriptionEachNarrowTheScan() {
        assertEquals(6, SeriesFilter.ALL.apply(scan).series().size());
        assertEquals(List.of("dwi"), List.copyOf(kindsByFolder(SeriesFilter.of("", "", "dwi").apply(scan)).keySet()));
        assertEquals(List.of("t1_inversion_recovery", "t1_vfa"),
            List.copyOf(kindsByFolder(SeriesFilter.of("", "", " IR , vfa").apply(scan)).keySet()));
        assertEquals(6, SeriesFilter.of("mr", "", "").apply(scan).series().size(), "modality, case ignored");
        assertEquals(0, SeriesFilter.of("CT", "", "").apply(scan).series().size());
        final String description = scan.series().get(0).info().description();
        assertTrue(description != null && !description.isEmpty(), "the generator writes a Series Description");
        final DicomScan byDescription = SeriesFilter.of("", "^" + java.util.regex.Pattern.quote(description) + "$", "")
            .apply(scan);
        assertTrue(byDescription.series().stream().allMatch(s -> s.info().description().equals(description)));
        assertTrue(byDescription.series().size() >= 1);
        assertEquals(scan.skipped(), SeriesFilter.of("", "", "dce").apply(scan).skipped());
        assertEquals(List.of("dce"), List.copyOf(kindsByFolder(SeriesFilter.of("", "", "dce,map").apply(scan)).keySet()));
    }

    @Test
    void anInvalidPatternOrKindIsAnErrorNamingIt() {
        final InvalidDataException pattern = assertThrows(InvalidDataException.class, () -> SeriesFilter.of("", "(dwi", ""));
        assertTrue(pattern.getMessage().startsWith("series description pattern '(dwi' is not a regular expression"),
            pattern.getMessage());
        final InvalidDataException kind = assertThrows(InvalidDataException.class, () -> SeriesFilter.of("", "", "dwi,t3"));
        assertTrue(kind.getMessage().startsWith("unknown protocol kind 't3'"), kind.getMessage());
    }
}
