package org.qmrinodes.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;

/** Bad input and edge cases of kappa, and the interpretation bands. */
class CohenKappaTest {

    @Test
    void missingRatingsAreSkippedAndCounted() {
        final KappaResult r = CohenKappa.analyze("a", Arrays.asList("1", "2", null, "2", "1"), "b",
            Arrays.asList("1", "2", "2", "", "2"), KappaWeights.NONE, List.of(), 0.95);
        assertEquals(3, r.n());
        assertEquals(2, r.skippedRows());
        assertTrue(r.messages().get(0).contains("2 rows skipped"));
    }

    @Test
    void perfectAgreementIsOneWithZeroStandardError() {
        final KappaResult r = CohenKappa.analyze("a", List.of("x", "y", "y", "z"), "b", List.of("x", "y", "y", "z"),
            KappaWeights.QUADRATIC, List.of(), 0.95);
        assertEquals(1.0, r.kappa(), 1e-15);
        assertEquals(0.0, r.standardError(), 1e-12);
        assertEquals(1.0, r.ciUpper(), 1e-12);
    }

    @Test
    void singleCategoryGivesAMessageNotAnException() {
        final KappaResult r = CohenKappa.analyze("a", List.of("1", "1", "1"), "b", List.of("1", "1", "1"),
            KappaWeights.LINEAR, List.of(), 0.95);
        assertTrue(Double.isNaN(r.kappa()));
        assertTrue(r.messages().get(0).contains("only one category"), r.messages().toString());
        final KappaResult listed = CohenKappa.analyze("a", List.of("1", "1", "1"), "b", List.of("1", "1", "1"),
            KappaWeights.NONE, List.of("1", "2"), 0.95);
        assertTrue(Double.isNaN(listed.kappa()));
        assertTrue(listed.messages().get(0).contains("chance agreement is 1"), listed.messages().toString());
    }

    @Test
    void ratingOutsideTheListedCategoriesNamesRowAndColumn() {
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> CohenKappa.analyze("bpe_r1",
            List.of("1", "2", "3"), "bpe_r2", List.of("1", "2", "4"), KappaWeights.LINEAR, List.of("1", "2", "3"),
            0.95));
        assertEquals("Data row 3, column 'bpe_r2': rating '4' is not one of the categories [1, 2, 3].", e.getMessage());
        assertThrows(InvalidDataException.class, () -> CohenKappa.analyze("a", Arrays.asList((String)null), "b",
            List.of("1"), KappaWeights.NONE, List.of(), 0.95));
    }

    @Test
    void numericCategoriesSortNumerically() {
        final KappaResult r = CohenKappa.analyze("a", List.of("10", "9", "2"), "b", List.of("10", "9", "2"),
            KappaWeights.NONE, List.of(), 0.95);
        assertEquals(List.of("2", "9", "10"), r.categories());
    }

    @Test
    void bandsAreHalfOpenIntervals() {
        assertEquals("moderate", AgreementScale.KOO_LI.band(0.5));
        assertEquals("good", AgreementScale.KOO_LI.band(0.75));
        assertEquals("good", AgreementScale.KOO_LI.band(0.8999));
        assertEquals("excellent", AgreementScale.KOO_LI.band(0.9));
        assertEquals("poor", AgreementScale.KOO_LI.band(-0.2));
        assertEquals("slight", AgreementScale.SHEN25.band(-0.1));
        assertEquals("fair", AgreementScale.SHEN25.band(0.2));
        assertEquals("excellent", AgreementScale.SHEN25.band(0.8));
        assertEquals("excellent", AgreementScale.SHEN25.band(1.0));
        assertEquals("poor", AgreementScale.LANDIS_KOCH.band(-0.01));
        assertEquals("slight", AgreementScale.LANDIS_KOCH.band(0));
        assertEquals("almost perfect", AgreementScale.LANDIS_KOCH.band(0.81));
        assertEquals(null, AgreementScale.LANDIS_KOCH.band(Double.NaN));
        assertEquals(AgreementScale.SHEN25, AgreementScale.parse("Shen25"));
        assertThrows(IllegalArgumentException.class, () -> AgreementScale.parse("cicchetti"));
    }

    @Test
    void fleissKappaDropsIncompleteSubjects() {
        final LongFormatRatings layout = LongFormatRatings.of("case",
            List.of("a", "a", "a", "b", "b", "b", "c", "c", "c", "d", "d"), "reader",
            List.of("R1", "R2", "R3", "R1", "R2", "R3", "R1", "R2", "R3", "R1", "R2"));
        final FleissKappaResult r = FleissKappa.analyze(layout, "shape",
            Arrays.asList("x", "x", "x", "y", "y", "x", "y", "y", "y", "x", "x"));
        assertEquals(3, r.subjects());
        assertEquals(1, r.droppedSubjects());
        assertTrue(r.messages().get(0).contains("1 of 4 subjects dropped"));
    }
}
