package org.qmrinodes.core.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;

/** Receptor and Ki-67 cut-offs with their tie rules, and binary endpoints from the three-tier label. */
class ReceptorAndEndpointTest {

    @Test
    void tieRulesOfTheStudies() {
        assertEquals(true, PercentCutoff.fixed(1, true).positive(1, "x"));      // ER >= 1 % (Shen25, QIMS26)
        assertEquals(false, PercentCutoff.fixed(1, false).positive(1, "x"));    // ER > 1 % (Fr25)
        assertEquals(false, PercentCutoff.fixed(14, false).positive(14, "x"));  // Ki-67 > 14 % (Fr24)
        assertEquals(true, PercentCutoff.fixed(30, false).positive(30.5, "x"));
        assertNull(PercentCutoff.fixed(30, false).positive(Double.NaN, "x"));
        assertEquals("> 14 %", PercentCutoff.fixed(14, false).description());
    }

    @Test
    void cohortMedianAsRDoesAndHighIsAtLeastTheMedian() {
        final PercentCutoff odd = PercentCutoff.cohortMedian(Arrays.asList(10.0, 40.0, 55.0, Double.NaN, 80.0, 20.0), true);
        assertEquals(40.0, odd.cutoff());
        assertEquals(true, odd.positive(40, "x"));
        assertEquals(">= cohort median (40 % of 5 values)", odd.description());
        assertEquals(30.0, PercentCutoff.cohortMedian(List.of(10.0, 20.0, 40.0, 50.0), true).cutoff());
    }

    @Test
    void percentagesOutsideTheRangeAreNamed() {
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> PercentCutoff.fixed(1, true).positive(120, "row 3, column 'er_percent'"));
        assertTrue(e.getMessage().startsWith("row 3, column 'er_percent': 120.0 is not a percentage"), e.getMessage());
        assertThrows(InvalidDataException.class, () -> PercentCutoff.fixed(-1, true));
    }

    @Test
    void endpointsLeaveTheThirdGroupOutAndCountIt() {
        final List<String> labels = Arrays.asList("HER2-low", "HER2-zero", "HER2-positive", null, "HER2-low", "unclassifiable");
        final BinaryEndpoint.Result lowVsZero = new BinaryEndpoint(List.of("HER2-low"), List.of("HER2-zero")).apply(labels);
        assertEquals(Arrays.asList(1, 0, null, null, 1, null), lowVsZero.values());
        assertEquals(2, lowVsZero.positives());
        assertEquals(1, lowVsZero.negatives());
        assertEquals(3, lowVsZero.leftOut());
        final BinaryEndpoint.Result positiveVsNegative = new BinaryEndpoint(List.of("HER2-positive"),
            List.of("HER2-low", "HER2-zero")).apply(labels);
        assertEquals(Arrays.asList(0, 0, 1, null, 0, null), positiveVsNegative.values());
        assertThrows(InvalidDataException.class, () -> new BinaryEndpoint(List.of("a"), List.of("a")));
    }

    @Test
    void repeatsAreCombinedPerCaseMedianPerReaderThenMeanOfReaders() {
        // QIMS26: three ROI placements per reader, median per reader, then the mean of the two readers
        final List<String> caseAndReader = List.of("c1|r1", "c1|r1", "c1|r1", "c1|r2", "c1|r2", "c1|r2", "c2|r1", "c2|r1",
            "c2|r1", "c2|r2", "c2|r2", "c2|r2");
        final double[] t1 = {1900, 1950, 1880, 2000, 1990, Double.NaN, 1500, 1520, 1490, 1510, 1530, 1560};
        final List<RepeatedMeasurements.Aggregate> perReader = RepeatedMeasurements.aggregate(caseAndReader, t1,
            RepeatedMeasurements.Rule.MEDIAN);
        assertEquals(4, perReader.size());
        assertEquals(1900, perReader.get(0).value());
        assertEquals(1995, perReader.get(1).value());
        assertEquals(1, perReader.get(1).missing());
        final List<RepeatedMeasurements.Aggregate> perCase = RepeatedMeasurements.aggregate(
            perReader.stream().map(a -> a.key().substring(0, 2)).toList(),
            perReader.stream().mapToDouble(RepeatedMeasurements.Aggregate::value).toArray(), RepeatedMeasurements.Rule.MEAN);
        assertEquals(List.of("c1", "c2"), perCase.stream().map(RepeatedMeasurements.Aggregate::key).toList());
        assertEquals((1900 + 1995) / 2.0, perCase.get(0).value());
        assertEquals((1500 + 1530) / 2.0, perCase.get(1).value());
        assertTrue(Double.isNaN(RepeatedMeasurements.aggregate(List.of("x"), new double[] {Double.NaN},
            RepeatedMeasurements.Rule.MEAN).get(0).value()));
    }

    @Test
    void theLargestLesionOfEachPatientFirstOnTiesNeverOneWithoutSize() {
        final boolean[] chosen = LargestLesion.select(List.of("P1", "P1", "P2", "P3", "P3", "P4", "P2"),
            new double[] {12, 25, 8, 15, 15, Double.NaN, Double.NaN});
        assertEquals("[false, true, true, true, false, false, false]", Arrays.toString(chosen));
        assertTrue(assertThrows(InvalidDataException.class,
            () -> LargestLesion.select(Arrays.asList("P1", null), new double[] {1, 2})).getMessage().contains("lesion 2"));
    }

    @Test
    void everyStudysCutoffAndTieRuleReproducesTheTruthTable() {
        final org.qmrinodes.core.testing.CsvTable truth = org.qmrinodes.core.testing.CsvTable.read(
            org.qmrinodes.core.testing.CsvTable.validationDir().resolve("clinical/receptor_truth_table.csv"));
        assertTrue(truth.size() > 100);
        for (int i = 0; i < truth.size(); i++) {
            final PercentCutoff cutoff = PercentCutoff.fixed(truth.number(i, "cutoff"),
                Boolean.parseBoolean(truth.text(i, "inclusive")));
            final double percent = truth.number(i, "percent");
            final String expected = truth.text(i, "expected");
            final String where = truth.text(i, "rule") + " at " + percent;
            if ("error".equals(expected)) {
                assertThrows(InvalidDataException.class, () -> cutoff.positive(percent, where), where);
                continue;
            }
            final Boolean positive = cutoff.positive(percent, where);
            final boolean ki67 = truth.text(i, "marker").equals("Ki-67");
            final String label = positive == null ? "" : positive ? (ki67 ? "high" : "positive") : ki67 ? "low" : "negative";
            assertEquals(expected == null ? "" : expected, label, where);
        }
    }
}
