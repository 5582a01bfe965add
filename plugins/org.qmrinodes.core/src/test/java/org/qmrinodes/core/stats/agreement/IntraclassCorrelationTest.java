package org.qmrinodes.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;

/** Bad input and edge cases of the ICC: layout errors, missing ratings, constant features, perfect agreement. */
class IntraclassCorrelationTest {

    private static final double NAN = Double.NaN;

    /** Subjects s1..sn, raters A and B; values row-major (s1/A, s1/B, s2/A, …). */
    private static LongFormatRatings twoRaters(final int subjects) {
        final java.util.ArrayList<String> s = new java.util.ArrayList<>();
        final java.util.ArrayList<String> r = new java.util.ArrayList<>();
        for (int i = 1; i <= subjects; i++) {
            s.add("s" + i);
            s.add("s" + i);
            r.add("A");
            r.add("B");
        }
        return LongFormatRatings.of("case", s, "reader", r);
    }

    @Test
    void subjectWithAMissingRatingIsDroppedCountedAndReported() {
        final double[] full = {1, 1.2, 2, 2.1, 3, 3.3, 4, 3.9, 5, 5.2};
        final double[] withGap = full.clone();
        withGap[3] = NAN;
        final FeatureIcc gap = IntraclassCorrelation.analyze(twoRaters(5), "ADC", withGap, 0.95);
        assertEquals(4, gap.subjects());
        assertEquals(1, gap.droppedSubjects());
        assertTrue(gap.messages().get(0).contains("'ADC': 1 of 5 subjects dropped"), gap.messages().toString());
        final double[] without = {1, 1.2, 3, 3.3, 4, 3.9, 5, 5.2};
        final FeatureIcc reduced = IntraclassCorrelation.analyze(twoRaters(4), "ADC", without, 0.95);
        for (final IccForm f : IccForm.values()) {
            assertEquals(reduced.estimate(f), gap.estimate(f), f.label());
        }
    }

    @Test
    void subjectWithoutARowForOneRaterIsDropped() {
        final LongFormatRatings layout = LongFormatRatings.of("case", List.of("a", "a", "b", "b", "c", "d", "d"),
            "reader", List.of("R1", "R2", "R1", "R2", "R1", "R1", "R2"));
        final FeatureIcc r = IntraclassCorrelation.analyze(layout, "x", new double[] {1, 2, 3, 3, 9, 5, 6}, 0.95);
        assertEquals(3, r.subjects());
        assertEquals(1, r.droppedSubjects());
    }

    @Test
    void aConstantFeatureIsUndefinedWhateverTheNumberOfSubjects() {
        for (final int subjects : new int[] {5, 10, 12, 50, 232}) {
            for (final double value : new double[] {0.1, 1.1e-3, 0.7, 1234.56789}) {
                final double[] flat = new double[2 * subjects];
                java.util.Arrays.fill(flat, value);
                final FeatureIcc r = IntraclassCorrelation.analyze(twoRaters(subjects), "flat", flat, 0.95);
                assertTrue(Double.isNaN(r.icc(IccForm.ICC2)), subjects + " subjects of " + value + ": " + r.icc(IccForm.ICC2));
                assertTrue(r.messages().get(0).contains("constant"), r.messages().toString());
            }
        }
    }

    @Test
    void constantFeatureGivesAMessageInsteadOfAnException() {
        final FeatureIcc r = IntraclassCorrelation.analyze(twoRaters(4), "flat", new double[] {2, 2, 2, 2, 2, 2, 2, 2},
            0.95);
        assertTrue(r.estimates().isEmpty());
        assertTrue(Double.isNaN(r.icc(IccForm.ICC2)));
        assertTrue(r.messages().get(0).contains("'flat'") && r.messages().get(0).contains("constant"));
        final ResultTable t = AgreementTables.icc(List.of(r), List.of(IccForm.values()), AgreementScale.KOO_LI);
        assertEquals(6, t.rows().size(), "one row per form even when undefined");
        assertNull(t.rows().get(0).get(4), "df1 missing");
    }

    @Test
    void tooFewCompleteSubjectsGiveAMessage() {
        final FeatureIcc r = IntraclassCorrelation.analyze(twoRaters(3), "x", new double[] {1, 2, NAN, 3, 4, NAN},
            0.95);
        assertTrue(r.estimates().isEmpty());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains("only 1 subject")), r.messages().toString());
    }

    @Test
    void identicalRatingsGiveOneWithInfiniteF() {
        final FeatureIcc r = IntraclassCorrelation.analyze(twoRaters(4), "x", new double[] {1, 1, 2, 2, 4, 4, 7, 7},
            0.95);
        for (final IccForm f : IccForm.values()) {
            assertEquals(1.0, r.icc(f), 0.0, f.label());
            assertEquals(Double.POSITIVE_INFINITY, r.estimate(f).f(), f.label());
            assertEquals(0.0, r.estimate(f).pValue(), f.label());
        }
        assertTrue(r.messages().get(0).contains("residual mean square is 0"), r.messages().toString());
    }

    @Test
    void consistencyIgnoresAConstantRaterOffsetButAbsoluteAgreementDoesNot() {
        final FeatureIcc r = IntraclassCorrelation.analyze(twoRaters(4), "x", new double[] {1, 2, 2, 3, 4, 5, 7, 8},
            0.95);
        assertEquals(1.0, r.icc(IccForm.ICC3), 1e-15);
        assertTrue(r.icc(IccForm.ICC2) < 1 && r.icc(IccForm.ICC1) < 1);
    }

    @Test
    void layoutErrorsNameTheColumnAndRows() {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> LongFormatRatings.of("case",
            List.of("a", "a", "b", "a"), "reader", List.of("R1", "R2", "R1", "R2")));
        assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("data rows 2 and 4")
            && e.getMessage().contains("'reader'"), e.getMessage());
        e = assertThrows(InvalidDataException.class, () -> LongFormatRatings.of("case", List.of("a", "a", "b", "b"),
            "reader", List.of("R1", "R1", "R1", "R1")));
        assertTrue(e.getMessage().contains("'reader'") && e.getMessage().contains("at least two"), e.getMessage());
        final java.util.List<String> withGap = new java.util.ArrayList<>(List.of("a", "a", "b", "b"));
        withGap.set(2, null);
        e = assertThrows(InvalidDataException.class,
            () -> LongFormatRatings.of("case", withGap, "reader", List.of("R1", "R2", "R1", "R2")));
        assertEquals("Data row 3 has no value in column 'case'.", e.getMessage());
    }

    @Test
    void formsCarryBothNamings() {
        assertEquals(IccForm.ICC2, IccForm.parse("ICC(2,1)"));
        assertEquals(IccForm.ICC3k, IccForm.parse("icc3k"));
        assertTrue(IccForm.ICC2.mcGrawWong().contains("two-way random") && IccForm.ICC2.mcGrawWong().contains("absolute"));
        assertTrue(IccForm.ICC3.mcGrawWong().contains("mixed") && IccForm.ICC3.mcGrawWong().contains("consistency"));
        assertThrows(IllegalArgumentException.class, () -> IccForm.parse("ICC4"));
    }

    @Test
    void filterKeepsFeaturesAboveTheThresholdAndDropsUndefinedOnes() {
        final LongFormatRatings layout = twoRaters(4);
        final FeatureIcc good = IntraclassCorrelation.analyze(layout, "good", new double[] {1, 1.1, 2, 2, 3, 3.1, 4, 4},
            0.95);
        final FeatureIcc poor = IntraclassCorrelation.analyze(layout, "poor", new double[] {1, 4, 2, 1, 3, 2, 4, 3},
            0.95);
        final FeatureIcc flat = IntraclassCorrelation.analyze(layout, "flat", new double[] {1, 1, 1, 1, 1, 1, 1, 1},
            0.95);
        final IccFeatureFilter.Selection s =
            IccFeatureFilter.select(List.of(good, poor, flat), IccForm.ICC2, 0.75, false);
        assertEquals(List.of(good), s.kept());
        assertEquals(List.of(poor, flat), s.dropped());
        final ResultTable dropped = AgreementTables.droppedFeatures(s, AgreementScale.KOO_LI);
        assertTrue(((String)dropped.rows().get(1).get(7)).contains("constant"));
        final double icc = good.icc(IccForm.ICC2);
        assertEquals(1, IccFeatureFilter.select(List.of(good), IccForm.ICC2, icc, true).kept().size());
        assertEquals(0, IccFeatureFilter.select(List.of(good), IccForm.ICC2, icc, false).kept().size());
    }

    @Test
    void wideTableHoldsOneReaderOrTheMeanAndKeepsMissingValuesMissing() {
        final LongFormatRatings layout = twoRaters(2);
        final ResultTable reader = AgreementTables.wide(layout, List.of("x"), List.of(new double[] {1, 2, 3, NAN}), 1);
        assertEquals(List.of("case", "x"), reader.columnNames());
        assertEquals(2.0, reader.rows().get(0).get(1));
        assertTrue(((Double)reader.rows().get(1).get(1)).isNaN());
        final ResultTable mean = AgreementTables.wide(layout, List.of("x"), List.of(new double[] {1, 2, 3, NAN}), -1);
        assertEquals(1.5, mean.rows().get(0).get(1));
        assertTrue(((Double)mean.rows().get(1).get(1)).isNaN());
    }
}
