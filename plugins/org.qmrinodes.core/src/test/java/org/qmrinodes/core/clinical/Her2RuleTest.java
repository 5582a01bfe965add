package org.qmrinodes.core.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Every rule against the truth table written from the guideline texts by an independent script
 * ({@code validation/clinical/make_her2_truth_table.py}), boundaries included.
 */
class Her2RuleTest {

    private static final Map<String, Her2Rule> RULES = Map.of("asco-cap-2018", Her2Rule.ascoCap2018(), "asco-cap-2023",
        Her2Rule.ascoCap2023(), "asco-cap-2018-groups-2-4-equivocal", Her2Rule.ascoCap2018().groups2To4Equivocal(), "qims26",
        Her2Rule.qims26(), "fr24", Her2Rule.fr24());

    @Test
    void everyRuleAgreesWithTheGuidelineTruthTable() {
        final CsvTable t = CsvTable.read(CsvTable.validationDir().resolve("clinical/her2_truth_table.csv"));
        assertTrue(t.size() > 250);
        for (int r = 0; r < t.size(); r++) {
            final Her2Rule rule = RULES.get(t.text(r, "rule"));
            final String fish = t.text(r, "fish_result");
            final IshResult ish = new IshResult(number(t.text(r, "ratio")), number(t.text(r, "copy_number")),
                fish == null || fish.isEmpty() ? null : fish.equals("amplified"));
            final int ihc = IhcScore.parse(t.text(r, "ihc"), "row " + r);
            final Her2Classification c = rule.classify(ihc, ish);
            final int row = r;
            assertEquals(t.text(r, "expected"), c.status().label(), () -> "row " + (row + 2) + " " + rule.name() + ": " + c.reason());
        }
    }

    private static double number(final String s) {
        return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    @Test
    void ihcScoresAreReadInTheirUsualSpellingsAndAnythingElseIsNamed() {
        assertEquals(0, IhcScore.parse("0", "x"));
        assertEquals(1, IhcScore.parse("1+", "x"));
        assertEquals(2, IhcScore.parse(" 2.0 ", "x"));
        assertEquals(3, IhcScore.parse("IHC 3+", "x"));
        assertEquals(-1, IhcScore.parse("NA", "x"));
        assertEquals(-1, IhcScore.parse(null, "x"));
        for (final String bad : new String[] {"4+", "1.5", "positive", "2++", "-1"}) {
            final InvalidDataException e = assertThrows(InvalidDataException.class, () -> IhcScore.parse(bad, "row 7, column 'ihc'"));
            assertTrue(e.getMessage().startsWith("row 7, column 'ihc': '" + bad + "' is not an IHC score"), e.getMessage());
        }
    }

    @Test
    void reasonsNameTheDecidingFacts() {
        assertEquals("IHC 2+, ISH group 3 with IHC 2+ (amplified)",
            Her2Rule.ascoCap2018().classify(2, new IshResult(1.5, 6.5, null)).reason());
        assertEquals("IHC 2+ without an ISH result", Her2Rule.fr24().classify(2, IshResult.NONE).reason());
        assertEquals(Her2Status.HER2_LOW, Her2Rule.custom("custom", 2.0, Double.NaN, true)
            .classify(2, new IshResult(1.9, Double.NaN, null)).status());
    }
}
