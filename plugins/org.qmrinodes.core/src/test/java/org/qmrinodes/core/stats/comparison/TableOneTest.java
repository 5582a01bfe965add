package org.qmrinodes.core.stats.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;

/** Table 1 layout on the printed Shen25 counts (METHODS.md §7.1). */
class TableOneTest {

    private static final List<String> GROUPS = new ArrayList<>();
    private static final List<String> FGT = new ArrayList<>();
    private static final List<String> ER = new ArrayList<>();

    static {
        add("zero", 13, 47, 30, 30);
        add("low", 21, 70, 74, 17);
        add("over", 19, 62, 30, 51);
    }

    private static void add(final String group, final int fatty, final int dense, final int erPos, final int erNeg) {
        for (int i = 0; i < fatty + dense; i++) {
            GROUPS.add(group);
            FGT.add(i < fatty ? "fatty or scattered" : "heterogeneous or extreme");
            ER.add(i < erPos ? "+" : "-");
        }
    }

    @Test
    void reproducesShen25PValuesAndLayout() {
        final Screening s = GroupComparison.screen("her2", GROUPS,
            List.of(Feature.categorical("FGT", FGT), Feature.categorical("ER", ER)),
            ComparisonSettings.defaults().withGroupOrder(List.of("zero", "low", "over")), PValueAdjustment.NONE,
            (i, n, f) -> {
            });
        final ResultTable t = new TableOne(2, 1, List.of(new String[] {"low", "zero"}, new String[] {"low", "over"}),
            true, 0.05).table(s);
        assertEquals(List.of("variable", "level", "Overall", "zero", "low", "over", "p_value", "p low vs zero",
            "p low vs over", "test"), t.columnNames());
        assertEquals(List.of("FGT, n (%)", "", "232", "60", "91", "81", "0.967", "NA", "NA", "chi-square"),
            t.rows().get(0));
        assertEquals(List.of("", "heterogeneous or extreme", "179 (77.2%)", "47 (78.3%)", "70 (76.9%)", "62 (76.5%)",
            "", "", "", ""), t.rows().get(2));
        // ER: three-group p < 0.001 and both unadjusted pairwise 2x2 chi-square p < 0.001 (Yates is R's default)
        assertEquals(List.of("< 0.001", "< 0.001", "< 0.001"), t.rows().get(3).subList(6, 9));
        assertTrue(TableOne.html(t, "Table 1 & more").contains("<caption>Table 1 &amp; more</caption>"));
        final String caption = new TableOne(2, 1, List.of(), true, 0.05).caption(s, ComparisonSettings.defaults());
        assertTrue(caption.contains("chi-square") && caption.contains("only when the overall p < 0.05")
            && caption.contains("NA: not tested"), caption);
    }

    @Test
    void contrastsAreParsedFromAColonPairs() {
        final List<String[]> pairs = TableOne.parseContrasts(List.of(" low : zero", "", "low:over"));
        assertEquals(2, pairs.size());
        assertEquals(List.of("low", "zero"), List.of(pairs.get(0)));
        assertEquals(List.of("low", "over"), List.of(pairs.get(1)));
        for (final String bad : List.of("low", "low:", "a:b:c")) {
            assertThrows(IllegalArgumentException.class, () -> TableOne.parseContrasts(List.of(bad)), bad);
        }
    }

    @Test
    void anIdentifierColumnGetsNoLevelRows() {
        final List<String> groups = new ArrayList<>();
        final List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            groups.add(i % 2 == 0 ? "a" : "b");
            ids.add("P" + i);
        }
        final Screening s = GroupComparison.screen("g", groups, List.of(Feature.categorical("id", ids)),
            ComparisonSettings.defaults(), PValueAdjustment.NONE, (i, n, f) -> {
            });
        final ResultTable t = new TableOne(2, 1, List.of(), true, 0.05).table(s);
        assertEquals(1, t.rows().size());
        assertTrue(t.rows().get(0).get(t.columnNames().indexOf("test")).toString().startsWith("NA (60 levels"));
    }

    @Test
    void summariesAndPAreRoundedToThreeSignificantDigitsAsJournalsPrintThem() {
        final List<String> groups = List.of("A", "A", "A", "B", "B", "B");
        final double[] adc = {0.001, 0.002, 0.003, 0.0041, 0.0051, 0.0061};
        final Screening s = GroupComparison.screen("g", groups, List.of(Feature.continuous("ADC", adc)),
            ComparisonSettings.defaults().withTest(ComparisonTest.STUDENT_T), PValueAdjustment.NONE, (i, n, f) -> {
            });
        final List<Object> row = new TableOne(3, 1, List.of(), false, 0.05).table(s).rows().get(0);
        assertEquals("ADC, mean ± SD", row.get(0));
        assertEquals("0.00200 ± 0.00100", row.get(3));
        assertEquals("0.00510 ± 0.00100", row.get(4));
        final double p = s.features().get(0).pValue();
        assertTrue(p >= 0.001 && p < 0.1, "p " + p);
        assertEquals(new java.math.BigDecimal(p).round(new java.math.MathContext(3)).toString(), row.get(5));
    }
}
